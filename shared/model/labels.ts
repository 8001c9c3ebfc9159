import type { Language } from './bilingual';
import type { Component, Framework, ListStyle, PlanComponent, PriorityArea, Section } from './framework';
import { localizeLabel } from './labelWords';
import { joiner, perObject, perPart, sameItems } from './perPart';

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
  readonly label: string;
  readonly derived: string;
  readonly overridden: boolean;
}

/** Labels by element id. Shared between callers (one per framework revision and language): never change it. */
export type Labels = ReadonlyMap<string, ElementLabel>;

type Share = ReadonlyArray<readonly [string, ElementLabel]>;

const entry = (id: string, label: string | null, derived: string): readonly [string, ElementLabel] =>
  [id, { label: effectiveLabel(label, derived), derived, overridden: label !== null }];

// One share per part, in the stored (English) form (see shared/model/perPart.ts); a keystroke
// makes one plan component's share again, and no label in it changes.

/** Context: the section's path of 0-based indices ("1.0" is section 2.1). */
const sectionLabels = perPart((s: Section, [at]: readonly [string]): Share => {
  const out: Array<readonly [string, ElementLabel]> = [entry(s.id, s.label, sectionLabel(at.split('.').map(Number)))];
  for (const b of s.blocks) {
    if (b.type === 'list') b.items.forEach((it, j) => out.push(entry(it.id, it.label, listItemLabel(b.style, j))));
  }
  return out;
});

const componentLabels = perPart((c: Component, [i]: readonly [number]): Share => [
  entry(c.id, c.label, componentLabel(i)),
  ...c.mainActivities.map((m, j) => entry(m.id, m.label, listItemLabel('decimal-dot', j))),
]);

/** Context: the position, and the (English) label of the component the plan component refers to, if any. */
const planLabels = perPart((pc: PlanComponent, [i, component]: readonly [number, string | null]): Share => {
  const out: Array<readonly [string, ElementLabel]> = [entry(pc.id, pc.label, component ?? componentLabel(i))];
  pc.actions.forEach((a, ai) => {
    out.push(entry(a.id, a.label, actionLabel(ai)));
    a.activities.forEach((act, k) => out.push(entry(act.id, act.label, activityLabel(ai, k))));
  });
  return out;
});

const noteLabels = perPart((notes: Framework['notes'], _: readonly []): Share => notes.items.map((n, i) => entry(n.id, n.label, noteLabel(i))));

const areaLabels = perPart((area: PriorityArea, _: readonly []): Share => area.entries.map((e, i) => entry(e.id, e.label, annexEntryLabel(i))));

/** A share as a document in `lang` prints it (kept per English share: typing elsewhere reuses it). */
const localizedShare = perPart((share: Share, [lang]: readonly [Language]): Share =>
  share.map(([id, l]) => [id, { label: localizeLabel(l.label, lang), derived: localizeLabel(l.derived, lang), overridden: l.overridden }]));

/** Every part's share in document order (sections, components, action plan, notes, annex). */
const labelShares = perObject((fw: Framework): Share[] => {
  const shares: Share[] = [];
  const walk = (sections: readonly Section[], at: string) =>
    sections.forEach((s, i) => {
      const here = at ? `${at}.${i}` : String(i);
      shares.push(sectionLabels(s, [here]));
      walk(s.subsections, here);
    });
  walk(fw.sections, '');
  // A plan component takes the printed label of the component it refers to (so reordering components renumbers the plan).
  const componentLabel = new Map<string, string>();
  fw.components.forEach((c, i) => {
    const share = componentLabels(c, [i]);
    componentLabel.set(c.id, share[0][1].label);
    shares.push(share);
  });
  fw.actionPlan.components.forEach((pc, i) => shares.push(planLabels(pc, [i, componentLabel.get(pc.componentId) ?? null])));
  shares.push(noteLabels(fw.notes, []));
  for (const area of fw.annex.areas) shares.push(areaLabels(area, []));
  return shares;
});

const sameLabel = (a: ElementLabel, b: ElementLabel) => a.label === b.label && a.derived === b.derived && a.overridden === b.overridden;

/** One joiner per language: the same map while no label changed (memoised rows compare it by identity). */
const joins = new Map<Language, (shares: readonly Share[]) => Labels>();
function joinIn(lang: Language) {
  let join = joins.get(lang);
  if (!join) {
    join = joiner((shares: readonly Share[]) => {
      const out = new Map<string, ElementLabel>();
      for (const share of shares) for (const [id, l] of share) out.set(id, l);
      return out as Labels;
    }, (a, b) => sameItems(a, b, ([ia, la], [ib, lb]) => ia === ib && sameLabel(la, lb)));
    joins.set(lang, join);
  }
  return join;
}

const labelsByLanguage = perObject((_fw: Framework) => new Map<Language, Labels>());

/**
 * Every labelled element's printed label, keyed by element id. Plan components take the label of
 * the component they refer to (so reordering components renumbers the action plan too).
 *
 * In English (the default) these are the stored forms the checker and the export work from; with
 * `lang` they are what a document in that language prints ("活动1-3"), for showing to a reader
 * (see {@link localizeLabel}, which also says what happens to overrides).
 *
 * Incremental: one map per framework revision and language, joined from the parts' shares, and
 * the very same map as the last revision's while no label changed.
 */
export function computeLabels(fw: Framework, lang: Language = 'en'): Labels {
  const known = labelsByLanguage(fw);
  let labels = known.get(lang);
  if (!labels) {
    const english = labelShares(fw);
    labels = joinIn(lang)(lang === 'en' ? english : english.map((share) => localizedShare(share, [lang])));
    known.set(lang, labels);
  }
  return labels;
}
