import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTerm } from '../../../shared/model/glossary';

interface Props {
  /** The term being edited, or an empty one to add. */
  initial: GlossaryTerm;
  submitLabel: string;
  /** Resolves to an error for a field (its name, or '' for the form) or null when saved. */
  onSubmit: (term: GlossaryTerm) => Promise<{ field: string; message: string } | null>;
  onCancel: () => void;
}

const FIELDS = ['en', 'zh', 'acronym', 'short', 'variants', 'note', 'source'] as const;
type FieldKey = (typeof FIELDS)[number];

/** Adding or editing one glossary term: English, agreed Chinese, acronym, short form, variants not to use, note, source. */
export function TermForm({ initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<Record<FieldKey, string>>({
    en: initial.en,
    zh: initial.zh,
    acronym: initial.acronym ?? '',
    short: initial.short ?? '',
    variants: (initial.variants ?? []).join('; '),
    note: initial.note ?? '',
    source: initial.source ?? '',
  });
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const term: GlossaryTerm = {
      id: initial.id,
      en: values.en,
      zh: values.zh,
      acronym: values.acronym,
      short: values.short,
      variants: values.variants.split(/[;；\n]/),
      note: values.note,
      source: values.source,
    };
    void onSubmit(term).then(setError);
  };
  return (
    <form className="term-form" onSubmit={submit} aria-label={submitLabel}>
      {FIELDS.map((f) => (
        <div key={f} className="term-form-row">
          <label htmlFor={`${id}-${f}`}>{t(`glossary.field.${f}`)}</label>
          {f === 'note' ? (
            <textarea id={`${id}-${f}`} value={values[f]} rows={2} onChange={(e) => setValues({ ...values, [f]: e.target.value })} aria-invalid={error?.field === f || undefined} />
          ) : (
            <input
              id={`${id}-${f}`}
              value={values[f]}
              lang={f === 'zh' || f === 'short' || f === 'variants' ? 'zh-CN' : undefined}
              required={f === 'en' || f === 'zh'}
              data-autofocus={f === 'en' ? true : undefined}
              onChange={(e) => setValues({ ...values, [f]: e.target.value })}
              aria-invalid={error?.field === f || undefined}
              aria-describedby={f === 'variants' ? `${id}-variants-hint` : undefined}
            />
          )}
          {f === 'variants' && <span id={`${id}-variants-hint`} className="hint">{t('glossary.variantsHint')}</span>}
        </div>
      ))}
      {error && <p className="form-error" role="alert">{error.message}</p>}
      <div className="term-form-actions">
        <button type="submit">{submitLabel}</button>
        <button type="button" onClick={onCancel}>{t('dialog.cancel')}</button>
      </div>
    </form>
  );
}
