import { useEffect, type KeyboardEvent } from 'react';
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
  const open = sidePanels.find((p) => p.id === active) ?? null;
  // One tab stop for the strip (WAI-ARIA tabs): ↑/↓ (or ←/→) move between tabs, Enter/Space opens.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const i = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    tabs[(i + step + tabs.length) % tabs.length].focus();
  };
  // Alt+Shift+1… open each panel from anywhere.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const n = Number(e.code.replace(/^Digit/, ''));
      const p = Number.isInteger(n) && n >= 1 ? sidePanels[n - 1] : undefined;
      if (!p) return;
      e.preventDefault();
      onActive(p.id);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.side-tabs [data-panel="${p.id}"]`)?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onActive]);
  if (sidePanels.length === 0) return null;
  return (
    <aside className={open ? 'side-panels open' : 'side-panels'} aria-label={t('panels.title')}>
      <div className="side-tabs" role="tablist" aria-orientation="vertical" onKeyDown={onTabKey}>
        {sidePanels.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            aria-selected={p.id === active}
            data-panel={p.id}
            data-region-entry={p.id === (open?.id ?? sidePanels[0].id) ? '' : undefined}
            tabIndex={p.id === (open?.id ?? sidePanels[0].id) ? 0 : -1}
            aria-controls={p.id === active ? `side-panel-${p.id}` : undefined}
            aria-keyshortcuts={`Alt+Shift+${sidePanels.indexOf(p) + 1}`}
            onClick={() => onActive(p.id === active ? null : p.id)}
          >
            {t(p.titleKey)}
          </button>
        ))}
      </div>
      {open && (
        <div className="side-panel" role="tabpanel" id={`side-panel-${open.id}`} aria-label={t(open.titleKey)} data-panel={open.id}>
          {open.render(context)}
        </div>
      )}
    </aside>
  );
}
