import { useTranslation } from 'react-i18next';
import { useSnapshot } from './hooks/useSnapshot';
import { Workspace } from './Workspace';

/**
 * The app: waits for the first snapshot of the open project, then shows the workspace
 * (renderer/src/Workspace.tsx: project bar, outline | editor | side panels). Side panels are
 * added in renderer/src/panels/sidePanels.tsx, outline markers in panels/outlineMarkers.ts.
 */
export function App() {
  const { t } = useTranslation();
  const [snapshot, setSnapshot] = useSnapshot();
  if (!snapshot) return <p className="loading">{t('app.loading')}</p>;
  return <Workspace snapshot={snapshot} setSnapshot={setSnapshot} />;
}
