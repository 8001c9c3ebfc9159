import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResultInfo } from '../../../shared/ipc/methods/export';
import { api } from '../api';
import { errorText } from '../components/problemText';

/** The files an export wrote, each with "Open" and "Show in folder" (desktop only; the browser says so). */
export function ExportResults({ results }: { results: ExportResultInfo[] }) {
  const { t } = useTranslation();
  const [note, setNote] = useState<string | null>(null);
  const act = async (call: () => Promise<{ done: boolean }>) => {
    try {
      const r = await call();
      setNote(r.done ? null : t('export.unsupported'));
    } catch (e) {
      setNote(t('export.failed', { message: errorText(t, e) }));
    }
  };
  return (
    <section className="export-results" data-testid="export-results">
      <p>{t('export.done')}</p>
      <ul>
        {results.map((r) => (
          <li key={r.file.handle}>
            <code data-testid="export-file">{r.file.name}</code> <span className="export-muted">{t('export.size', { kb: Math.max(1, Math.round(r.bytes / 1024)) })}</span>
            <span className="export-file-actions">
              <button type="button" onClick={() => void act(() => api.exportOpen({ file: r.file.handle }))}>{t('export.open')}</button>
              <button type="button" onClick={() => void act(() => api.exportShowInFolder({ file: r.file.handle }))}>{t('export.showInFolder')}</button>
            </span>
          </li>
        ))}
      </ul>
      {note && <p className="export-muted" role="status">{note}</p>}
    </section>
  );
}
