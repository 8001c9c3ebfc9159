import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { localizeLabel } from '../../../shared/model/labelWords';
import type { OutlineNode } from '../../../shared/outline/buildOutline';
import { stripInlineMarkup } from '../../../shared/text/inline';
import { useMark, type MarksStore } from './outlineMarks';

/** A node's title as the row shows it (and type-ahead matches it) in the UI language. */
export function nodeTitle(n: OutlineNode, lang: 'en' | 'zh', t: TFunction): string {
  if (n.kind === 'metadata') return t('outline.metadata');
  if (n.kind === 'actionPlan') return t('outline.actionPlan');
  const text = n.title ? n.title[lang].text || n.title.en.text : '';
  return stripInlineMarkup(text) || t('outline.untitled');
}

/** Indentation per level, in pixels. */
const INDENT = 14;

interface Props {
  node: OutlineNode;
  index: number;
  /** Top of the row in the tree, in pixels. */
  top: number;
  level: number;
  setSize: number;
  posInSet: number;
  expanded: boolean;
  lang: 'en' | 'zh';
  marks: MarksStore;
  measure: (el: Element | null) => void;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
}

/**
 * One row of the windowed outline: a tree item placed at its offset, saying where it sits in the
 * tree (level, position among its siblings) since its parent and siblings may not be in the page.
 * Memoised on values that stay equal across edits elsewhere, so typing re-renders no row but the
 * edited node's.
 */
export const OutlineItem = memo(function OutlineItem({ node: n, index, top, level, setSize, posInSet, expanded, lang, marks, measure, onSelect, onToggle }: Props) {
  const { t } = useTranslation();
  const current = useMark(marks, (m) => m.current === n.id);
  const tabbable = useMark(marks, (m) => m.tabbable === n.id);
  const untranslated = useMark(marks, (m) => m.untranslated.has(n.id));
  const findings = useMark(marks, (m) => m.markers?.get(n.id)?.findings);
  const comments = useMark(marks, (m) => m.markers?.get(n.id)?.comments);
  const parent = n.children.length > 0;
  return (
    <div
      ref={measure}
      data-index={index}
      role="treeitem"
      className={current ? 'outline-row current' : 'outline-row'}
      aria-level={level}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-selected={current}
      aria-expanded={parent ? expanded : undefined}
      style={{ transform: `translateY(${top}px)`, paddingLeft: 6 + (level - 1) * INDENT }}
    >
      {parent ? (
        <button type="button" className="outline-toggle" tabIndex={-1} aria-label={expanded ? t('outline.collapse') : t('outline.expand')} onClick={() => onToggle(n.id)}>
          {expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="outline-toggle" />
      )}
      <button
        type="button"
        className={`outline-node outline-${n.kind}`}
        data-id={n.id}
        tabIndex={tabbable ? 0 : -1}
        data-region-entry={tabbable ? '' : undefined}
        aria-current={current ? 'location' : undefined}
        onClick={() => onSelect(n.id)}
      >
        {/* The tree keeps the stored label (its nodes are shared across edits whatever the language); shown as the UI language prints it. */}
        {n.label && <span className={n.labelOverridden ? 'label overridden' : 'label'}>{localizeLabel(n.label, lang)}</span>}
        <span className="title">{nodeTitle(n, lang, t)}</span>
        {untranslated && <span className="marker untranslated" title={t('outline.marker.untranslated')} data-marker="untranslated">◐</span>}
        {findings ? <span className="marker findings" title={t('outline.marker.findings', { count: findings })} data-marker="findings">{findings}</span> : null}
        {comments ? <span className="marker comments" title={t('outline.marker.comments', { count: comments })} data-marker="comments">✎{comments}</span> : null}
      </button>
    </div>
  );
});
