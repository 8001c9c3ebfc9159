import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { datePattern, formatDateInput, parseDateInput } from '../format/dateInput';

interface Props {
  /** The stored date, ISO `YYYY-MM-DD`, or '' for none. */
  value: string;
  label: string;
  readOnly: boolean;
  /** Called with the ISO date ('' to clear) once what was typed reads as a date. */
  onCommit: (iso: string) => void;
  testId?: string;
}

/**
 * A calendar date typed in the UI language's order (03/12/2026 in English, 2026/12/03 in Chinese),
 * with that order as its hint; not `<input type="date">`, whose widget follows the machine's
 * locale whatever the UI language. Committed on leaving it or Enter when it reads as a date;
 * otherwise it says so and keeps what was typed for correcting.
 */
export function DateInput({ value, label, readOnly, onCommit, testId }: Props) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const id = useId();
  const shownValue = formatDateInput(value, lang);
  const [draft, setDraft] = useState(shownValue);
  const [invalid, setInvalid] = useState(false);
  // A new value or language from outside (undo, another window, the UI language) replaces the draft.
  const [shown, setShown] = useState(shownValue);
  if (shown !== shownValue) {
    setShown(shownValue);
    setDraft(shownValue);
    setInvalid(false);
  }
  const commit = () => {
    const iso = parseDateInput(draft, lang);
    setInvalid(iso === null);
    if (iso === null) return;
    setDraft(formatDateInput(iso, lang));
    if (iso !== value) onCommit(iso);
  };
  const pattern = datePattern(lang, { year: t('editor.dateInput.year'), month: t('editor.dateInput.month'), day: t('editor.dateInput.day') });
  return (
    <div className="plain-field date-field">
      <label className="plain-label" htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        readOnly={readOnly}
        placeholder={pattern}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span id={`${id}-hint`} className="plain-hint">{t('editor.dateInput.hint', { pattern })}</span>
      {invalid && (
        <span id={`${id}-error`} className="plain-error" role="alert">
          {t('editor.dateInput.invalid', { text: draft.trim(), pattern })}
        </span>
      )}
    </div>
  );
}
