import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Problem, type Snapshot } from '../../shared/ipc/contract';
import { UI_LANGUAGE_KEY, type UiLanguage } from '../i18n';
import { api } from './api';
import { OutlineTree } from './components/OutlineTree';
import { ProblemBanner } from './components/ProblemBanner';
import { ProjectBar } from './components/ProjectBar';
import { useSnapshot } from './hooks/useSnapshot';
import { NavigationContext, type NavigationTarget } from './navigation/NavigationContext';

function toProblem(e: unknown): Problem {
  return e instanceof ApiError ? e.problem : { code: 'error', message: String(e) };
}

export function App() {
  const { t, i18n } = useTranslation();
  const [snapshot, setSnapshot] = useSnapshot();
  const [selection, setSelection] = useState<NavigationTarget | null>(null);
  const navigation = useMemo(() => ({ selection, navigate: setSelection }), [selection]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [dismissedLoadError, setDismissedLoadError] = useState(false);

  if (!snapshot) return <p className="loading">{t('app.loading')}</p>;
  const { info, project } = snapshot;

  const run = async (action: () => Promise<Snapshot>) => {
    try {
      setSnapshot(await action());
      setProblem(null);
    } catch (e) {
      const p = toProblem(e);
      if (p.code !== 'cancelled') setProblem(p);
    }
  };

  const openBackupOf = async (file: string) => {
    const backups = await api.listBackups({ file });
    if (backups.length === 0) {
      setProblem({ code: 'no-backup', message: t('project.noBackup'), file });
      return;
    }
    await run(() => api.openBackup({ file, backup: backups[0].file }));
  };

  const setLanguage = (lang: UiLanguage) => {
    void i18n.changeLanguage(lang);
    try {
      localStorage.setItem(UI_LANGUAGE_KEY, lang);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for this session.
    }
  };

  const loadError = !dismissedLoadError ? info.loadError : null;
  const shown = problem ?? loadError;

  return (
    <div className="app">
      <ProjectBar
        info={info}
        onNewFromBuiltin={() => void run(() => api.newFromBuiltin({}))}
        onOpen={() => void run(() => api.openProject({}))}
        onOpenBuiltin={() => void run(() => api.openBuiltin({}))}
        onLanguage={setLanguage}
      />
      {shown && (
        <ProblemBanner
          title={shown.code.startsWith('load-') ? t('project.loadErrorTitle') : t('project.errorTitle')}
          problem={shown}
          onOpenBackup={shown.code.startsWith('load-') && shown.file ? () => void openBackupOf(shown.file!) : undefined}
          onDismiss={() => (problem ? setProblem(null) : setDismissedLoadError(true))}
        />
      )}
      {info.builtin && <p className="builtin-banner">{t('app.builtinBanner')}</p>}
      <NavigationContext.Provider value={navigation}>
        <main className="workspace">
          <OutlineTree framework={project.framework} selectedId={selection?.elementId ?? null} onSelect={(elementId) => setSelection({ elementId })} />
        </main>
      </NavigationContext.Provider>
    </div>
  );
}
