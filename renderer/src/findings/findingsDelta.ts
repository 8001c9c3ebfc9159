import type { CheckResult } from '../../../shared/checks/registry';
import type { Finding } from '../../../shared/checks/finding';
import type { Waiver } from '../../../shared/checks/waiver';

/**
 * The findings as they cross from the checker to the page: each finding the page does not hold
 * yet, once, under a number; then the lists as numbers. At ten times the published size there are
 * ~3,800 findings (about 1 MB as JSON); a keystroke changes a handful, so a few hundred bytes
 * cross instead of the whole result, and the page keeps its finding objects (its memoised rows
 * need not redraw).
 */
export interface FindingsDelta {
  /** Findings new to the page, by number. */
  added: Array<[number, Finding]>;
  /** The active findings, in order, by number. */
  active: number[];
  waived: Array<[number, Waiver]>;
  counts: CheckResult['counts'];
}

/**
 * The checker's side: numbers findings and remembers what the page holds. A finding is known by
 * its object (the checker keeps the objects of parts it did not re-check) and, failing that, by
 * its content, so a finding worked out again the same is not sent again. `encode` gives null when
 * the result is the one the page holds.
 */
export function createFindingsEncoder() {
  let numberOf = new WeakMap<Finding, number>();
  /** The page's findings: number → content, and content → number. */
  let textOf = new Map<number, string>();
  let byText = new Map<string, number>();
  let onPage: number[] = [];
  let waivedSent = '';
  let next = 1;

  return {
    /** The page holds nothing (it started, or another project was opened): send every finding. */
    reset(): void {
      numberOf = new WeakMap();
      textOf = new Map();
      byText = new Map();
      onPage = [];
      waivedSent = '';
    },

    encode(result: CheckResult): FindingsDelta | null {
      const added: Array<[number, Finding]> = [];
      const nextTextOf = new Map<number, string>();
      const nextByText = new Map<string, number>();
      const numbered = (f: Finding): number => {
        let n = numberOf.get(f);
        let text = n === undefined ? undefined : textOf.get(n);
        if (n === undefined || text === undefined) {
          text = JSON.stringify(f);
          n ??= byText.get(text) ?? nextByText.get(text) ?? next++;
          numberOf.set(f, n);
        }
        if (!textOf.has(n) && !nextTextOf.has(n)) added.push([n, f]);
        nextTextOf.set(n, text);
        nextByText.set(text, n);
        return n;
      };
      const active = result.active.map(numbered);
      const waived = result.waived.map((w): [number, Waiver] => [numbered(w.finding), w.waiver]);
      const waivedText = JSON.stringify(waived);
      const same = added.length === 0 && waivedText === waivedSent && active.length === onPage.length && active.every((n, i) => n === onPage[i]);
      textOf = nextTextOf;
      byText = nextByText;
      onPage = active;
      waivedSent = waivedText;
      return same ? null : { added, active, waived, counts: result.counts };
    },
  };
}

/**
 * The page's side: the findings it holds by number. `decode` gives null for a number it never got
 * (then it asks for everything again). While typing, findings arrive every few keys with a handful
 * added: decoding is a pass over the numbers, and findings gone from the lists are forgotten only
 * once they outnumber the open ones (not a new map of thousands per arrival).
 */
export function createFindingsDecoder() {
  const held = new Map<number, Finding>();
  return {
    decode(delta: FindingsDelta): CheckResult | null {
      for (const [n, f] of delta.added) held.set(n, f);
      const active: Finding[] = new Array<Finding>(delta.active.length);
      for (let i = 0; i < delta.active.length; i++) {
        const f = held.get(delta.active[i]);
        if (!f) return null;
        active[i] = f;
      }
      const waived: CheckResult['waived'] = [];
      for (const [n, waiver] of delta.waived) {
        const f = held.get(n);
        if (!f) return null;
        waived.push({ finding: f, waiver });
      }
      const listed = delta.active.length + delta.waived.length;
      if (held.size > 2 * listed + 64) {
        const keep = new Set<number>(delta.active);
        for (const [n] of delta.waived) keep.add(n);
        for (const n of held.keys()) if (!keep.has(n)) held.delete(n);
      }
      return { active, waived, counts: delta.counts };
    },
  };
}
