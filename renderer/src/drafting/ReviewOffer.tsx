import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/bilingual';
import './drafting.css';

/**
 * Which language of a field to offer for review: the one that has just become "needs review"
 * because the other was changed (typed, replaced, a suggestion accepted) while the field is in
 * view. A field that was already flagged when it came into view offers nothing (its mark and the
 * walk say it); the offer goes when dismissed, taken, or the language is reviewed.
 */
export function useReviewOffer(staleEn: boolean, staleZh: boolean): { lang: Language | null; close: () => void } {
  const [seen, setSeen] = useState({ en: staleEn, zh: staleZh });
  const [offer, setOffer] = useState<Language | null>(null);
  // Derived from the previous render's flags, during render (React's pattern for state that follows props).
  if (seen.en !== staleEn || seen.zh !== staleZh) {
    setSeen({ en: staleEn, zh: staleZh });
    if (staleZh && !seen.zh) setOffer('zh');
    else if (staleEn && !seen.en) setOffer('en');
  }
  const still = offer === 'en' ? staleEn : offer === 'zh' ? staleZh : false;
  return { lang: still ? offer : null, close: () => setOffer(null) };
}

interface Props {
  /** The language that needs review (the other was just changed). */
  lang: Language;
  /** The field's accessible name ("Title", "Activity 2-1 text"). */
  name: string;
  /** Focus the language to review. */
  onReview: () => void;
  /** Hide the offer and go back to the edited language. */
  onDismiss: () => void;
}

/** The offer shown at the edited language: "The Chinese may no longer say the same — Review it now · Dismiss". */
export function ReviewOffer({ lang, name, onReview, onDismiss }: Props) {
  const { t } = useTranslation();
  const langName = t(`editor.lang.${lang}`);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onDismiss();
  };
  return (
    <div className="review-offer" role="group" aria-label={t('drafting.reviewOffer.label', { name, lang: langName })} data-testid="review-offer" onKeyDown={onKeyDown}>
      <span className="review-offer-text" role="status">{t('drafting.reviewOffer.text', { lang: langName })}</span>
      <button type="button" className="review-offer-go" onClick={onReview}>
        {t('drafting.reviewOffer.review', { lang: langName })}
      </button>
      <button type="button" className="review-offer-dismiss" onClick={onDismiss}>
        {t('drafting.reviewOffer.dismiss')}
      </button>
    </div>
  );
}
