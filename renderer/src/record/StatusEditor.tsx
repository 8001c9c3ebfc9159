import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { ACTIVITY_STATUSES, SECRETARIAT, type ActivityStatus, type ImplementationRecord } from '../../../shared/record/model';
import { setActivityStatus } from '../../../shared/record/operations';
import { planIndex } from '../../../shared/record/planIndex';
import { Dialog } from '../dialog/Dialog';
import { useEditorActions } from '../editor/EditorContext';
import { formatEventDate } from '../format/dateTime';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { gridData } from './gridCells';
import { textIn } from './recordText';

/**
 * The status of one activity in one year, with its note: the secretariat's statement (which wins
 * over the NFPs' reports, listed below it; in an NFP's progress workspace, the country's own), and the events held under it that year. "No status"
 * removes the secretariat's statement. Saving is one undoable change.
 */
export function StatusEditor({ fw, record, activityId, year, reporter = SECRETARIAT, onClose }: { fw: Framework; record: ImplementationRecord; activityId: string; year: number; reporter?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const actions = useEditorActions();
  const pa = planIndex(fw).byId.get(activityId);
  const mine = record.statuses.find((s) => s.activityId === activityId && s.year === year && s.reporter === reporter);
  const effective = gridData(record).statuses.get(activityId)?.get(year);
  const [status, setStatus] = useState<ActivityStatus | ''>(mine?.status ?? effective?.status ?? '');
  const [note, setNote] = useState(mine?.note ?? '');
  const noteId = useId();
  const others = record.statuses.filter((s) => s.activityId === activityId && s.year === year && s.reporter !== reporter);
  const events = gridData(record).events.get(activityId)?.get(year) ?? [];
  const label = pa ? localizeLabel(pa.label, lang) : activityId;
  const save = async () => {
    const ok = await actions.apply((p) => setActivityStatus(p, activityId, year, status === '' ? null : status, note, new Date().toISOString()));
    if (ok) onClose();
  };
  return (
    <Dialog title={t('record.statusEditor.title', { activity: label, year })} onClose={onClose} onSubmit={() => void save()} testId="status-editor">
      {pa && (
        <p className="record-muted">
          {textIn(pa.activity.text, lang)} — {t('record.statusEditor.schedule', { schedule: textIn(pa.activity.schedule.text, lang), planned: pa.plannedYears.includes(year) ? t('record.view.plannedYes') : t('record.view.plannedNo') })}
        </p>
      )}
      <fieldset className="record-status-choices">
        <legend>{t('record.statusEditor.status')}</legend>
        {ACTIVITY_STATUSES.map((s, i) => (
          <label key={s}>
            <input type="radio" name="status" value={s} checked={status === s} onChange={() => setStatus(s)} {...(status === s || (status === '' && i === 0) ? { 'data-autofocus': true } : {})} />
            {t(`record.status.${s}`)}
          </label>
        ))}
        <label>
          <input type="radio" name="status" value="" checked={status === ''} onChange={() => setStatus('')} />
          {t('record.view.noStatus')}
        </label>
      </fieldset>
      <label htmlFor={noteId}>{t('record.statusEditor.note')}</label>
      <textarea id={noteId} rows={3} value={note} onChange={(e) => setNote(e.target.value)} data-testid="status-note" />
      {others.length > 0 && (
        <>
          <h3>{t('record.statusEditor.reported')}</h3>
          <ul>
            {others.map((s) => <li key={s.reporter}>{t('record.statusEditor.reportedBy', { reporter: s.reporter, status: t(`record.status.${s.status}`), note: s.note })}</li>)}
          </ul>
        </>
      )}
      <h3>{t('record.statusEditor.events', { count: events.length })}</h3>
      {events.length > 0 && <ul>{events.map((e) => <li key={e.id}>{formatEventDate(e.date, lang)} — {textIn(e.title, lang)}</li>)}</ul>}
      <div className="modal-actions">
        <button type="submit" data-testid="status-save">{t('record.statusEditor.save')}</button>
        <button type="button" onClick={onClose}>{t('record.statusEditor.cancel')}</button>
      </div>
    </Dialog>
  );
}
