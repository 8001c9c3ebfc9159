import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightSummary } from '../../../shared/export/preflight';
import { EXPORT_FORMATS, EXPORT_LAYOUTS, type ExportFormat, type ExportLayout, type ExportStage, type Paper } from '../../../shared/export/types';
import { ApiError } from '../../../shared/ipc/contract';
import type { ExportResultInfo } from '../../../shared/ipc/methods/export';
import { api } from '../api';
import { Dialog } from '../dialog/Dialog';
import { ExportResults } from './ExportResults';
import { PreflightPanel } from './PreflightPanel';
import './export.css';
import { errorText } from '../components/problemText';

type Phase = { kind: 'idle' } | { kind: 'running'; format: ExportFormat; index: number; total: number } | { kind: 'done'; results: ExportResultInfo[] } | { kind: 'failed'; message: string; results: ExportResultInfo[] };

/**
 * The export dialog: format(s), layout, paper, draft or final, with the pre-flight summary of the
 * chosen languages. Formats are written one after the other, so the progress shows which file is
 * being made; each lands where the user chooses (desktop) or in the data folder (browser).
 */
export function ExportDialog({ revision, onClose }: { revision: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);
  const [layout, setLayout] = useState<ExportLayout>('bilingual');
  const [paper, setPaper] = useState<Paper>('a4');
  const [chosenStage, setStage] = useState<ExportStage>('draft');
  // The pre-flight with what it was made for: a summary of another layout or revision is not shown.
  const preflightFor = `${layout}|${revision}`;
  const [preflight, setPreflight] = useState<{ for: string; summary: PreflightSummary | null }>({ for: '', summary: null });
  const summary = preflight.for === preflightFor ? preflight.summary : null;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    api.exportPreflight({ layout }).then(
      (s) => live && setPreflight({ for: preflightFor, summary: s }),
      () => live && setPreflight({ for: preflightFor, summary: null }),
    );
    return () => {
      live = false;
    };
  }, [layout, preflightFor]);

  // A final export is offered only when it would be accepted.
  const stage: ExportStage = chosenStage === 'final' && summary && !summary.finalAllowed ? 'draft' : chosenStage;

  const toggleFormat = (f: ExportFormat) => setFormats((cur) => (cur.includes(f) ? cur.filter((x) => x !== f) : EXPORT_FORMATS.filter((x) => x === f || cur.includes(x))));

  const start = async () => {
    const results: ExportResultInfo[] = [];
    for (const [i, format] of formats.entries()) {
      setPhase({ kind: 'running', format, index: i + 1, total: formats.length });
      try {
        results.push(await api.exportDocument({ format, options: { layout, paper, stage } }));
      } catch (e) {
        if (e instanceof ApiError && e.problem.code === 'cancelled') {
          setPhase(results.length ? { kind: 'done', results } : { kind: 'idle' });
          return;
        }
        const message = e instanceof ApiError && e.problem.code === 'final-blocked' ? t('export.preflight.finalBlocked') : errorText(t, e);
        setPhase({ kind: 'failed', message, results });
        return;
      }
    }
    setPhase({ kind: 'done', results });
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
        if (!running && formats.length) void start();
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
              <input type="radio" name="stage" value={s} checked={stage === s} disabled={s === 'final' && !summary?.finalAllowed} onChange={() => setStage(s)} />
              {t(`export.stages.${s}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <PreflightPanel summary={summary} onGoTo={onClose} />
      {running && (
        <div className="export-progress" role="status" data-testid="export-progress">
          <progress max={phase.total} value={phase.index - 1} />
          <span>{t('export.progress', { format: t(`export.formats.${phase.format}`), index: phase.index, total: phase.total })}</span>
        </div>
      )}
      {phase.kind === 'failed' && <p className="export-bad" role="alert" data-testid="export-error">{t('export.failed', { message: phase.message })}</p>}
      {(phase.kind === 'done' || phase.kind === 'failed') && phase.results.length > 0 && <ExportResults results={phase.results} />}
      {!formats.length && <p className="export-warn">{t('export.nothingChosen')}</p>}
      <div className="modal-actions">
        <button type="submit" disabled={running || !formats.length} data-testid="export-start">
          {t('export.start')}
        </button>
        <button type="button" onClick={onClose} disabled={running}>
          {phase.kind === 'done' ? t('export.close') : t('export.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
