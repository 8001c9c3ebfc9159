import type { Language } from './bilingual';
import type { Framework, ListStyle, Section } from './framework';
import { localizeLabel } from './labelWords';

/**
 * Labels that derive from position. An element whose `label` is null shows the derived label;
 * one with a string label shows that string and is marked as overridden in the UI.
 *
 * Printed forms: section "1." / "2.1", "Component 3", "Action 2", "Activity 2-1", list items by
 * style ("1)", "(1)", "1.", "(i)", "•"), notes "[1]", annex entries "1".
 */

const ROMAN: Array<[number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** Lower-case roman numeral of a positive integer. */
export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** The derived label of the `index`-th (0-based) item of a list in this style. */
export function listItemLabel(style: ListStyle, index: number): string {
  const n = index + 1;
  switch (style) {
    case 'decimal-paren':
      return `${n})`;
    case 'paren-decimal':
      return `(${n})`;
    case 'decimal-dot':
      return `${n}.`;
    case 'roman-paren':
      return `(${toRoman(n)})`;
    case 'bullet':
      return '•';
  }
}

/** Derived label of a section from its path of 0-based indices: [1] → "2.", [1, 0] → "2.1". */
export function sectionLabel(path: readonly number[]): string {
  const nums = path.map((i) => String(i + 1));
  return nums.length === 1 ? `${nums[0]}.` : nums.join('.');
}

export const componentLabel = (index: number): string => `Component ${index + 1}`;
export const actionLabel = (index: number): string => `Action ${index + 1}`;
export const activityLabel = (actionIndex: number, index: number): string => `Activity ${actionIndex + 1}-${index + 1}`;
export const noteLabel = (index: number): string => `[${index + 1}]`;
export const annexEntryLabel = (index: number): string => String(index + 1);

/** The label to print: the override when there is one, else the derived label. */
export function effectiveLabel(label: string | null, derived: string): string {
  return label ?? derived;
}

/** An element's label as printed, the label its position gives, and whether a drafter typed it. */
export interface ElementLabel {
  label: string;
  derived: string;
  overridden: boolean;
}

/**
 * Every labelled element's printed label, keyed by element id. Plan components take the label of
 * the component they refer to (so reordering components renumbers the action plan too).
 *
 * In English (the default) these are the stored forms the checker and the export work from; with
 * `lang` they are what a document in that language prints ("活动1-3"), for showing to a reader
 * (see {@link localizeLabel}, which also says what happens to overrides).
 */
export function computeLabels(fw: Framework, lang: Language = 'en'): Map<string, ElementLabel> {
  const out = new Map<string, ElementLabel>();
  const put = (id: string, label: string | null, derived: string) =>
    out.set(id, { label: effectiveLabel(label, derived), derived, overridden: label !== null });

  const walk = (sections: readonly Section[], path: number[]) => {
    sections.forEach((s, i) => {
      const p = [...path, i];
      put(s.id, s.label, sectionLabel(p));
      for (const b of s.blocks) {
        if (b.type === 'list') b.items.forEach((it, j) => put(it.id, it.label, listItemLabel(b.style, j)));
      }
      walk(s.subsections, p);
    });
  };
  walk(fw.sections, []);

  const componentDerived = new Map<string, string>();
  fw.components.forEach((c, i) => {
    put(c.id, c.label, componentLabel(i));
    componentDerived.set(c.id, out.get(c.id)!.label);
    c.mainActivities.forEach((m, j) => put(m.id, m.label, listItemLabel('decimal-dot', j)));
  });
  fw.actionPlan.components.forEach((pc, i) => {
    put(pc.id, pc.label, componentDerived.get(pc.componentId) ?? componentLabel(i));
    pc.actions.forEach((a, ai) => {
      put(a.id, a.label, actionLabel(ai));
      a.activities.forEach((act, k) => put(act.id, act.label, activityLabel(ai, k)));
    });
  });
  fw.notes.items.forEach((n, i) => put(n.id, n.label, noteLabel(i)));
  fw.annex.areas.forEach((area) => area.entries.forEach((e, i) => put(e.id, e.label, annexEntryLabel(i))));
  // Localised after the walk: a plan component's derived label is its component's English label.
  if (lang !== 'en') {
    for (const l of out.values()) {
      l.label = localizeLabel(l.label, lang);
      l.derived = localizeLabel(l.derived, lang);
    }
  }
  return out;
}
