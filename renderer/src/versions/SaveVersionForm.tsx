import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const AUTHOR_KEY = 'acec.versionAuthor';

function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Name, author and note of a milestone version. The author is remembered for next time. */
export function SaveVersionForm({ onSave, onCancel }: { onSave: (v: { name: string; author?: string; note?: string }) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [author, setAuthor] = useState(rememberedAuthor);
  const [note, setNote] = useState('');
  return (
    <form
      className="versions-form"
      aria-label={t('versions.save.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        try {
          localStorage.setItem(AUTHOR_KEY, author.trim());
        } catch {
          // Not remembered; asked again next time.
        }
        onSave({ name: name.trim(), ...(author.trim() ? { author: author.trim() } : {}), ...(note.trim() ? { note: note.trim() } : {}) });
      }}
    >
      <h4>{t('versions.save.title')}</h4>
      <label>
        {t('versions.save.name')}
        <input value={name} required autoFocus placeholder={t('versions.save.namePlaceholder')} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        {t('versions.save.author')}
        <input value={author} placeholder={t('versions.save.authorPlaceholder')} onChange={(e) => setAuthor(e.target.value)} />
      </label>
      <label>
        {t('versions.save.note')}
        <textarea value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="versions-buttons">
        <button type="submit" disabled={!name.trim()}>
          {t('versions.save.submit')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('versions.save.cancel')}
        </button>
      </div>
    </form>
  );
}
