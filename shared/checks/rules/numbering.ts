import type { Framework, Section } from '../../model/framework';
import { actionLabel, activityLabel, componentLabel, listItemLabel, noteLabel, sectionLabel } from '../../model/labels';
import { finding, type Finding, type Severity } from '../finding';
import type { RuleDefinition } from '../rule';
import { Collector } from '../walk';

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

export const numberingRule: RuleDefinition = {
  id: 'numbering',
  family: 'numbering',
  codes: NUMBERING_CODES,
  create() {
    // Per group of siblings (the array object) and what its derived labels depend on (a path, a style, an index).
    const memo = new WeakMap<object, { context: string; findings: Finding[] }>();
    const out = new Collector<Finding>();
    const group = (siblings: object, context: string, items: () => Labelled[]) => {
      let hit = memo.get(siblings);
      if (!hit || hit.context !== context) {
        hit = { context, findings: checkSiblings(items()) };
        memo.set(siblings, hit);
      }
      out.add(hit.findings);
    };
    return {
      id: 'numbering',
      family: 'numbering',
      check(fw: Framework) {
        const walk = (sections: readonly Section[], path: number[]) => {
          group(sections, path.join('.'), () => sections.map((s, i) => ({ id: s.id, label: s.label, derived: sectionLabel([...path, i]) })));
          sections.forEach((s, i) => {
            for (const b of s.blocks) {
              if (b.type === 'list') group(b.items, b.style, () => b.items.map((it, j) => ({ id: it.id, label: it.label, derived: listItemLabel(b.style, j), text: it.text.en.text })));
            }
            walk(s.subsections, [...path, i]);
          });
        };
        walk(fw.sections, []);
        group(fw.components, '', () => fw.components.map((c, i) => ({ id: c.id, label: c.label, derived: componentLabel(i) })));
        const componentLabels = new Map<string, string>();
        fw.components.forEach((c, i) => componentLabels.set(c.id, c.label ?? componentLabel(i)));
        for (const c of fw.components) {
          group(c.mainActivities, '', () => c.mainActivities.map((m, j) => ({ id: m.id, label: m.label, derived: listItemLabel('decimal-dot', j), text: m.text.en.text })));
        }
        const planDerived = fw.actionPlan.components.map((pc, i) => componentLabels.get(pc.componentId) ?? componentLabel(i));
        group(fw.actionPlan.components, planDerived.join('|'), () =>
          fw.actionPlan.components.map((pc, i) => ({ id: pc.id, label: pc.label, derived: planDerived[i] })),
        );
        for (const pc of fw.actionPlan.components) {
          group(pc.actions, '', () => pc.actions.map((a, ai) => ({ id: a.id, label: a.label, derived: actionLabel(ai) })));
          pc.actions.forEach((a, ai) => group(a.activities, String(ai), () => a.activities.map((x, k) => ({ id: x.id, label: x.label, derived: activityLabel(ai, k) }))));
        }
        group(fw.notes.items, '', () => fw.notes.items.map((n, i) => ({ id: n.id, label: n.label, derived: noteLabel(i), text: n.text.en.text })));
        return out.finish();
      },
    };
  },
};
