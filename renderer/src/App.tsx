import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api';
import { ConfirmProvider } from './dialog/ConfirmProvider';
import { createProjectStore } from './store/projectStore';
import { ProjectStoreContext, useStoreSelector } from './store/useProjectStore';
import { Workspace } from './Workspace';

/**
 * The app: holds the one project store (renderer/src/store: main's patches applied to one copy),
 * waits for its first snapshot, then shows the workspace (renderer/src/Workspace.tsx: project bar,
 * outline | editor | side panels). Side panels are added in renderer/src/panels/sidePanels.tsx,
 * outline markers in panels/outlineMarkers.ts.
 */
export function App() {
  const store = useMemo(() => createProjectStore(api), []);
  useEffect(() => store.start(), [store]);
  return (
    <ProjectStoreContext.Provider value={store}>
      <ConfirmProvider>
        <WhenLoaded />
      </ConfirmProvider>
    </ProjectStoreContext.Provider>
  );
}

function WhenLoaded() {
  const { t } = useTranslation();
  const loaded = useStoreSelector(isLoaded);
  if (!loaded) return <p className="loading">{t('app.loading')}</p>;
  return <Workspace />;
}

const isLoaded = (s: unknown) => s !== null;
