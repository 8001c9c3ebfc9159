import type { Action, Activity, Component, ListBlock, ListItem, Note, PlanComponent, Section } from '../../model/framework';
import { actionLabel, activityLabel, componentLabel, listItemLabel, noteLabel, sectionLabel } from '../../model/labels';
import { finding, type Finding, type Severity } from '../finding';
import { eachOf, type CheckInput, type RuleDefinition } from '../rule';

/**
 * Numbering and labels. Labels derive from position; a label typed by hand (an override) must
 * still follow the document's own pattern for that kind ("Activity N-M", "Component N", "2.1",
 * "(iv)") and the number of its place. Siblings must not print the same label. Annex entry
 * numbers are checked with the annex.
 */
export const NUMBERING_CODES = {
  'label-pattern': 'warning',
  'label-position': 'warning',
  'label-duplicate': 'error',
  'label-in-text': 'info',
} as const satisfies Record<string, Severity>;

interface Labelled {
  id: string;
  label: string | null;
  derived: string;
  /** For list-like items: the text, to catch a number typed into it as well. */
  text?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern of a derived label: its words and punctuation, with numbers (and roman numerals in parentheses) free. */
export function labelPattern(derived: string): RegExp {
  const source = escape(derived)
    .replace(/\d+/g, '\\d+')
    .replace(/\\\(([ivxlcdm]+)\\\)/g, '\\([ivxlcdm]+\\)');
  return new RegExp(`^${source}$`);
}

// A text starting with a number of its own: "2) To advance…", "(iv) monitor…", "3. To carry…".
const LEADING_NUMBER = /^\s*(?:\(\s*(?:\d+|[ivx]+)\s*\)|（\s*(?:\d+|[ivx]+)\s*）|\d+\s*[).、．]|[ivx]+\))\s*/i;

/** The numbering findings of one group of siblings. */
export function checkSiblings(items: readonly Labelled[]): Finding[] {
  const out: Finding[] = [];
  const printed = new Map<string, string[]>();
  for (const it of items) {
    const label = (it.label ?? it.derived).trim();
    if (it.label !== null && it.label !== it.derived) {
      if (!labelPattern(it.derived).test(it.label.trim())) {
        out.push(finding({ code: 'label-pattern', severity: 'warning', family: 'numbering', elementIds: [it.id], data: { label: it.label, expected: it.derived } }));
      } else if (it.label.trim() !== it.derived) {
        out.push(finding({ code: 'label-position', severity: 'warning', family: 'numbering', elementIds: [it.id], data: { label: it.label, expected: it.derived } }));
      }
    }
    if (label !== '•') printed.set(label, [...(printed.get(label) ?? []), it.id]);
    if (it.text !== undefined && label !== '•') {
      const m = LEADING_NUMBER.exec(it.text);
      if (m) out.push(finding({ code: 'label-in-text', severity: 'info', family: 'numbering', elementIds: [it.id], field: 'text', data: { label, written: m[0].trim() } }));
    }
  }
  for (const [label, ids] of printed) {
    if (ids.length > 1) out.push(finding({ code: 'label-duplicate', severity: 'error', family: 'numbering', elementIds: ids, data: { label, count: ids.length } }));
  }
  return out;
}

/** A group of siblings, with what their derived labels depend on (a path, a style, an index). */
type Group =
  | { kind: 'sections'; path: number[] }
  | { kind: 'list'; style: ListBlock['style'] }
  | { kind: 'components' | 'mainActivities' | 'actions' | 'notes' }
  | { kind: 'planComponents'; derived: string[] }
  | { kind: 'activities'; action: number };

/** Every group of siblings of the framework (the array object is the part). */
function* siblingGroups(input: CheckInput): Generator<readonly [readonly unknown[], Group]> {
  const fw = input.framework;
  function* walk(sections: readonly Section[], path: number[]): Generator<readonly [readonly unknown[], Group]> {
    yield [sections, { kind: 'sections', path }];
    for (let i = 0; i < sections.length; i++) {
      for (const b of sections[i].blocks) if (b.type === 'list') yield [b.items, { kind: 'list', style: b.style }];
      yield* walk(sections[i].subsections, [...path, i]);
    }
  }
  yield* walk(fw.sections, []);
  yield [fw.components, { kind: 'components' }];
  const componentLabels = new Map<string, string>();
  fw.components.forEach((c, i) => componentLabels.set(c.id, c.label ?? componentLabel(i)));
  for (const c of fw.components) yield [c.mainActivities, { kind: 'mainActivities' }];
  yield [fw.actionPlan.components, { kind: 'planComponents', derived: fw.actionPlan.components.map((pc, i) => componentLabels.get(pc.componentId) ?? componentLabel(i)) }];
  for (const pc of fw.actionPlan.components) {
    yield [pc.actions, { kind: 'actions' }];
    for (let ai = 0; ai < pc.actions.length; ai++) yield [pc.actions[ai].activities, { kind: 'activities', action: ai }];
  }
  yield [fw.notes.items, { kind: 'notes' }];
}

/** The siblings with their printed and derived labels. */
function labelled(siblings: readonly unknown[], group: Group): Labelled[] {
  switch (group.kind) {
    case 'sections':
      return (siblings as Section[]).map((s, i) => ({ id: s.id, label: s.label, derived: sectionLabel([...group.path, i]) }));
    case 'list':
      return (siblings as ListItem[]).map((it, j) => ({ id: it.id, label: it.label, derived: listItemLabel(group.style, j), text: it.text.en.text }));
    case 'components':
      return (siblings as Component[]).map((c, i) => ({ id: c.id, label: c.label, derived: componentLabel(i) }));
    case 'mainActivities':
      return (siblings as Component['mainActivities']).map((m, j) => ({ id: m.id, label: m.label, derived: listItemLabel('decimal-dot', j), text: m.text.en.text }));
    case 'planComponents':
      return (siblings as PlanComponent[]).map((pc, i) => ({ id: pc.id, label: pc.label, derived: group.derived[i] }));
    case 'actions':
      return (siblings as Action[]).map((a, ai) => ({ id: a.id, label: a.label, derived: actionLabel(ai) }));
    case 'activities':
      return (siblings as Activity[]).map((x, k) => ({ id: x.id, label: x.label, derived: activityLabel(group.action, k) }));
    case 'notes':
      return (siblings as Note[]).map((n, i) => ({ id: n.id, label: n.label, derived: noteLabel(i), text: n.text.en.text }));
  }
}

export const numberingRule: RuleDefinition = {
  id: 'numbering',
  family: 'numbering',
  codes: NUMBERING_CODES,
  steps: [eachOf(siblingGroups, (siblings, group: Group) => checkSiblings(labelled(siblings, group)), (input) => [input.framework.sections, input.framework.components, input.framework.actionPlan.components, input.framework.notes.items])],
};
