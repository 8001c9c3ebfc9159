import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightSummary } from '../../../shared/export/preflight';
import { EXPORT_FORMATS, EXPORT_LAYOUTS, type ExportFormat, type ExportLayout, type ExportStage, type Paper } from '../../../shared/export/types';
import { ApiError } from '../../../shared/ipc/contract';
import type { ExportResultInfo } from '../../../shared/ipc/methods/export';
import { api } from '../api';
import { useConfirm } from '../dialog/ConfirmProvider';
import { Dialog } from '../dialog/Dialog';
import { useNavigate } from '../navigation/NavigationContext';
import { useProjectInfo } from '../store/useProjectStore';
import type { FieldName } from '../../../shared/model/elements';
import type { GateTarget } from '../../../shared/export/finalGate';
import { ExportResults } from './ExportResults';
import { FinalGatePanel } from './FinalGatePanel';
import { PreflightPanel } from './PreflightPanel';
import { findingsSourceFor } from '../findings/findingsSource';
import { useProjectStore } from '../store/useProjectStore';
import './export.css';
import { errorText } from '../components/problemText';

type Phase =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; index: number; total: number }
  | { kind: 'done'; results: ExportResultInfo[]; kept?: string[] }
  | { kind: 'failed'; message: string; results: ExportResultInfo[] };

/**
 * The export dialog: format(s), layout, paper, draft or final, with the pre-flight summary of the
 * chosen languages. Formats are written one after the other, so the progress shows which file is
 * being made; each lands where the user chooses (desktop) or in the data folder (browser). Final:
 * the project's requirements with what blocks them, and the sign-off (FinalGatePanel); Export
 * stays disabled until the gate allows it. A file of the same name is replaced only after asking.
 */
export function ExportDialog({ revision, onClose }: { revision: number; onClose: () => void }) {
  const { t } = useTranslation();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const { readOnly } = useProjectInfo();
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);
  const [layout, setLayout] = useState<ExportLayout>('bilingual');
  const [paper, setPaper] = useState<Paper>('a4');
  const [chosenStage, setStage] = useState<ExportStage>('draft');
  // The pre-flight with what it was made for: a summary of another layout or revision is not shown.
  const preflightFor = `${layout}|${revision}`;
  const [preflight, setPreflight] = useState<{ for: string; summary: PreflightSummary | null }>({ for: '', summary: null });
  const summary = preflight.for === preflightFor ? preflight.summary : null;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const findingsSource = findingsSourceFor(useProjectStore());
  const preflightOf = findingsSource.preflight;

  useEffect(() => {
    let live = true;
    // From the checker worker (its caches are warm): opening the dialog does not wait for a full check in main.
    preflightOf(layout).then((s) => s ?? api.exportPreflight({ layout })).then(
      (s) => live && setPreflight({ for: preflightFor, summary: s }),
      () => live && setPreflight({ for: preflightFor, summary: null }),
    );
    return () => {
      live = false;
    };
  }, [layout, preflightFor, preflightOf]);

  const stage: ExportStage = chosenStage;
  // A final export starts only when the gate allows it (the services refuse it otherwise too).
  const blocked = stage === 'final' && !summary?.finalAllowed;
  const goTo = (target: GateTarget) => {
    navigate({ elementId: target.elementId, ...(target.field ? { field: target.field as FieldName } : {}), ...(target.lang ? { lang: target.lang } : {}) });
    onClose();
  };

  const toggleFormat = (f: ExportFormat) => setFormats((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : EXPORT_FORMATS.filter((x) => x === f || cur.includes(x))));

  const start = async () => {
    const results: ExportResultInfo[] = [];
    const kept: string[] = [];
    for (const [i, format] of formats.entries()) {
      setPhase({ kind: 'running', format, index: i + 1, total: formats.length });
      let failure: unknown = null;
      try {
        results.push(await api.exportDocument({ format, options: { layout, paper, stage } }));
      } catch (e) {
        failure = e;
      }
      if (failure instanceof ApiError && failure.problem.code === 'export-exists') {
        // A file of that name is there already: replace it only if the user says so.
        const name = String(failure.problem.data?.name ?? failure.problem.file ?? '');
        const replace = await confirm({ title: t('export.overwrite.title'), message: t('export.overwrite.message', { name }), confirmLabel: t('export.overwrite.confirm') });
        failure = null;
        if (!replace) kept.push(name);
        else {
          try {
            results.push(await api.exportDocument({ format, options: { layout, paper, stage }, overwrite: true }));
          } catch (e) {
            failure = e;
          }
        }
      }
      if (failure) {
        const e = failure;
        if (e instanceof ApiError && e.problem.code === 'cancelled') {
          setPhase(results.length ? { kind: 'done', results } : { kind: 'idle' });
          return;
        }
        const message = e instanceof ApiError && e.problem.code === 'final-blocked' ? t('export.preflight.finalBlocked') : errorText(t, e);
        setPhase({ kind: 'failed', message, results });
        return;
      }
    }
    setPhase({ kind: 'done', results, kept });
  };

  const running = phase.kind === 'running';
  return (
    <Dialog
      title={t('export.title')}
      className="export-dialog"
      onClose={onClose}
      closable={!running}
      testId="export-dialog"
      onSubmit={() => {
        if (!running && formats.length && !blocked) void start();
      }}
    >
      <div className="export-options">
        <fieldset disabled={running}>
          <legend>{t('export.format')}</legend>
          {EXPORT_FORMATS.map((f) => (
            <label key={f}>
              <input type="checkbox" name="format" value={f} checked={formats.includes(f)} onChange={() => toggleFormat(f)} />
              {t(`export.formats.${f}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('export.paper')}</legend>
          {(['a4', 'letter'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name="paper" value={p} checked={paper === p} onChange={() => setPaper(p)} />
              {t(`export.papers.${p}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="wide" disabled={running}>
          <legend>{t('export.layout')}</legend>
          {EXPORT_LAYOUTS.map((l) => (
            <label key={l}>
              <input type="radio" name="layout" value={l} checked={layout === l} onChange={() => setLayout(l)} />
              {t(`export.layouts.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="wide" disabled={running}>
          <legend>{t('export.stage')}</legend>
          {(['draft', 'final'] as const).map((s) => (
            <label key={s}>
              <input type="radio" name="stage" value={s} checked={stage === s} onChange={() => setStage(s)} />
              {t(`export.stages.${s}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <PreflightPanel summary={summary} onGoTo={onClose} />
      {/* While the next revision's pre-flight is being made, the gate shows the last one (Export waits for the new). */}
      {stage === 'final' && (summary ?? preflight.summary) && <FinalGatePanel gate={(summary ?? preflight.summary)!.final} readOnly={readOnly} onGoTo={goTo} />}
      {running && (
        <div className="export-progress" role="status" data-testid="export-progress">
          <progress max={phase.total} value={phase.index - 1} />
          <span>{t('export.progress', { format: t(`export.formats.${phase.format}`), index: phase.index, total: phase.total })}</span>
        </div>
      )}
      {phase.kind === 'failed' && <p className="export-bad" role="alert" data-testid="export-error">{t('export.failed', { message: phase.message })}</p>}
      {(phase.kind === 'done' || phase.kind === 'failed') && phase.results.length > 0 && <ExportResults results={phase.results} />}
      {phase.kind === 'done' &&
        phase.kept?.map((name) => (
          <p key={name} className="export-muted" role="status" data-testid="export-kept">
            {t('export.overwrite.kept', { name })}
          </p>
        ))}
      {!formats.length && <p className="export-warn">{t('export.nothingChosen')}</p>}
      <div className="modal-actions">
        <button type="submit" disabled={running || !formats.length || blocked} data-testid="export-start">
          {t('export.start')}
        </button>
        <button type="button" onClick={onClose} disabled={running}>
          {phase.kind === 'done' ? t('export.close') : t('export.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
