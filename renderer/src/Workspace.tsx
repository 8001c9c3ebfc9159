import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, Snapshot } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import { UI_LANGUAGE_KEY, type UiLanguage } from '../i18n';
import { api } from './api';
import { OutlineTree } from './components/OutlineTree';
import { ProblemBanner } from './components/ProblemBanner';
import { useConfirm } from './dialog/ConfirmProvider';
import { ProjectBarWithDrafts } from './editor/ProjectBarWithDrafts';
import { EditorActionsContext } from './editor/EditorContext';
import { EditorToolbar } from './editor/EditorToolbar';
import { EditorView } from './editor/EditorView';
import { ExportDialog } from './export/ExportDialog';
import { SaveAsDialog } from './editor/SaveAsDialog';
import { SaveErrorBanner } from './editor/SaveErrorBanner';
import { FileChangedBanner } from './editor/FileChangedBanner';
import { useCommands } from './editor/useCommands';
import { useDocumentEditor } from './editor/useDocumentEditor';
import { NavigationContext, type NavigationTarget } from './navigation/NavigationContext';
import { collectOutlineMarkers } from './panels/outlineMarkers';
import { useFindings } from './findings/useFindings';
import { DraftingFilterContext, NO_FILTER, type DraftingFilter } from './drafting/filterContext';
import { SkipLink, WorkspacePanes } from './layout/WorkspacePanes';
import { SidePanelArea } from './panels/SidePanelArea';
import { useProjectStore, useStoreState } from './store/useProjectStore';
import { problemOf } from './components/problemText';
import { ImplementationView } from './record/ImplementationView';
import { ViewSwitch, type WorkspaceView } from './record/ViewSwitch';


/** Suggested Save As path: beside the current file, or in the data folder's projects for the browser build. */
function saveAsSuggestion(file: string | null): string {
  if (!file) return 'framework-copy.json';
  return file.replace(/(\.json)?$/i, '-copy.json');
}

/** The layout: project bar on top; outline | editor | side panels (a tab strip) below. */
export function Workspace() {
  const { t, i18n } = useTranslation();
  const store = useProjectStore();
  const snapshot = useStoreState()!;
  const [selection, setSelection] = useState<NavigationTarget | null>(null);
  const [view, setView] = useState<WorkspaceView>('document');
  // Going to an element (outline, find, findings) shows the document.
  const navigation = useMemo(() => ({ selection, navigate: (target: NavigationTarget) => { setView('document'); setSelection(target); } }), [selection]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const confirm = useConfirm();
  const [dismissedLoadError, setDismissedLoadError] = useState(false);
  const [panel, setPanel] = useState<string | null>(null);
  const [draftingFilter, setDraftingFilter] = useState<DraftingFilter>(NO_FILTER);
  const filterState = useMemo(() => ({ filter: draftingFilter, setFilter: setDraftingFilter }), [draftingFilter]);
  const [saveAsOpen, setSaveAsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const editor = useDocumentEditor(store, setProblem);
  const { info, project } = snapshot;
  const findings = useFindings();
  const markers = useMemo(() => collectOutlineMarkers(snapshot, findings), [snapshot, findings]);
  const selectElement = useCallback((elementId: string) => setSelection({ elementId }), []);

  const run = useCallback(
    async (action: () => Promise<Snapshot>) => {
      try {
        await editor.flushDrafts();
        store.reset(await action());
        setProblem(null);
      } catch (e) {
        const p = problemOf(e);
        if (p.code !== 'cancelled') setProblem(p);
      }
    },
    [editor, store],
  );

  const saveAs = useCallback(() => {
    // The desktop asks with its own dialog; the browser build asks for a path.
    if (typeof window.api !== 'undefined') void run(() => api.saveAs({}));
    else setSaveAsOpen(true);
  }, [run]);

  const setLanguage = useCallback(
    (lang: UiLanguage) => {
      void i18n.changeLanguage(lang);
      try {
        localStorage.setItem(UI_LANGUAGE_KEY, lang);
      } catch {
        // Storage can be unavailable (private mode); the settings file below still keeps the choice.
      }
      void api.setUiLanguage({ lang }).catch(() => undefined);
    },
    [i18n],
  );

  // The settings file is what persists the choice (localStorage is only a fast first guess).
  useEffect(() => {
    api.getUiLanguage({}).then((lang) => {
      if (lang !== i18n.language) void i18n.changeLanguage(lang);
    }, () => undefined);
  }, [i18n]);

  useCommands((c: MenuCommand) => {
    switch (c.command) {
      case 'undo':
        if (!info.readOnly) void editor.undo();
        break;
      case 'redo':
        if (!info.readOnly) void editor.redo();
        break;
      case 'find':
        setPanel('find');
        break;
      case 'saveAs':
        saveAs();
        break;
      case 'newFromBuiltin':
        void run(() => api.newFromBuiltin({}));
        break;
      case 'newEmpty':
        void run(() => api.newEmpty({}));
        break;
      case 'open':
        void run(() => api.openProject({}));
        break;
      case 'openRecent':
        void run(() => api.openProject({ file: c.file }));
        break;
      case 'toggleActionPlanGrid':
        setSelection({ elementId: '#actionPlan' });
        break;
      case 'uiLanguageEn':
        setLanguage('en');
        break;
      case 'uiLanguageZh':
        setLanguage('zh');
        break;
      case 'export':
        setExportOpen(true);
        break;
      default:
        break;
    }
  });

  // Leaving the page with edits not yet on disk (or typing not yet committed) asks first, and
  // sends the typing on its way; the desktop asks in main instead.
  const unsaved = info.saveState !== 'saved';
  const actions = editor.actions;
  useEffect(() => {
    // In the desktop app main asks (a cancelled beforeunload there would silently refuse to close).
    if (info.builtin || typeof window.api !== 'undefined') return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved && !actions.hasDrafts()) return;
      void actions.flushDrafts();
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, info.builtin, actions]);

  const openBackupOf = async (file: string) => {
    const backups = await api.listBackups({ file });
    if (backups.length === 0) {
      setProblem({ code: 'no-backup', file });
      return;
    }
    await run(() => api.openBackup({ file, backup: backups[0].file }));
  };

  const takeOver = async (file: string, holder: Problem['data']) => {
    const ok = await confirm({
      title: t('project.lock.takeOver'),
      message: t('project.lock.confirm', holder ?? { user: '?', host: '?', since: '?' }),
      confirmLabel: t('project.lock.takeOver'),
    });
    if (ok) await run(() => api.openProject({ file, takeOver: true }));
  };

  const loadError = !dismissedLoadError ? info.loadError : null;
  const shown = problem ?? loadError;

  return (
    <EditorActionsContext.Provider value={editor.actions}>
      <NavigationContext.Provider value={navigation}>
        <DraftingFilterContext.Provider value={filterState}>
        <div className="app">
          <SkipLink />
          <div data-region="bar">
          <ProjectBarWithDrafts
            info={info}
            onNewFromBuiltin={() => void run(() => api.newFromBuiltin({}))}
            onOpen={() => void run(() => api.openProject({}))}
            onOpenBuiltin={() => void run(() => api.openBuiltin({}))}
            onExport={() => setExportOpen(true)}
            onLanguage={setLanguage}
          />
          <EditorToolbar
            info={info}
            onUndo={() => void editor.undo()}
            onRedo={() => void editor.redo()}
            onSaveAs={saveAs}
            onOpenRecent={(file) => void run(() => api.openProject({ file }))}
            onNewEmpty={() => void run(() => api.newEmpty({}))}
          />
          </div>
          <SaveErrorBanner info={info} onRetry={() => void run(() => api.retrySave({}))} onSaveAs={saveAs} />
          <FileChangedBanner info={info} run={run} onSaveAs={saveAs} />
          {shown && (
            <ProblemBanner
              title={shown.code.startsWith('load-') ? t('project.loadErrorTitle') : t('project.errorTitle')}
              problem={shown}
              onOpenBackup={shown.code.startsWith('load-') && shown.file ? () => void openBackupOf(shown.file!) : undefined}
              onTakeOver={shown.code === 'locked' && shown.file ? () => void takeOver(shown.file!, shown.data) : undefined}
              onDismiss={() => (problem ? setProblem(null) : setDismissedLoadError(true))}
            />
          )}
          {info.builtin && <p className="builtin-banner">{t('app.builtinBanner')}</p>}
          {info.readOnlyFile && (
            <p className="builtin-banner" role="status" data-testid="read-only-banner">
              {t(info.readOnlyFile === 'file' ? 'project.readOnly.file' : 'project.readOnly.folder')}{' '}
              <button type="button" onClick={saveAs}>{t('editor.saveError.saveAs')}</button>
            </p>
          )}
          <ViewSwitch view={view} onView={setView} />
          <WorkspacePanes
            sideOpen={panel !== null}
            onCloseSide={() => setPanel(null)}
            outline={view === 'implementation' ? null : <OutlineTree framework={project.framework} selectedId={selection?.elementId ?? null} onSelect={selectElement} markers={markers} />}
            editor={view === 'implementation' ? <ImplementationView /> : <EditorView fw={project.framework} readOnly={info.readOnly} />}
            side={<SidePanelArea active={panel} onActive={setPanel} context={{ snapshot, editor }} />}
          />
          {exportOpen && <ExportDialog revision={info.revision} onClose={() => setExportOpen(false)} />}
          {saveAsOpen && (
            <SaveAsDialog
              suggestion={saveAsSuggestion(info.file)}
              onCancel={() => setSaveAsOpen(false)}
              onSave={(file) => {
                setSaveAsOpen(false);
                void run(() => api.saveAs({ file }));
              }}
            />
          )}
        </div>
        </DraftingFilterContext.Provider>
      </NavigationContext.Provider>
    </EditorActionsContext.Provider>
  );
}
