import type { Finding } from './finding';
import type { CheckInput, Derived, FieldStep, PartStep, Step } from './rule';
import type { FieldList } from './fieldTable';

/**
 * The checker's caches, one set per step of each rule: what a step found for a part is kept
 * while the part is the same object (the patch engine keeps untouched subtrees) and its context
 * holds the same values. Rules hold no caches of their own; this file is the only place that
 * decides when a result may be reused.
 */

/** What one run of the checker gives every step: the input, the derived values, the fields of each part of the walk. */
export interface Run {
  input: CheckInput;
  derived: Derived;
  fields: readonly FieldList[];
}

export type StepRunner = (run: Run) => Finding[];

const NONE: Finding[] = [];

/**
 * Whether two contexts hold the same values: the same value, or arrays / plain objects whose
 * elements are (down to two levels: `{ members: [...] }`, `[parts, { start, end }]`).
 */
export function sameContext(a: unknown, b: unknown, depth = 2): boolean {
  if (a === b) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameContext(a[i], b[i], depth - 1)) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.prototype || Object.getPrototypeOf(b) !== Object.prototype) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let n = 0;
  for (const k in ra) {
    if (!(k in rb) || !sameContext(ra[k], rb[k], depth - 1)) return false;
    n++;
  }
  for (const _ in rb) n--;
  return n === 0;
}

/**
 * Concatenates result arrays in order; the previous output when every array is the one of last
 * time (a re-check that changed nothing allocates nothing), no copy when one array has anything.
 */
class Concat {
  private previous: Finding[][] = [];
  private output: Finding[] = NONE;

  of(arrays: Finding[][]): Finding[] {
    const prev = this.previous;
    let same = arrays.length === prev.length;
    for (let i = 0; same && i < arrays.length; i++) same = arrays[i] === prev[i];
    this.previous = arrays;
    if (same) return this.output;
    let only: Finding[] = NONE;
    let count = 0;
    for (const a of arrays) {
      if (a.length === 0) continue;
      count++;
      only = a;
    }
    if (count <= 1) this.output = only;
    else {
      const out: Finding[] = [];
      for (const a of arrays) for (const f of a) out.push(f);
      this.output = out;
    }
    return this.output;
  }
}

function partRunner(step: PartStep): StepRunner {
  let cache = new WeakMap<object, { context: unknown; findings: Finding[] }>();
  let within: unknown = undefined;
  let started = false;
  let output: Finding[] = NONE;
  const concat = new Concat();
  return ({ input, derived }) => {
    if (step.within) {
      const w = step.within(input, derived);
      if (started && sameContext(w, within)) return output;
      within = w;
    }
    started = true;
    const next = new WeakMap<object, { context: unknown; findings: Finding[] }>();
    const arrays: Finding[][] = [];
    for (const [part, context] of step.parts(input, derived)) {
      let hit = cache.get(part) ?? next.get(part);
      if (!hit || !sameContext(hit.context, context)) hit = { context, findings: step.check(part, context) };
      next.set(part, hit);
      arrays.push(hit.findings);
    }
    // Only this run's parts are kept: a part removed from the document is forgotten.
    cache = next;
    output = concat.of(arrays);
    return output;
  };
}

/** A walked part as one step read it: the part's field list (see fieldTable.ts), a result per field, their summary. */
interface Walked<R, S> {
  fields: FieldList;
  items: R[];
  summary: S;
}

function fieldRunner<R, S, C>(step: FieldStep<R, S, C>): StepRunner {
  let parts = new WeakMap<FieldList, Walked<R, S>>();
  let sequence: Array<Walked<R, S>> = [];
  let context: C | undefined;
  let started = false;
  let combined: { summaries: S[]; output: Finding[] } | null = null;
  const summarise = step.summarise ?? ((items: readonly R[]) => flatten(items as unknown as Finding[][]) as unknown as S);
  const combine = step.combine ?? ((summaries: readonly S[]) => flatten(summaries as unknown as Finding[][]));
  const same = step.same;
  return ({ input, derived, fields: lists }) => {
    const c = (step.reads ? step.reads(input, derived) : undefined) as C;
    if (!started || !sameContext(c, context)) {
      // A new context: every field's result is worked out again.
      parts = new WeakMap();
      sequence = [];
      combined = null;
      context = c;
      started = true;
    }
    if (step.skip?.(context as C)) return NONE;
    const previous = sequence;
    const next: Array<Walked<R, S>> = new Array(lists.length);
    const summaries: S[] = new Array(lists.length);
    for (let i = 0; i < lists.length; i++) {
      const fields = lists[i];
      let walked = parts.get(fields);
      if (walked === undefined) {
        // The part as it was at this place last time (the same part before the edit, usually):
        // each field whose FieldPart is the one of last time (same id, name and value object)
        // keeps its result.
        const before = previous[i] as Walked<R, S> | undefined;
        const items: R[] = new Array(fields.length);
        let unchanged = before !== undefined && before.items.length === fields.length;
        for (let j = 0; j < fields.length; j++) {
          const f = fields[j];
          const b = before?.fields[j];
          let item: R;
          if (b === f) item = before!.items[j];
          else {
            item = step.check(f, context as C);
            if (b !== undefined && b.id === f.id && b.field === f.field && same?.(item, before!.items[j])) item = before!.items[j];
          }
          if (unchanged && item !== before!.items[j]) unchanged = false;
          items[j] = item;
        }
        // Results all as they were: the summary (and so the combined output) is the old one.
        walked = { fields, items, summary: unchanged ? before!.summary : summarise(items, context as C) };
        parts.set(fields, walked);
      }
      next[i] = walked;
      summaries[i] = walked.summary;
    }
    sequence = next;
    if (combined && sameContext(combined.summaries, summaries, 1)) return combined.output;
    combined = { summaries, output: combine(summaries, context as C) };
    return combined.output;
  };
}

function flatten(arrays: ReadonlyArray<readonly Finding[]>): Finding[] {
  let only: readonly Finding[] = NONE;
  let count = 0;
  for (const a of arrays) {
    if (a.length === 0) continue;
    count++;
    only = a;
  }
  if (count <= 1) return only as Finding[];
  const out: Finding[] = [];
  for (const a of arrays) for (const f of a) out.push(f);
  return out;
}

export function stepRunner(step: Step): StepRunner {
  return step.each === 'part' ? partRunner(step) : fieldRunner(step);
}
