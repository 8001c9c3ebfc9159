import { useRef } from 'react';
import { isStale, otherLanguage, type BiText, type Language } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import { ReviewOffer, useReviewOffer } from '../drafting/ReviewOffer';
import { LangText } from './LangText';

interface Props {
  elementId: string;
  field: FieldName;
  value: BiText;
  readOnly: boolean;
  /** Accessible name ("Text of Activity 1-2 of Component 2"), also shown as the row's caption when `caption` is true. */
  name: string;
  /** A caption above the field: the name (true), or a shorter text when the name says more than the page needs to show. */
  caption?: boolean | string;
  /** Stack English above Chinese (narrow cells such as the action-plan grid). */
  stacked?: boolean;
}

/**
 * A bilingual field: English and Chinese side by side, aligned on one row, each with its status.
 * When a change to one language flags the other "needs review", the edited language offers to
 * review it now, right after its text (the next Tab stop).
 */
export function BiField({ elementId, field, value, readOnly, name, caption, stacked }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const staleEn = isStale(value, 'en');
  const staleZh = isStale(value, 'zh');
  const offer = useReviewOffer(staleEn, staleZh);
  const focusLang = (lang: Language) => root.current?.querySelector<HTMLTextAreaElement>(`textarea[data-lang="${lang}"]`)?.focus();
  const prompt = (lang: Language) =>
    offer.lang === lang && !readOnly ? (
      <ReviewOffer
        lang={lang}
        name={name}
        onReview={() => {
          offer.close();
          focusLang(lang);
        }}
        onDismiss={() => {
          offer.close();
          focusLang(otherLanguage(lang));
        }}
      />
    ) : undefined;
  return (
    <div className={stacked ? 'bi-field stacked' : 'bi-field'} data-bi-field={field} ref={root}>
      {caption && <div className="bi-caption">{caption === true ? name : caption}</div>}
      <LangText elementId={elementId} field={field} lang="en" text={value.en.text} status={value.en.status} stale={staleEn} readOnly={readOnly} name={name} offer={prompt('zh')} />
      <LangText elementId={elementId} field={field} lang="zh" text={value.zh.text} status={value.zh.status} stale={staleZh} readOnly={readOnly} name={name} offer={prompt('en')} />
    </div>
  );
}
