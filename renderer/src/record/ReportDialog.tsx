import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/ipc/contract';
import { api } from '../api';
import { errorText } from '../components/problemText';
import { Dialog } from '../dialog/Dialog';

type Format = 'docx' | 'pdf';
type Layout = 'en' | 'zh' | 'bilingual';

/**
 * The self-evaluation report (section 5.4) of the whole period, or the one-year variant for the
 * annual NFP meeting, in Word and/or PDF, in English, Chinese or both. Each file goes where the
 * user chooses (desktop) or into the data folder's exports/ (browser).
 */
export function ReportDialog({ period, onClose }: { period: { start: number; end: number }; onClose: () => void }) {
  const { t } = useTranslation();
  const [formats, setFormats] = useState<Format[]>(['docx', 'pdf']);
  const [layout, setLayout] = useState<Layout>('bilingual');
  const [year, setYear] = useState<number | null>(null);
  const [running, setRunning] = useState(false);
  const [written, setWritten] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const years: number[] = [];
  for (let y = period.start; y <= period.end; y++) years.push(y);
  const start = async () => {
    setRunning(true);
    setFailure(null);
    const files: string[] = [];
    try {
      for (const format of formats) files.push((await api.exportSelfEvaluation({ format, layout, year })).file.name);
    } catch (e) {
      if (!(e instanceof ApiError && e.problem.code === 'cancelled')) setFailure(errorText(t, e));
    } finally {
      setWritten(files);
      setRunning(false);
    }
  };
  return (
    <Dialog title={t('record.files.reportTitle')} onClose={onClose} onSubmit={() => void start()} closable={!running} testId="report-dialog">
      <fieldset disabled={running}>
        <legend>{t('record.files.format')}</legend>
        {(['docx', 'pdf'] as const).map((f) => (
          <label key={f}>
            <input type="checkbox" checked={formats.includes(f)} onChange={() => setFormats((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : [...cur, f].sort()))} {...(f === 'docx' ? { 'data-autofocus': true } : {})} />
            {t(`export.formats.${f}`)}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={running}>
        <legend>{t('record.files.layout')}</legend>
        {(['en', 'zh', 'bilingual'] as const).map((l) => (
          <label key={l}>
            <input type="radio" name="report-layout" checked={layout === l} onChange={() => setLayout(l)} />
            {t(`export.layouts.${l}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('record.files.reportYear')}
        <select value={year ?? ''} onChange={(e) => setYear(e.target.value ? Number(e.target.value) : null)} disabled={running} data-testid="report-year">
          <option value="">{t('record.view.wholePeriod', period)}</option>
          {years.map((y) => <option key={y} value={y}>{t('record.files.oneYear', { year: y })}</option>)}
        </select>
      </label>
      {running && <p role="status">{t('record.files.writing')}</p>}
      {written.length > 0 && (
        <ul role="status" data-testid="report-written">
          {written.map((f) => <li key={f}>{t('record.files.wrote', { file: f })}</li>)}
        </ul>
      )}
      {failure && <p role="alert" className="record-error">{failure}</p>}
      {!formats.length && <p className="record-muted">{t('export.nothingChosen')}</p>}
      <div className="modal-actions">
        <button type="submit" disabled={running || !formats.length} data-testid="report-start">{t('record.files.write')}</button>
        <button type="button" onClick={onClose} disabled={running}>{t('record.files.close')}</button>
      </div>
    </Dialog>
  );
}
