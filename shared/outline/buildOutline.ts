import type { BiText } from '../model/bilingual';
import type { Framework, Section } from '../model/framework';
import { computeLabels } from '../model/labels';

/** What a node of the outline stands for; the UI picks icons and editors by kind. */
export type OutlineKind =
  | 'metadata'
  | 'section'
  | 'component'
  | 'mainActivity'
  | 'actionPlan'
  | 'planComponent'
  | 'action'
  | 'activity'
  | 'notes'
  | 'note'
  | 'annex'
  | 'priorityArea'
  | 'annexEntry';

export interface OutlineNode {
  /** The element's id (for container nodes without an element, a fixed id such as `#metadata`). */
  id: string;
  kind: OutlineKind;
  /** Printed label ("2.1", "Component 3", "Activity 2-1"), or '' when the element has none. */
  label: string;
  /** Whether the label was typed by hand rather than derived from position. */
  labelOverridden: boolean;
  /** The element's title or text; the UI shows the current UI language, falling back to English. */
  title: BiText | null;
  /** Every bilingual field of the element (as `listElements` names them), for markers such as "untranslated". */
  texts: readonly BiText[];
  children: OutlineNode[];
}

const NONE: readonly never[] = [];

/**
 * The last node made for each part of a framework (keyed by the part object: a section, an
 * activity…). A node is reused when the node it would make now is equal field by field (label,
 * title and texts by identity, children the very same nodes), so unchanged parts keep their
 * nodes' identity across edits and only the nodes on an edited element's path are new. The
 * project store keeps untouched parts by identity, so this costs a walk of lookups per revision.
 */
const made = new WeakMap<object, OutlineNode>();

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The whole framework as a navigable tree, in document order. Pure; incremental across revisions
 * of one project (see `made`): after an edit only the edited element and its ancestors are new nodes.
 */
export function buildOutline(fw: Framework): OutlineNode[] {
  const labels = computeLabels(fw);
  const node = (part: object, id: string, kind: OutlineKind, title: BiText | null, texts: readonly BiText[], children: OutlineNode[] = NONE as never[]): OutlineNode => {
    const l = labels.get(id);
    const label = l?.label ?? '';
    const labelOverridden = l?.overridden ?? false;
    const prev = made.get(part);
    if (prev && prev.id === id && prev.kind === kind && prev.label === label && prev.labelOverridden === labelOverridden && prev.title === title && same(prev.texts, texts) && same(prev.children, children)) return prev;
    const next: OutlineNode = { id, kind, label, labelOverridden, title, texts, children };
    made.set(part, next);
    return next;
  };

  const sectionNode = (s: Section): OutlineNode => {
    const children: OutlineNode[] = [];
    for (const b of s.blocks) {
      if (b.type === 'components') {
        for (const c of fw.components) {
          children.push(node(c, c.id, 'component', c.title, [c.title], c.mainActivities.map((m) => node(m, m.id, 'mainActivity', m.text, [m.text]))));
        }
      } else if (b.type === 'actionPlan') {
        children.push(node(fw.actionPlan, '#actionPlan', 'actionPlan', null, NONE, fw.actionPlan.components.map((pc) =>
          node(pc, pc.id, 'planComponent', pc.focus, [pc.focus], pc.actions.map((a) =>
            node(a, a.id, 'action', a.title, [a.title], a.activities.map((act) => node(act, act.id, 'activity', act.text, [act.text, act.schedule.text]))))))));
      } else if (b.type === 'notes') {
        children.push(node(fw.notes, '#notes', 'notes', fw.notes.title, [fw.notes.title], fw.notes.items.map((n) => node(n, n.id, 'note', n.text, [n.text]))));
      }
    }
    return node(s, s.id, 'section', s.title, [s.title], [...children, ...s.subsections.map(sectionNode)]);
  };

  const md = fw.metadata;
  const ax = fw.annex;
  return [
    node(md, '#metadata', 'metadata', md.title, [md.title, md.shortTitle]),
    ...fw.sections.map(sectionNode),
    node(ax, ax.id, 'annex', ax.title, [ax.title, ax.columns.number, ax.columns.timePlace, ax.columns.text], ax.areas.map((a) =>
      node(a, a.id, 'priorityArea', a.heading, [a.heading], a.entries.map((e) => node(e, e.id, 'annexEntry', e.text, [e.time, e.place, e.text]))))),
  ];
}
