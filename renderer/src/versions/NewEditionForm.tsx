import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period } from '../../../shared/model/framework';

/** Ask the new edition's period; the next five-year period after the current one is proposed. */
export function NewEditionForm({ current, onCreate, onCancel }: { current: Period; onCreate: (p: Period) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const span = current.end - current.start;
  const [start, setStart] = useState(current.end + 1);
  const [end, setEnd] = useState(current.end + 1 + span);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start > current.start && end >= start;
  return (
    <form
      className="versions-form"
      aria-label={t('versions.newEdition.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) onCreate({ start, end });
      }}
    >
      <h4>{t('versions.newEdition.title')}</h4>
      <p className="versions-explain">{t('versions.newEdition.explain')}</p>
      <div className="versions-row">
        <label>
          {t('versions.newEdition.start')}
          <input type="number" min={current.start + 1} max={2200} value={start} onChange={(e) => setStart(e.target.valueAsNumber)} />
        </label>
        <label>
          {t('versions.newEdition.end')}
          <input type="number" min={start} max={2200} value={end} onChange={(e) => setEnd(e.target.valueAsNumber)} />
        </label>
      </div>
      <div className="versions-buttons">
        <button type="submit" disabled={!valid}>
          {t('versions.newEdition.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('versions.newEdition.cancel')}
        </button>
      </div>
    </form>
  );
}
