import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { type OutlineNode } from '../../../shared/outline/buildOutline';
import { flattenOutline, pathTo, rowStartingWith } from '../../../shared/outline/flattenOutline';
import type { OutlineMarkers } from '../panels/outlineMarkers';
import { useDerived } from '../hooks/useDerived';
import { useListWindow } from '../hooks/useListWindow';
import { FilterBar } from '../drafting/FilterBar';
import { useDraftingFilter } from '../drafting/filterContext';
import { visibleIds } from '../drafting/visibleIds';
import { useCurrentElement } from '../navigation/currentElement';
import { OutlineItem, nodeTitle } from './OutlineItem';
import { createMarks } from './outlineMarks';
import { nearestOutlineNode, outlineOf, untranslatedOf } from './outlineModel';
import './outline.css';

/** The nodes a filter keeps: those it names and those with a kept descendant (containers such as the action plan). */
function filterNodes(nodes: readonly OutlineNode[], keep: Set<string>): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const n of nodes) {
    const children = filterNodes(n.children, keep);
    if (keep.has(n.id) || children.length > 0) out.push(children.length === n.children.length ? n : { ...n, children });
  }
  return out;
}

/** Above this many annex entries the outline starts with the priority areas folded. */
const LARGE_ANNEX = 300;
/** A row's height before it is measured (one line). */
const ROW_HEIGHT = 24;
/**
 * Rows either side of the viewport kept in the page: most of the published edition's 146 rows
 * (all but the annex entries when scrolled to the top), about 200 of the ~1,200 at 10×.
 */
const OVERSCAN = 80;
/** Typed characters within this many milliseconds make one type-ahead prefix. */
const TYPE_AHEAD_MS = 700;

interface Props {
  framework: Framework;
  /** Go to an element; `focusEditor` when the keyboard asked (Enter) for the caret in its first field. */
  onSelect: (id: string, focusEditor?: boolean) => void;
  /** Findings / comments counts per element, from the features that have them. */
  markers?: OutlineMarkers;
}

/**
 * The framework's outline: sections, components, the action plan, notes and the annex, as a tree
 * windowed over its rows (@tanstack/react-virtual): the tree is flattened into the rows its
 * expanded nodes show, and only those near the viewport (plus the focused and the current one)
 * are in the page; each says its level and place among its siblings.
 *
 * Keyboard (WAI-ARIA tree): ↑/↓ previous/next row, Home/End, → expands (or goes to the first
 * child), ← collapses (or goes to the parent), typing a title's first letters goes to it, Enter
 * opens the element with the caret in its first field. It follows the element the user is on
 * (useCurrentElement): expands its ancestors, scrolls it into view and highlights it.
 */
export function OutlineTree({ framework, onSelect, markers }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'zh' ? 'zh' : 'en';
  const roots = useDerived(framework, outlineOf);
  const { filter } = useDraftingFilter();
  const shownRoots = useMemo(() => {
    const keep = visibleIds(framework, filter);
    return keep ? filterNodes(roots, keep) : roots;
  }, [framework, filter, roots]);
  const untranslated = useDerived(roots, untranslatedOf);

  // A very large framework opens with the annex's priority areas folded (about a thousand entries).
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() =>
    framework.annex.areas.reduce((n, a) => n + a.entries.length, 0) > LARGE_ANNEX ? new Set(framework.annex.areas.map((a) => a.id)) : new Set(),
  );

  // The element the user is on, as its nearest outline node (looked up when it changes, not per edit);
  // its ancestors are opened once when it becomes current.
  const currentElement = useCurrentElement();
  const current = useDerived(currentElement, (id: string | null) => (id === null ? null : nearestOutlineNode(framework, roots, id)));
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  if (current !== openedFor) {
    setOpenedFor(current);
    const closed = (current === null ? [] : (pathTo(roots, current) ?? []).slice(0, -1)).map((n) => n.id).filter((id) => collapsed.has(id));
    if (closed.length > 0) setCollapsed((prev) => new Set([...prev].filter((id) => !closed.includes(id))));
  }

  const rows = useMemo(() => flattenOutline(shownRoots, collapsed), [shownRoots, collapsed]);
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.node.id, i])), [rows]);

  // Roving tabindex: the row last moved to with the keyboard, until the current element changes; then the current row.
  const [active, setActive] = useState<{ id: string; current: string | null } | null>(null);
  const tabbable = [active && active.current === current ? active.id : null, current, rows[0]?.node.id ?? null].find((id) => id !== null && indexOf.has(id)) ?? null;

  const [marks] = useState(() => createMarks({ current, tabbable, untranslated, markers }));
  useLayoutEffect(() => marks.set({ current, tabbable, untranslated, markers }), [marks, current, tabbable, untranslated, markers]);

  const tree = useRef<HTMLDivElement>(null);
  const keep = useMemo(() => [tabbable, current].flatMap((id) => (id !== null && indexOf.has(id) ? [indexOf.get(id)!] : [])), [tabbable, current, indexOf]);
  const { virtualizer, items, totalSize, margin, measure } = useListWindow({
    list: tree,
    scroller: '.outline',
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (i) => rows[i].node.id,
    overscan: OVERSCAN,
    keep,
  });

  // The current row is scrolled into view when it becomes current (not again while the user scrolls away).
  const followed = useRef<string | null>(null);
  const currentIndex = current === null ? undefined : indexOf.get(current);
  useLayoutEffect(() => {
    if (current === followed.current || currentIndex === undefined) return;
    followed.current = current;
    virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [current, currentIndex, virtualizer]);

  // A row moved to with the keyboard takes focus once it is drawn (it is kept in the page as the tabbable row).
  const focusPending = useRef<string | null>(null);
  useLayoutEffect(() => {
    const id = focusPending.current;
    if (id === null) return;
    const button = tree.current?.querySelector<HTMLButtonElement>(`button.outline-node[data-id="${CSS.escape(id)}"]`);
    if (!button) return;
    focusPending.current = null;
    button.focus({ preventScroll: true });
  });
  const moveTo = (i: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, i))];
    if (!row) return;
    focusPending.current = row.node.id;
    setActive({ id: row.node.id, current });
    virtualizer.scrollToIndex(indexOf.get(row.node.id)!, { align: 'auto' });
  };

  const toggle = useCallback(
    (id: string, open?: boolean) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (open ?? prev.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const typed = useRef({ text: '', at: 0 });
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.target instanceof HTMLButtonElement) || !e.target.classList.contains('outline-node')) return;
    const id = e.target.dataset.id!;
    const i = indexOf.get(id);
    if (i === undefined) return;
    const row = rows[i];
    switch (e.key) {
      case 'ArrowDown':
        moveTo(i + 1);
        break;
      case 'ArrowUp':
        moveTo(i - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.node.children.length === 0) return;
        if (row.expanded) moveTo(i + 1);
        else toggle(id, true);
        break;
      case 'ArrowLeft':
        if (row.expanded) toggle(id, false);
        else if (row.parent >= 0) moveTo(row.parent);
        break;
      case 'Enter':
        onSelect(id, true);
        break;
      default: {
        if (e.key.length !== 1 || e.ctrlKey || e.altKey || e.metaKey || (e.key === ' ' && typed.current.text === '')) return;
        const now = e.timeStamp;
        const more = now - typed.current.at < TYPE_AHEAD_MS;
        typed.current = { text: (more ? typed.current.text : '') + e.key, at: now };
        const texts = rows.map((r) => nodeTitle(r.node, lang, t));
        // Further letters keep matching the row already reached; a first letter looks from the next one.
        const found = rowStartingWith(texts, more ? i - 1 : i, typed.current.text);
        if (found >= 0) moveTo(found);
      }
    }
    e.preventDefault();
  };

  return (
    <nav className="outline" aria-label={t('outline.title')} onKeyDown={onKeyDown}>
      <FilterBar fw={framework} where="outline" />
      {rows.length === 0 && <p className="outline-empty">{t('drafting.filter.nothing')}</p>}
      <div ref={tree} role="tree" aria-label={t('outline.title')} className="outline-tree" style={{ height: totalSize }}>
        {items.map((item) => {
          const r = rows[item.index];
          return (
            <OutlineItem
              key={item.key}
              node={r.node}
              index={item.index}
              top={item.start - margin}
              level={r.level}
              setSize={r.setSize}
              posInSet={r.posInSet}
              expanded={r.expanded}
              lang={lang}
              marks={marks}
              measure={measure}
              onSelect={onSelect}
              onToggle={toggle}
            />
          );
        })}
      </div>
    </nav>
  );
}
