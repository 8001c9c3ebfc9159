import { useTranslation } from 'react-i18next';
import { sidePanels, type SidePanelContext } from './sidePanels';
import './sidePanels.css';

interface Props {
  /** The open tab's id, or null when the area is collapsed. */
  active: string | null;
  onActive: (id: string | null) => void;
  context: SidePanelContext;
}

/** The right-hand side panel area: a tab strip and the open panel. Clicking the open tab closes it. */
export function SidePanelArea({ active, onActive, context }: Props) {
  const { t } = useTranslation();
  if (sidePanels.length === 0) return null;
  const open = sidePanels.find((p) => p.id === active) ?? null;
  return (
    <aside className={open ? 'side-panels open' : 'side-panels'} aria-label={t('panels.title')}>
      <div className="side-tabs" role="tablist">
        {sidePanels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            aria-selected={p.id === active}
            data-panel={p.id}
            onClick={() => onActive(p.id === active ? null : p.id)}
          >
            {t(p.titleKey)}
          </button>
        ))}
      </div>
      {open && (
        <div className="side-panel" role="tabpanel" data-panel={open.id}>
          {open.render(context)}
        </div>
      )}
    </aside>
  );
}
