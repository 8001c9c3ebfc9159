import type { BiText } from '../model/bilingual';
import type { Action, Activity, AnnexEntry, Component, Framework, ListItem, Note, PlanComponent, PriorityArea, Section } from '../model/framework';
import { computeLabels, type Labels } from '../model/labels';
import { perObject, perPart } from '../model/perPart';

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
 * nodes' identity across edits, even when the labels changed (a row inserted above renumbers
 * only the rows after it) and only the nodes on an edited element's path are new.
 */
const made = new WeakMap<object, OutlineNode>();

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function node(labels: Labels, part: object, id: string, kind: OutlineKind, title: BiText | null, texts: readonly BiText[], children: OutlineNode[] = NONE as never[]): OutlineNode {
  const l = labels.get(id);
  const label = l?.label ?? '';
  const labelOverridden = l?.overridden ?? false;
  const prev = made.get(part);
  if (prev && prev.id === id && prev.kind === kind && prev.label === label && prev.labelOverridden === labelOverridden && prev.title === title && same(prev.texts, texts) && same(prev.children, children)) return prev;
  const next: OutlineNode = { id, kind, label, labelOverridden, title, texts, children };
  made.set(part, next);
  return next;
}

// Each part's subtree, per part and labels map (shared/model/perPart.ts): an unchanged part under
// unchanged labels (typing changes none) is not walked at all; after a keystroke only the
// edited element's path is visited.
type Ctx = readonly [Labels];
const mainActivityNode = perPart((m: ListItem, [labels]: Ctx) => node(labels, m, m.id, 'mainActivity', m.text, [m.text]));
const componentNode = perPart((c: Component, ctx: Ctx) =>
  node(ctx[0], c, c.id, 'component', c.title, [c.title], c.mainActivities.map((m) => mainActivityNode(m, ctx))));
const activityNode = perPart((act: Activity, [labels]: Ctx) => node(labels, act, act.id, 'activity', act.text, [act.text, act.schedule.text]));
const actionNode = perPart((a: Action, ctx: Ctx) => node(ctx[0], a, a.id, 'action', a.title, [a.title], a.activities.map((act) => activityNode(act, ctx))));
const planComponentNode = perPart((pc: PlanComponent, ctx: Ctx) =>
  node(ctx[0], pc, pc.id, 'planComponent', pc.focus, [pc.focus], pc.actions.map((a) => actionNode(a, ctx))));
const actionPlanNode = perPart((plan: Framework['actionPlan'], ctx: Ctx) =>
  node(ctx[0], plan, '#actionPlan', 'actionPlan', null, NONE, plan.components.map((pc) => planComponentNode(pc, ctx))));
const noteNode = perPart((n: Note, [labels]: Ctx) => node(labels, n, n.id, 'note', n.text, [n.text]));
const notesNode = perPart((notes: Framework['notes'], ctx: Ctx) =>
  node(ctx[0], notes, '#notes', 'notes', notes.title, [notes.title], notes.items.map((n) => noteNode(n, ctx))));
const entryNode = perPart((e: AnnexEntry, [labels]: Ctx) => node(labels, e, e.id, 'annexEntry', e.text, [e.time, e.place, e.text]));
const areaNode = perPart((a: PriorityArea, ctx: Ctx) => node(ctx[0], a, a.id, 'priorityArea', a.heading, [a.heading], a.entries.map((e) => entryNode(e, ctx))));
const annexNode = perPart((ax: Framework['annex'], ctx: Ctx) =>
  node(ctx[0], ax, ax.id, 'annex', ax.title, [ax.title, ax.columns.number, ax.columns.timePlace, ax.columns.text], ax.areas.map((a) => areaNode(a, ctx))));
const metadataNode = perPart((md: Framework['metadata'], [labels]: Ctx) => node(labels, md, '#metadata', 'metadata', md.title, [md.title, md.shortTitle]));

/**
 * The whole framework as a navigable tree, in document order. Pure; incremental across revisions
 * of one project (see `made` and the per-part subtrees above): after an edit only the edited
 * element and its ancestors are new nodes. Made once per framework revision (the outline and its
 * findings markers share it): never change it.
 */
export const buildOutline: (fw: Framework) => readonly OutlineNode[] = perObject((fw: Framework) => outlineNow(fw));

function outlineNow(fw: Framework): OutlineNode[] {
  const labels = computeLabels(fw);
  const ctx: Ctx = [labels];
  // Sections are walked each time: an anchor puts the components, the plan or the notes inside
  // one, and those are not part of the section object.
  const sectionNode = (s: Section): OutlineNode => {
    const children: OutlineNode[] = [];
    for (const b of s.blocks) {
      if (b.type === 'components') for (const c of fw.components) children.push(componentNode(c, ctx));
      else if (b.type === 'actionPlan') children.push(actionPlanNode(fw.actionPlan, ctx));
      else if (b.type === 'notes') children.push(notesNode(fw.notes, ctx));
    }
    return node(labels, s, s.id, 'section', s.title, [s.title], [...children, ...s.subsections.map(sectionNode)]);
  };
  return [metadataNode(fw.metadata, ctx), ...fw.sections.map(sectionNode), annexNode(fw.annex, ctx)];
}
