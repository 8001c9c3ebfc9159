import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Splitter } from './Splitter';
import { usePanelSize } from './usePanelSize';
import { useRegionCycle } from './useRegionCycle';
import './layout.css';

interface Props {
  /** Null in views without an outline (the implementation record). */
  outline: ReactNode | null;
  editor: ReactNode;
  side: ReactNode;
  /** Whether a side panel is open (its tab strip is always shown). */
  sideOpen: boolean;
  onCloseSide: () => void;
}

const OUTLINE = { min: 160, max: 640 };
const SIDE = { min: 260, max: 760 };

/**
 * The workspace below the project bar: the outline, the editor (the page's main landmark, where
 * the skip link leads) and the side panels, with a splitter between each, resizable and
 * collapsible, sizes remembered. F6 / Shift+F6 cycle the regions.
 */
export function WorkspacePanes({ outline, editor, side, sideOpen, onCloseSide }: Props) {
  const { t } = useTranslation();
  useRegionCycle();
  const [outlineSize, setOutlineSize] = usePanelSize('acec.layout.outline', { width: 260, collapsed: false }, OUTLINE.min, OUTLINE.max);
  const [sideSize, setSideSize] = usePanelSize('acec.layout.side', { width: 340, collapsed: false }, SIDE.min, SIDE.max);
  return (
    <div className="workspace" style={{ ['--side-panel-width' as string]: `${sideSize.width}px` }}>
      {outline !== null && !outlineSize.collapsed && (
        <div className="outline-pane" data-region="outline" style={{ width: outlineSize.width }}>
          {outline}
        </div>
      )}
      {outline !== null && <Splitter
        label={t('layout.resizeOutline')}
        size={outlineSize}
        onSize={setOutlineSize}
        min={OUTLINE.min}
        max={OUTLINE.max}
        side="left"
        collapseLabel={t('layout.collapseOutline')}
        expandLabel={t('layout.expandOutline')}
      />}
      <main id="editor-main" className="editor-pane" data-region="editor" tabIndex={-1} aria-label={t('layout.editor')}>
        {editor}
      </main>
      {sideOpen && (
        <Splitter
          label={t('layout.resizeSide')}
          size={{ width: sideSize.width, collapsed: false }}
          onSize={(next) => (next.collapsed ? onCloseSide() : setSideSize(next))}
          min={SIDE.min}
          max={SIDE.max}
          side="right"
          collapseLabel={t('layout.collapseSide')}
          expandLabel={t('layout.collapseSide')}
        />
      )}
      <div className="side-pane" data-region="side">
        {side}
      </div>
    </div>
  );
}

/** The first thing Tab reaches: straight to the editor, past the project bar and the outline. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#editor-main"
      onClick={(e) => {
        e.preventDefault();
        const main = document.getElementById('editor-main');
        const field = main?.querySelector<HTMLElement>('textarea, input, select, button');
        (field ?? main)?.focus();
      }}
    >
      {t('layout.skipToEditor')}
    </a>
  );
}
