import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { Language } from '../../../shared/model/bilingual';
import { indexElements, type FieldName } from '../../../shared/model/elements';
import { makeQuote } from '../../../shared/review/anchors';
import type { Reviewer } from '../../../shared/review/model';
import { addComment, addSuggestion } from '../../../shared/review/operations';
import { stripInlineMarkup } from '../../../shared/text/inline';
import { useNavigation } from '../navigation/NavigationContext';
import { QuotedRedline } from './QuotedRedline';
import { applyReview, newItemId, nowIso } from './reviewApi';

interface Props {
  snapshot: Snapshot;
  reviewer: Reviewer;
  onProblem: (e: unknown) => void;
}

/** Comment on, or suggest new text for, a field of the element selected in the outline. */
export function Composer({ snapshot, reviewer, onProblem }: Props) {
  const { t } = useTranslation();
  const { selection } = useNavigation();
  const element = useMemo(() => (selection ? indexElements(snapshot.project.framework).get(selection.elementId) : undefined), [selection, snapshot.project.framework]);
  const [fieldChoice, setField] = useState<FieldName | null>(null);
  const [langChoice, setLang] = useState<Language | null>(null);
  const [quote, setQuote] = useState('');
  // Where the selected words start in the field's text (so a word that occurs twice is the one selected).
  const [quoteAt, setQuoteAt] = useState<number | null>(null);
  const [body, setBody] = useState('');
  const [suggesting, setSuggesting] = useState(false);
  const [replacement, setReplacement] = useState('');
  // Words selected in one of the editor's fields become the quote (and pick that field and language).
  useEffect(() => {
    const onSelect = (e: Event) => {
      const el = e.target as HTMLTextAreaElement | null;
      if (!el || el.tagName !== 'TEXTAREA' || !el.dataset.elementId || el.dataset.elementId !== selection?.elementId) return;
      const words = el.value.slice(el.selectionStart, el.selectionEnd);
      if (!words.trim()) return;
      setField(el.dataset.field as FieldName);
      setLang(el.dataset.lang as Language);
      setQuote(words);
      setQuoteAt(el.selectionStart);
    };
    document.addEventListener('select', onSelect, true);
    return () => document.removeEventListener('select', onSelect, true);
  }, [selection?.elementId]);
  if (!element || element.fields.length === 0) return <p className="review-hint">{t('review.compose.pick')}</p>;
  const field = element.fields.find((f) => f.name === (fieldChoice ?? selection?.field)) ?? element.fields[0];
  const lang: Language = langChoice ?? selection?.lang ?? 'en';
  const current = field.value[lang].text;
  const baseHash = snapshot.project.review.workspace?.version.contentHash;
  const anchor = { elementId: element.id, field: field.name, lang };
  const reset = () => {
    setQuote('');
    setQuoteAt(null);
    setBody('');
    setSuggesting(false);
    setReplacement('');
  };
  // The quoted words in the field: at the selected place when they are still there, else their first occurrence.
  const quoteStart = quote ? (quoteAt !== null && current.startsWith(quote, quoteAt) ? quoteAt : current.indexOf(quote)) : -1;
  const quoted = quoteStart >= 0 ? makeQuote(current, quoteStart, quoteStart + quote.length) : null;
  // A suggestion is on the selected words; with none selected, on the whole text.
  const suggestedOn = quoted ?? (current ? makeQuote(current, 0, current.length) : null);
  const submit = async () => {
    try {
      if (suggesting) {
        await applyReview(snapshot, addSuggestion(snapshot.project, { id: newItemId(), author: reviewer, now: nowIso(), body: body.trim(), anchor: { ...anchor, ...(suggestedOn ? { quote: suggestedOn } : {}) }, replacement, ...(baseHash ? { baseHash } : {}) }));
      } else {
        const q = quoted ?? undefined;
        await applyReview(snapshot, addComment(snapshot.project, { id: newItemId(), author: reviewer, now: nowIso(), body: body.trim(), anchor: { ...anchor, ...(q ? { quote: q } : {}) }, ...(baseHash ? { baseHash } : {}) }));
      }
      reset();
    } catch (e) {
      onProblem(e);
    }
  };
  return (
    <form
      className="review-composer"
      data-testid="review-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        // Escape cancels what is being written (a suggestion, a comment), as the Cancel button does.
        if (e.key === 'Escape') {
          e.preventDefault();
          reset();
        }
      }}
    >
      <div className="review-row">
        <label>
          {t('review.compose.field')}
          <select value={field.name} data-testid="compose-field" onChange={(e) => setField(e.target.value as FieldName)}>
            {element.fields.map((f) => (
              <option key={f.name} value={f.name}>{t(`versions.field.${f.name}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('review.compose.lang')}
          <select value={lang} data-testid="compose-lang" onChange={(e) => setLang(e.target.value as Language)}>
            <option value="en">{t('editor.lang.en')}</option>
            <option value="zh">{t('editor.lang.zh')}</option>
          </select>
        </label>
      </div>
      <p className="review-current" lang={lang}>{stripInlineMarkup(current)}</p>
      {!suggesting && (
        <label className="review-field">
          {t('review.compose.quote')}
          <input value={quote} data-testid="compose-quote" onChange={(e) => setQuote(e.target.value)} />
        </label>
      )}
      {suggesting && suggestedOn && (
        <>
          <label className="review-field">
            {t('review.compose.suggestion')}
            <textarea value={replacement} data-testid="compose-replacement" rows={quoted ? 2 : 4} autoFocus onChange={(e) => setReplacement(e.target.value)} />
          </label>
          <QuotedRedline quote={suggestedOn} replacement={replacement} lang={lang} testId="compose-redline" />
        </>
      )}
      <label className="review-field">
        {t('review.compose.comment')}
        <textarea value={body} data-testid="compose-body" rows={3} onChange={(e) => setBody(e.target.value)} />
      </label>
      <div className="review-buttons">
        <button type="submit" data-testid="compose-submit" disabled={suggesting ? !suggestedOn || replacement === suggestedOn.exact : !body.trim()}>
          {suggesting ? t('review.compose.addSuggestion') : t('review.compose.add')}
        </button>
        <button
          type="button"
          data-testid="compose-suggest"
          aria-pressed={suggesting}
          onClick={() => {
            setSuggesting(!suggesting);
            // Only the selected words are offered for rewriting (all the text when none are selected).
            setReplacement(suggestedOn?.exact ?? '');
          }}
        >
          {t('review.compose.suggest')}
        </button>
        {(suggesting || quote || body) && (
          <button type="button" data-testid="compose-cancel" onClick={reset}>
            {t('review.compose.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
