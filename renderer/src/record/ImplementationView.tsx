import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressFileResult } from '../../../shared/ipc/methods/record';
import { ApiError } from '../../../shared/ipc/contract';
import { SECRETARIAT } from '../../../shared/record/model';
import { api } from '../api';
import { errorText } from '../components/problemText';
import { useEditorActions } from '../editor/EditorContext';
import { fileToBase64 } from '../review/reviewApi';
import { useProject, useProjectInfo } from '../store/useProjectStore';
import { Dashboard } from './Dashboard';
import { EventEditor } from './EventEditor';
import { EventsTable } from './EventsTable';
import { ImportResults } from './ImportResults';
import { ReportDialog } from './ReportDialog';
import { StatusEditor } from './StatusEditor';
import { StatusGrid } from './StatusGrid';
import { TemplateDialog } from './TemplateDialog';
import { WorkPlanView } from './WorkPlanView';
import './record.css';

const TABS = ['events', 'grid', 'workplan', 'dashboard'] as const;
type Tab = (typeof TABS)[number];

type Open =
  | { kind: 'event'; id: string | null }
  | { kind: 'status'; activityId: string; year: number }
  | { kind: 'import'; results: ProgressFileResult[]; changed: boolean }
  | { kind: 'template' }
  | { kind: 'report' }
  | null;

/**
 * The Implementation view (framework sections 5.1-5.4): the record beside the edition it
 * implements. Four tabs — the events table, the activities × years status grid, the annual work
 * plans, the dashboard —
 * and the files: progress reports in, a country's template out, the self-evaluation report.
 * Reads the store through narrow selectors; every edit is an operation through the editor's
 * queue (undoable, saved).
 */
export function ImplementationView() {
  const { t } = useTranslation();
  const fw = useProject((p) => p.framework);
  const record = useProject((p) => p.record);
  const progress = useProject((p) => p.progress);
  const { readOnly } = useProjectInfo();
  // An NFP's progress workspace: the text is read-only, the country's record is theirs to edit.
  const editable = !readOnly || progress !== undefined;
  const [notice, setNotice] = useState<string | null>(null);
  const packetInput = useRef<HTMLInputElement>(null);
  const actions = useEditorActions();
  const [tab, setTab] = useState<Tab>('events');
  const [open, setOpen] = useState<Open>(null);
  const [year, setYear] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const tabRefs = useRef<Record<Tab, HTMLButtonElement | null>>({ events: null, grid: null, workplan: null, dashboard: null });

  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current[next]?.focus();
  };

  const importFiles = async (files: File[]) => {
    setProblem(null);
    try {
      await actions.flushDrafts();
      const r = await api.importProgress({ files: await Promise.all(files.map(async (f) => ({ name: f.name, base64: await fileToBase64(f) }))) });
      setOpen({ kind: 'import', results: r.files, changed: r.changed });
    } catch (e) {
      setProblem(errorText(t, e));
    }
  };

  const openPacket = async (file: File) => {
    setProblem(null);
    setNotice(null);
    try {
      await actions.flushDrafts();
      const r = await api.openProgressPacket({ name: file.name, base64: await fileToBase64(file) });
      if (!r.ok) setProblem(t('record.progress.refused', { name: r.refusal.name, reason: t(`record.fileProblem.${r.refusal.code as 'invalid'}`, { detail: r.refusal.details?.map((d) => `${d.path}: ${d.message}`).join('; ') ?? r.refusal.found ?? '' }) }));
    } catch (e) {
      setProblem(errorText(t, e));
    }
  };

  const exportReport = async () => {
    setProblem(null);
    setNotice(null);
    try {
      await actions.flushDrafts();
      const r = await api.exportProgressReport({});
      setNotice(t('record.progress.exported', { file: r.file.name, events: r.events, statuses: r.statuses }));
    } catch (e) {
      if (!(e instanceof ApiError && e.problem.code === 'cancelled')) setProblem(errorText(t, e));
    }
  };

  return (
    <div className="record-view" data-testid="implementation-view">
      <div className="record-toolbar" role="toolbar" aria-label={t('record.view.toolbar')}>
        <div role="tablist" aria-label={t('record.view.tabs')} onKeyDown={onTabKey}>
          {TABS.map((id) => (
            <button
              key={id}
              ref={(el) => {
                tabRefs.current[id] = el;
              }}
              type="button"
              role="tab"
              id={`record-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`record-panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
              data-testid={`record-tab-${id}`}
            >
              {t(`record.view.tab.${id}`)}
            </button>
          ))}
        </div>
        <span className="record-toolbar-gap" />
        <button type="button" onClick={() => setOpen({ kind: 'event', id: null })} disabled={!editable} data-testid="record-add-event">
          {t('record.view.addEvent')}
        </button>
        {progress ? (
          <button type="button" onClick={() => void exportReport()} data-testid="progress-export">
            {t('record.progress.export')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => packetInput.current?.click()} data-testid="progress-open">
              {t('record.progress.open')}
            </button>
            <input
              ref={packetInput}
              type="file"
              hidden
              accept=".json"
              data-testid="progress-open-input"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void openPacket(file);
              }}
            />
          </>
        )}
        {!progress && <>
        <button type="button" onClick={() => fileInput.current?.click()} disabled={readOnly} data-testid="record-import">
          {t('record.files.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          multiple
          accept=".csv,.txt,.xlsx,.json"
          data-testid="record-import-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void importFiles(files);
          }}
        />
        <button type="button" onClick={() => setOpen({ kind: 'template' })} data-testid="record-template">
          {t('record.files.template')}
        </button>
        </>}
        <button type="button" onClick={() => setOpen({ kind: 'report' })} data-testid="record-report">
          {t('record.files.report')}
        </button>
      </div>
      {progress && <p className="record-note" data-testid="progress-banner">{t('record.progress.banner', { country: progress.country, name: progress.packetName })}</p>}
      {!editable && <p className="record-muted record-note">{t('record.view.readOnly')}</p>}
      {problem && <p className="record-error" role="alert">{problem}</p>}
      {notice && <p className="record-note" role="status" data-testid="progress-exported">{notice}</p>}
      <div className="record-panel" role="tabpanel" id={`record-panel-${tab}`} aria-labelledby={`record-tab-${tab}`}>
        {tab === 'events' && <EventsTable fw={fw} record={record} onEdit={(id) => editable && setOpen({ kind: 'event', id })} />}
        {tab === 'grid' && <StatusGrid fw={fw} record={record} onCell={(activityId, y) => editable && setOpen({ kind: 'status', activityId, year: y })} />}
        {tab === 'workplan' && <WorkPlanView fw={fw} record={record} readOnly={readOnly} />}
        {tab === 'dashboard' && <Dashboard fw={fw} record={record} year={year} onYear={setYear} />}
      </div>
      {open?.kind === 'event' && <EventEditor fw={fw} record={record} eventId={open.id} onClose={() => setOpen(null)} />}
      {open?.kind === 'status' && <StatusEditor fw={fw} record={record} activityId={open.activityId} year={open.year} reporter={progress?.country ?? SECRETARIAT} onClose={() => setOpen(null)} />}
      {open?.kind === 'import' && <ImportResults results={open.results} changed={open.changed} onClose={() => setOpen(null)} />}
      {open?.kind === 'template' && <TemplateDialog onClose={() => setOpen(null)} />}
      {open?.kind === 'report' && <ReportDialog period={fw.metadata.period} onClose={() => setOpen(null)} />}
    </div>
  );
}
