import { memo, useCallback, useLayoutEffect, useMemo, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { shareStructure } from '../../../shared/checks/shareStructure';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../shared/model/framework';
import { localizeLabel } from '../../../shared/model/labelWords';
import { indexElements } from '../../../shared/model/elements';
import { needsTranslation } from '../../../shared/model/operations';
import { buildOutline, type OutlineNode } from '../../../shared/outline/buildOutline';
import { stripInlineMarkup } from '../../../shared/text/inline';
import type { OutlineMarkers } from '../panels/outlineMarkers';
import { useDerived } from '../hooks/useDerived';
import { FilterBar } from '../drafting/FilterBar';
import { useDraftingFilter } from '../drafting/filterContext';
import { visibleIds } from '../drafting/visibleIds';
import './outline.css';

/** The nodes a filter keeps: those it names and those with a kept descendant (containers such as the action plan). */
function filterNodes(nodes: OutlineNode[], keep: Set<string>): OutlineNode[] {
  const out: OutlineNode[] = [];
  for (const n of nodes) {
    const children = filterNodes(n.children, keep);
    if (keep.has(n.id) || children.length > 0) out.push(children.length === n.children.length ? n : { ...n, children });
  }
  return out;
}

/** Above this many annex entries the outline starts with the priority areas folded. */
const LARGE_ANNEX = 300;

interface Props {
  framework: Framework;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Findings / comments counts per element, from the features that have them. */
  markers?: OutlineMarkers;
}

/**
 * The framework's outline: sections, components, the action plan, notes and the annex. Keyboard:
 * ↑/↓ move between nodes, ← collapses (or goes to the parent), → expands, Home/End, Enter selects.
 * Markers: untranslated (some field of the element is missing a language or is stale), findings, comments.
 */
export function OutlineTree({ framework, selectedId, onSelect, markers }: Props) {
  const { t, i18n } = useTranslation();
  // Nodes (and the sets below) keep their identity while their content is unchanged, so after an
  // edit only the nodes on the edited element's path re-render (thousands of nodes at 10×).
  const roots = useDerived(framework, (fw, prev: OutlineNode[] | undefined) => (prev ? shareStructure(prev, buildOutline(fw)) : buildOutline(fw)));
  const { filter } = useDraftingFilter();
  const shownRoots = useMemo(() => {
    const keep = visibleIds(framework, filter);
    return keep ? filterNodes(roots, keep) : roots;
  }, [framework, filter, roots]);
  const untranslated = useDerived(framework, (fw, prev: Set<string> | undefined) => {
    const ids = new Set<string>();
    for (const el of indexElements(fw).values()) if (el.fields.some((f) => needsTranslation(f.value))) ids.add(el.id);
    return prev !== undefined && prev.size === ids.size && [...ids].every((id) => prev.has(id)) ? prev : ids;
  });
  const stableMarkers = useDerived<OutlineMarkers | undefined, OutlineMarkers | undefined>(markers, (next, prev) => {
    const same =
      prev !== undefined && next !== undefined && prev.size === next.size &&
      [...next].every(([id, m]) => prev.get(id)?.findings === m.findings && prev.get(id)?.comments === m.comments);
    return same ? prev : next;
  });
  // A very large framework opens with the annex's priority areas folded (about a thousand entries).
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() =>
    framework.annex.areas.reduce((n, a) => n + a.entries.length, 0) > LARGE_ANNEX ? new Set(framework.annex.areas.map((a) => a.id)) : new Set(),
  );
  const lang = i18n.language === 'zh' ? 'zh' : 'en';
  // What changes per node without its node changing (selection, markers, untranslated) is read by
  // each item from this store, so a new selection or a findings update re-renders only the items
  // whose own value changed, not the ~1,200 items of the outline at 10×.
  const [marks] = useState(() => createMarks({ selectedId, untranslated, markers: stableMarkers }));
  useLayoutEffect(() => marks.set({ selectedId, untranslated, markers: stableMarkers }), [marks, selectedId, untranslated, stableMarkers]);

  const toggle = useCallback(
    (id: string, open?: boolean) =>
      setCollapsed((prev) => {
        const next = new Set(prev);
        const isOpen = !prev.has(id);
        if (open ?? !isOpen) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const nodes = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button.outline-node')];
    const i = nodes.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const id = nodes[i].dataset.id!;
    const focus = (k: number) => nodes[Math.max(0, Math.min(nodes.length - 1, k))]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        focus(i + 1);
        break;
      case 'ArrowUp':
        focus(i - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(nodes.length - 1);
        break;
      case 'ArrowRight':
        toggle(id, true);
        break;
      case 'ArrowLeft': {
        const li = nodes[i].closest('li');
        if (li?.getAttribute('aria-expanded') === 'true') toggle(id, false);
        else li?.parentElement?.closest('li')?.querySelector<HTMLButtonElement>(':scope > .outline-row > button.outline-node')?.focus();
        break;
      }
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <nav className="outline" aria-label={t('outline.title')} onKeyDown={onKeyDown}>
      <FilterBar fw={framework} where="outline" />
      {shownRoots.length === 0 && <p className="outline-empty">{t('drafting.filter.nothing')}</p>}
      <ul role="tree" aria-label={t('outline.title')}>
        {shownRoots.map((n) => (
          <OutlineItem key={n.id} node={n} depth={0} lang={lang} marks={marks} collapsed={collapsed} onSelect={onSelect} onToggle={toggle} />
        ))}
      </ul>
    </nav>
  );
}

interface Marks {
  selectedId: string | null;
  untranslated: Set<string>;
  markers?: OutlineMarkers;
}

/** A tiny external store of the outline's per-node marks (read with useSyncExternalStore, one value per item). */
function createMarks(initial: Marks) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next: Marks) {
      if (next.selectedId === state.selectedId && next.untranslated === state.untranslated && next.markers === state.markers) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => {
        listeners.delete(l);
      };
    },
  };
}
type MarksStore = ReturnType<typeof createMarks>;

/** One value of the marks for an item; the item re-renders only when that value changes. */
function useMark<T>(marks: MarksStore, select: (m: Marks) => T): T {
  const read = () => select(marks.get());
  return useSyncExternalStore(marks.subscribe, read, read);
}

interface ItemProps {
  node: OutlineNode;
  depth: number;
  lang: 'en' | 'zh';
  marks: MarksStore;
  collapsed: ReadonlySet<string>;
  onSelect: (id: string) => void;
  onToggle: (id: string) => void;
}

const OutlineItem = memo(function OutlineItem({ node: n, depth, lang, marks, collapsed, onSelect, onToggle }: ItemProps) {
  const { t } = useTranslation();
  const selected = useMark(marks, (m) => m.selectedId === n.id);
  // Nothing selected yet: the first top-level node (the metadata) is the one Tab reaches.
  const entry = useMark(marks, (m) => m.selectedId === n.id || (m.selectedId === null && depth === 0 && n.kind === 'metadata'));
  const untranslated = useMark(marks, (m) => m.untranslated.has(n.id));
  const findings = useMark(marks, (m) => m.markers?.get(n.id)?.findings);
  const comments = useMark(marks, (m) => m.markers?.get(n.id)?.comments);
  const open = !collapsed.has(n.id);
  const title = (() => {
    if (n.kind === 'metadata') return t('outline.metadata');
    if (n.kind === 'actionPlan') return t('outline.actionPlan');
    const text = n.title ? n.title[lang].text || n.title.en.text : '';
    return stripInlineMarkup(text) || t('outline.untitled');
  })();
  return (
    <li role="treeitem" aria-level={depth + 1} aria-selected={selected} aria-expanded={n.children.length ? open : undefined}>
      <div className="outline-row">
        {n.children.length > 0 ? (
          <button type="button" className="outline-toggle" tabIndex={-1} aria-label={open ? t('outline.collapse') : t('outline.expand')} onClick={() => onToggle(n.id)}>
            {open ? '▾' : '▸'}
          </button>
        ) : (
          <span className="outline-toggle" />
        )}
        <button type="button" className={`outline-node outline-${n.kind}`} data-id={n.id} tabIndex={entry ? 0 : -1} data-region-entry={entry ? '' : undefined} onClick={() => onSelect(n.id)}>
          {/* The tree keeps the stored label (its nodes are shared across edits whatever the language); shown as the UI language prints it. */}
          {n.label && <span className={n.labelOverridden ? 'label overridden' : 'label'}>{localizeLabel(n.label, lang)}</span>}
          <span className="title">{title}</span>
          {untranslated && <span className="marker untranslated" title={t('outline.marker.untranslated')} data-marker="untranslated">◐</span>}
          {findings ? <span className="marker findings" title={t('outline.marker.findings', { count: findings })} data-marker="findings">{findings}</span> : null}
          {comments ? <span className="marker comments" title={t('outline.marker.comments', { count: comments })} data-marker="comments">✎{comments}</span> : null}
        </button>
      </div>
      {n.children.length > 0 && open && (
        <ul role="group">
          {n.children.map((c) => (
            <OutlineItem key={c.id} node={c} depth={depth + 1} lang={lang} marks={marks} collapsed={collapsed} onSelect={onSelect} onToggle={onToggle} />
          ))}
        </ul>
      )}
    </li>
  );
});
