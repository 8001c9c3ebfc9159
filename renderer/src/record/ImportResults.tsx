import { useTranslation } from 'react-i18next';
import type { ProgressFileResult } from '../../../shared/ipc/methods/record';
import { Dialog } from '../dialog/Dialog';

/** What each imported progress file gave: events new and known, statuses, and every refused row with its line and reason. */
export function ImportResults({ results, changed, onClose }: { results: ProgressFileResult[]; changed: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('record.files.importTitle')} onClose={onClose} testId="progress-import-results">
      {!changed && <p role="status">{t('record.files.nothingNew')}</p>}
      <ul className="record-import-list">
        {results.map((r, i) => (
          <li key={`${r.name}-${i}`} data-testid="progress-import-file">
            {r.ok ? (
              <>
                <p>{t('record.files.imported', { name: r.name, added: r.added, known: r.known, statuses: r.statuses, refused: r.refused.length })}</p>
                {r.refused.length > 0 && (
                  <ul aria-label={t('record.files.refusedRows', { name: r.name })}>
                    {r.refused.map((row) => (
                      <li key={row.line} className="record-error">
                        {t('record.cli.refusedRow', { line: row.line, reason: t(`record.rowProblem.${row.problem}` as 'record.rowProblem.date-empty', { value: row.value }) })}
                      </li>
                    ))}
                  </ul>
                )}
                {r.repeated.map((x) => <p key={x.line} className="record-muted">{t('record.cli.repeatedRow', x)}</p>)}
              </>
            ) : (
              <p className="record-error" role="alert">
                {t('record.cli.refusedFile', { file: r.name, reason: t(`record.fileProblem.${r.reason}` as 'record.fileProblem.unreadable', { detail: r.detail }) })}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" onClick={onClose} data-autofocus>{t('record.files.close')}</button>
      </div>
    </Dialog>
  );
}
