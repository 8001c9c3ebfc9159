import { useTranslation } from 'react-i18next';

export type WorkspaceView = 'document' | 'implementation';

/** Switches the workspace between the document (outline and editor) and the Implementation view. */
export function ViewSwitch({ view, onView }: { view: WorkspaceView; onView: (v: WorkspaceView) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="view-switch" aria-label={t('record.view.switch')}>
      {(['document', 'implementation'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => onView(v)} data-testid={`view-${v}`}>
          {t(`record.view.views.${v}`)}
        </button>
      ))}
    </nav>
  );
}
