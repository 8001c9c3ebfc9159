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
  children: OutlineNode[];
}

/** The whole framework as a navigable tree, in document order. Pure and cheap: rebuilt per revision. */
export function buildOutline(fw: Framework): OutlineNode[] {
  const labels = computeLabels(fw);
  const node = (id: string, kind: OutlineKind, title: BiText | null, children: OutlineNode[] = []): OutlineNode => {
    const l = labels.get(id);
    return { id, kind, label: l?.label ?? '', labelOverridden: l?.overridden ?? false, title, children };
  };

  const sectionNode = (s: Section): OutlineNode => {
    const children: OutlineNode[] = [];
    for (const b of s.blocks) {
      if (b.type === 'components') {
        for (const c of fw.components) {
          children.push(node(c.id, 'component', c.title, c.mainActivities.map((m) => node(m.id, 'mainActivity', m.text))));
        }
      } else if (b.type === 'actionPlan') {
        children.push({ ...node('#actionPlan', 'actionPlan', null), children: fw.actionPlan.components.map((pc) =>
          node(pc.id, 'planComponent', pc.focus, pc.actions.map((a) =>
            node(a.id, 'action', a.title, a.activities.map((act) => node(act.id, 'activity', act.text)))))) });
      } else if (b.type === 'notes') {
        children.push(node('#notes', 'notes', fw.notes.title, fw.notes.items.map((n) => node(n.id, 'note', n.text))));
      }
    }
    return node(s.id, 'section', s.title, [...children, ...s.subsections.map(sectionNode)]);
  };

  return [
    node('#metadata', 'metadata', fw.metadata.title),
    ...fw.sections.map(sectionNode),
    node(fw.annex.id, 'annex', fw.annex.title, fw.annex.areas.map((a) =>
      node(a.id, 'priorityArea', a.heading, a.entries.map((e) => node(e.id, 'annexEntry', e.text))))),
  ];
}
