import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem, ProjectInfo, Snapshot } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
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
import { answerFlushBeforeClose } from './editor/flushBeforeClose';
import { useCommands } from './editor/useCommands';
import { useDocumentEditor } from './editor/useDocumentEditor';
import { NavigateContext, NavigationContext, type NavigationTarget } from './navigation/NavigationContext';
import { CurrentElementContext, createCurrentElementStore } from './navigation/currentElement';
import { collectOutlineMarkers } from './panels/outlineMarkers';
import { useFindings } from './findings/useFindings';
import { DraftingFilterContext, NO_FILTER, type DraftingFilter } from './drafting/filterContext';
import { SkipLink, WorkspacePanes } from './layout/WorkspacePanes';
import { SidePanelArea } from './panels/SidePanelArea';
import { useInfo, useProject, useProjectInfo, useProjectStore, useStoreState } from './store/useProjectStore';
import type { DocumentEditor } from './editor/useDocumentEditor';
import { problemOf } from './components/problemText';
import { ImplementationView } from './record/ImplementationView';
import { ViewSwitch, type WorkspaceView } from './record/ViewSwitch';


/** Suggested Save As name (the browser build saves into main's projects folder): the open file's name with -copy. */
function saveAsSuggestion(name: string | null): string {
  if (!name || !/\.json$/i.test(name)) return 'framework-copy.json';
  return name.replace(/\.json$/i, '-copy.json');
}

/**
 * The layout: project bar on top; outline | editor | side panels (a tab strip) below.
 *
 * The workspace itself reads only the few project facts it acts on (read-only, built-in, unsaved,
 * the load error…), never the whole state: each pane reads its own part of the store, so a
 * committed keystroke re-renders the field, its row and what shows that part (outline node,
 * findings), and opening a dialog or choosing a tab re-renders neither the outline nor the editor.
 */
export function Workspace() {
  const { t, i18n } = useTranslation();
  const store = useProjectStore();
  const [selection, setSelection] = useState<NavigationTarget | null>(null);
  const [view, setView] = useState<WorkspaceView>('document');
  // Going to an element (outline, find, findings) shows the document.
  const navigate = useCallback((target: NavigationTarget) => {
    setView('document');
    setSelection(target);
  }, []);
  const navigation = useMemo(() => ({ selection, navigate }), [selection, navigate]);
  // The element the user is on: the one gone to, or the one whose field took focus (EditorView); the outline follows it.
  const [currentElement] = useState(createCurrentElementStore);
  useEffect(() => {
    if (selection) currentElement.set(selection.elementId);
  }, [selection, currentElement]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const confirm = useConfirm();
  const [dismissedLoadError, setDismissedLoadError] = useState(false);
  const [panel, setPanel] = useState<string | null>(null);
  const [draftingFilter, setDraftingFilter] = useState<DraftingFilter>(NO_FILTER);
  const filterState = useMemo(() => ({ filter: draftingFilter, setFilter: setDraftingFilter }), [draftingFilter]);
  const [saveAsOpen, setSaveAsOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const editor = useDocumentEditor(store, setProblem);
  const readOnly = useInfo(readOnlyOf);
  const builtin = useInfo(builtinOf);
  const unsaved = useInfo(unsavedOf);
  const fileName = useInfo(fileNameOf);
  const readOnlyFile = useInfo(readOnlyFileOf);
  const infoLoadError = useInfo(loadErrorOf);
  // From the outline: Enter (focusEditor) puts the caret in the element's first field, a click leaves focus in the outline.
  const selectElement = useCallback((elementId: string, focusEditor?: boolean) => setSelection(focusEditor ? { elementId, focus: 'firstField' } : { elementId }), []);

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
    // The desktop asks with its own dialog; the browser build asks for a name (main chooses the folder).
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
        if (!readOnly) void editor.undo();
        break;
      case 'redo':
        if (!readOnly) void editor.redo();
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
        void run(() => api.openProject({ project: c.project }));
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
      case 'flushBeforeClose':
        // The desktop is closing or quitting: send the typing not committed yet, then say so.
        void answerFlushBeforeClose(editor, (req) => api.flushDone(req), c.id);
        break;
      default:
        break;
    }
  });

  // Leaving the page with edits not yet on disk (or typing not yet committed) asks first, and
  // sends the typing on its way; the desktop asks in main instead.
  const actions = editor.actions;
  useEffect(() => {
    // In the desktop app main asks (a cancelled beforeunload there would silently refuse to close).
    if (builtin || typeof window.api !== 'undefined') return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!unsaved && !actions.hasDrafts()) return;
      void actions.flushDrafts();
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, builtin, actions]);

  // The failed project is named by the handle main put on its problem (never by a path).
  const openBackupOf = async (failed: Problem, project: string) => {
    const backups = await api.listBackups({ project });
    if (backups.length === 0) {
      setProblem({ code: 'no-backup', file: failed.file });
      return;
    }
    await run(() => api.openBackup({ project, backup: backups[0].handle }));
  };

  const takeOver = async (project: string, holder: Problem['data']) => {
    const ok = await confirm({
      title: t('project.lock.takeOver'),
      message: t('project.lock.confirm', holder ?? { user: '?', host: '?', since: '?' }),
      confirmLabel: t('project.lock.takeOver'),
    });
    if (ok) await run(() => api.openProject({ project, takeOver: true }));
  };

  const loadError = !dismissedLoadError ? infoLoadError : null;
  const openExport = useCallback(() => setExportOpen(true), []);
  const closeExport = useCallback(() => setExportOpen(false), []);
  const shown = problem ?? loadError;

  return (
    <EditorActionsContext.Provider value={editor.actions}>
      <CurrentElementContext.Provider value={currentElement}>
      <NavigateContext.Provider value={navigate}>
      <NavigationContext.Provider value={navigation}>
        <DraftingFilterContext.Provider value={filterState}>
        <div className="app">
          <SkipLink />
          <InfoBars editor={editor} run={run} saveAs={saveAs} onExport={openExport} onLanguage={setLanguage} />
          {shown && (
            <ProblemBanner
              title={shown.code.startsWith('load-') ? t('project.loadErrorTitle') : t('project.errorTitle')}
              problem={shown}
              onOpenBackup={shown.code.startsWith('load-') && shown.handle ? () => void openBackupOf(shown, shown.handle!) : undefined}
              onTakeOver={shown.code === 'locked' && shown.handle ? () => void takeOver(shown.handle!, shown.data) : undefined}
              onDismiss={() => (problem ? setProblem(null) : setDismissedLoadError(true))}
            />
          )}
          {builtin && <p className="builtin-banner">{t('app.builtinBanner')}</p>}
          {readOnlyFile && (
            <p className="builtin-banner" role="status" data-testid="read-only-banner">
              {t(readOnlyFile === 'file' ? 'project.readOnly.file' : 'project.readOnly.folder')}{' '}
              <button type="button" onClick={saveAs}>{t('editor.saveError.saveAs')}</button>
            </p>
          )}
          <ViewSwitch view={view} onView={setView} />
          <WorkspacePanes
            sideOpen={panel !== null}
            onCloseSide={() => setPanel(null)}
            outline={view === 'implementation' ? null : <OutlinePane onSelect={selectElement} />}
            editor={view === 'implementation' ? <ImplementationView /> : <EditorPane />}
            side={<SidePanels active={panel} onActive={setPanel} editor={editor} />}
          />
          {exportOpen && <ExportDialogAtRevision onClose={closeExport} />}
          {saveAsOpen && (
            <SaveAsDialog
              suggestion={saveAsSuggestion(fileName)}
              onCancel={() => setSaveAsOpen(false)}
              onSave={(name) => {
                setSaveAsOpen(false);
                void run(async () => api.saveAs({ target: (await api.chooseSaveTarget({ name })).handle }));
              }}
            />
          )}
        </div>
        </DraftingFilterContext.Provider>
      </NavigationContext.Provider>
      </NavigateContext.Provider>
      </CurrentElementContext.Provider>
    </EditorActionsContext.Provider>
  );
}

const readOnlyOf = (i: ProjectInfo) => i.readOnly;
const builtinOf = (i: ProjectInfo) => i.builtin;
const unsavedOf = (i: ProjectInfo) => i.saveState !== 'saved';
const fileNameOf = (i: ProjectInfo) => (i.file === null ? null : i.name);
const readOnlyFileOf = (i: ProjectInfo) => i.readOnlyFile ?? null;
const loadErrorOf = (i: ProjectInfo) => i.loadError;
const revisionOf = (i: ProjectInfo) => i.revision;
const frameworkOf = (p: Project) => p.framework;
const projectOf = (p: Project) => p;

interface InfoBarsProps {
  editor: DocumentEditor;
  run: (action: () => Promise<Snapshot>) => Promise<void>;
  saveAs: () => void;
  onExport: () => void;
  onLanguage: (lang: UiLanguage) => void;
}

/** The bars that show the project info (name, save state, undo/redo labels, save errors): they follow every change, and are small. */
function InfoBars({ editor, run, saveAs, onExport, onLanguage }: InfoBarsProps) {
  const info = useProjectInfo();
  return (
    <>
      <div data-region="bar">
        <ProjectBarWithDrafts
          info={info}
          onNewFromBuiltin={() => void run(() => api.newFromBuiltin({}))}
          onOpen={() => void run(() => api.openProject({}))}
          onOpenBuiltin={() => void run(() => api.openBuiltin({}))}
          onExport={onExport}
          onLanguage={onLanguage}
        />
        <EditorToolbar
          info={info}
          onUndo={() => void editor.undo()}
          onRedo={() => void editor.redo()}
          onSaveAs={saveAs}
          onOpenRecent={(project) => void run(() => api.openProject({ project }))}
          onNewEmpty={() => void run(() => api.newEmpty({}))}
        />
      </div>
      <SaveErrorBanner info={info} onRetry={() => void run(() => api.retrySave({}))} onSaveAs={saveAs} />
      <FileChangedBanner info={info} run={run} onSaveAs={saveAs} />
    </>
  );
}

/**
 * The outline with its markers; re-renders when the project or the findings change (it follows
 * the current element itself). The markers are cached by the parts they read (findings, review),
 * so a keystroke recomputes none of them.
 */
const OutlinePane = memo(function OutlinePane({ onSelect }: { onSelect: (id: string, focusEditor?: boolean) => void }) {
  const project = useProject(projectOf);
  // The checker worker's findings arrive on their own (useFindings), after typing pauses.
  const findings = useFindings();
  const markers = useMemo(() => collectOutlineMarkers(project, findings), [project, findings]);
  return <OutlineTree framework={project.framework} onSelect={onSelect} markers={markers} />;
});

/** The editor reads the framework itself: a dialog or a tab opening in the workspace does not re-render it. */
const EditorPane = memo(function EditorPane() {
  const fw = useProject(frameworkOf);
  const readOnly = useInfo(readOnlyOf);
  return <EditorView fw={fw} readOnly={readOnly} />;
});

/** The side panels are given the whole state (their context), read here rather than in the workspace. */
const SidePanels = memo(function SidePanels({ active, onActive, editor }: { active: string | null; onActive: (id: string | null) => void; editor: DocumentEditor }) {
  const snapshot = useStoreState()!;
  const context = useMemo(() => ({ snapshot, editor }), [snapshot, editor]);
  return <SidePanelArea active={active} onActive={onActive} context={context} />;
});

/** The export dialog follows the revision (its pre-flight is made for one). */
function ExportDialogAtRevision({ onClose }: { onClose: () => void }) {
  const revision = useInfo(revisionOf);
  return <ExportDialog revision={revision} onClose={onClose} />;
}
