import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/ipc/contract';
import { COUNTRIES } from '../../../shared/record/countries';
import { api } from '../api';
import { errorText } from '../components/problemText';
import { Dialog } from '../dialog/Dialog';
import { useUiLanguage } from '../hooks/useUiLanguage';

/** A country's progress template for its NFP: the workbook (Events and Activities sheets) or the app packet. */
export function TemplateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useUiLanguage();
  const [country, setCountry] = useState('KH');
  const [kind, setKind] = useState<'xlsx' | 'packet'>('xlsx');
  const [state, setState] = useState<{ kind: 'idle' | 'running' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const start = async () => {
    setState({ kind: 'running' });
    try {
      const r = await api.exportProgressTemplate({ country, kind });
      setState({ kind: 'done', file: r.file.name });
    } catch (e) {
      if (e instanceof ApiError && e.problem.code === 'cancelled') setState({ kind: 'idle' });
      else setState({ kind: 'failed', message: errorText(t, e) });
    }
  };
  const running = state.kind === 'running';
  return (
    <Dialog title={t('record.files.templateTitle')} onClose={onClose} onSubmit={() => void start()} closable={!running} testId="progress-template-dialog">
      <p className="record-muted">{t('record.files.templateHelp')}</p>
      <label>
        {t('record.files.country')}
        <select value={country} onChange={(e) => setCountry(e.target.value)} data-autofocus>
          {COUNTRIES.map((c) => <option key={c.code} value={c.code}>{c[lang]}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>{t('record.files.templateKind')}</legend>
        {(['xlsx', 'packet'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="template-kind" checked={kind === k} onChange={() => setKind(k)} />
            {t(`record.files.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      {state.kind === 'done' && <p role="status" data-testid="template-written">{t('record.files.wrote', { file: state.file })}</p>}
      {state.kind === 'failed' && <p role="alert" className="record-error">{state.message}</p>}
      <div className="modal-actions">
        <button type="submit" disabled={running}>{t('record.files.write')}</button>
        <button type="button" onClick={onClose} disabled={running}>{t('record.files.close')}</button>
      </div>
    </Dialog>
  );
}
