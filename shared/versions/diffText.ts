/**
 * Word-level differences between two texts, for compare and the redline report.
 *
 * English (and any other alphabetic script) is compared by words, runs of spaces and single
 * punctuation marks; Chinese is compared by character, because Chinese has no spaces and a
 * "word" diff would turn a one-character edit into a whole-sentence replacement. The edit script
 * is jsdiff's (`diffArrays`, Myers' O(ND) algorithm with a maximum edit length) over those tokens,
 * after trimming the common prefix and suffix (most edits touch a small part of a long paragraph).
 * The tokens are ours: jsdiff's own word diff splits CJK text into whole runs, not characters.
 */
import { diffArrays } from 'diff';

export type DiffOpKind = 'equal' | 'insert' | 'delete';

/** One run of the diff. Equal + delete runs spell the old text; equal + insert runs spell the new. */
export interface DiffOp {
  op: DiffOpKind;
  text: string;
}

/**
 * One token per Han (or other CJK ideograph / kana / hangul syllable) character or CJK
 * punctuation mark, one per run of letters/digits, one per run of white space, one per other
 * character. Concatenating the tokens gives back the text.
 */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\u3000-\u303f\uff00-\uffef]|[\p{L}\p{N}\p{M}]+|\s+|[\s\S]/gu;

/** Split a text into diff tokens (see {@link TOKEN}); `tokenize(t).join('') === t`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * The shortest edit script between token arrays (jsdiff's `diffArrays`, Myers' O(ND) algorithm),
 * as (kind, token) steps in order. `max` bounds the number of edits explored; beyond it the
 * middle is reported as delete-all + insert-all (correct, just not minimal), so a pathological
 * pair cannot stall the UI.
 */
function editScript(a: readonly string[], b: readonly string[], max?: number): Array<[DiffOpKind, string]> {
  const changes = max === undefined ? diffArrays(a.slice(), b.slice()) : diffArrays(a.slice(), b.slice(), { maxEditLength: max });
  if (!changes) return [...a.map((t): [DiffOpKind, string] => ['delete', t]), ...b.map((t): [DiffOpKind, string] => ['insert', t])];
  const steps: Array<[DiffOpKind, string]> = [];
  for (const c of changes) {
    const kind: DiffOpKind = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    for (const t of c.value) steps.push([kind, t]);
  }
  return steps;
}

/**
 * The longest common subsequence of two sequences of distinct keys (element ids), by the same
 * Myers search: what stayed in order. Keys outside it are the ones that moved.
 */
export function commonSubsequence(a: readonly string[], b: readonly string[]): Set<string> {
  const kept = new Set<string>();
  for (const [op, key] of editScript(a, b)) if (op === 'equal') kept.add(key);
  return kept;
}

/** Merge steps into runs; within a changed stretch, deletions come before insertions (redline order). */
function toRuns(steps: ReadonlyArray<[DiffOpKind, string]>): DiffOp[] {
  const out: DiffOp[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  for (const [op, text] of steps) {
    if (op === 'delete') del += text;
    else if (op === 'insert') ins += text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += text;
      else out.push({ op: 'equal', text });
    }
  }
  flush();
  return out;
}

/**
 * Fold short equal runs that sit between two changes into the changes ("the big red car" →
 * "a small blue bike" reads as one replacement, not four with spaces kept in between). Only white
 * space and single punctuation marks are folded, so real shared words stay visible.
 */
function absorbTrivialEquals(runs: DiffOp[]): DiffOp[] {
  let current = runs;
  for (let pass = 0; pass < 4; pass++) {
    const out: DiffOp[] = [];
    let changed = false;
    for (let i = 0; i < current.length; i++) {
      const r = current[i];
      const trivial = r.op === 'equal' && /^(\s+|[^\s\p{L}\p{N}])$/u.test(r.text);
      const prevChange = out.length > 0 && out.at(-1)!.op !== 'equal';
      const nextChange = i + 1 < current.length && current[i + 1].op !== 'equal';
      if (trivial && prevChange && nextChange) {
        // Collect the change group before, then re-emit as delete(old) + insert(new).
        let del = '';
        let ins = '';
        while (out.length && out.at(-1)!.op !== 'equal') {
          const p = out.pop()!;
          if (p.op === 'delete') del = p.text + del;
          else ins = p.text + ins;
        }
        del += r.text;
        ins += r.text;
        let j = i + 1;
        while (j < current.length && current[j].op !== 'equal') {
          if (current[j].op === 'delete') del += current[j].text;
          else ins += current[j].text;
          j++;
        }
        if (del) out.push({ op: 'delete', text: del });
        if (ins) out.push({ op: 'insert', text: ins });
        i = j - 1;
        changed = true;
      } else {
        out.push({ ...r });
      }
    }
    current = out;
    if (!changed) break;
  }
  return current;
}

export interface DiffOptions {
  /** Upper bound on edits explored (jsdiff's maxEditLength; default 2,000 tokens). */
  maxEdits?: number;
}

/**
 * The differences between `before` and `after`: runs of equal, deleted and inserted text.
 * Invariants (property-tested): the equal + delete runs concatenate to `before`, the equal +
 * insert runs to `after`; no two neighbouring runs have the same kind; no run is empty.
 */
export function diffText(before: string, after: string, options: DiffOptions = {}): DiffOp[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const steps: Array<[DiffOpKind, string]> = [
    ...a.slice(0, start).map((t): [DiffOpKind, string] => ['equal', t]),
    ...editScript(a.slice(start, endA), b.slice(start, endB), options.maxEdits ?? 2000),
    ...a.slice(endA).map((t): [DiffOpKind, string] => ['equal', t]),
  ];
  return absorbTrivialEquals(toRuns(steps));
}

/** The old text a diff describes (equal + delete runs). */
export function diffBefore(ops: readonly DiffOp[]): string {
  return ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
}

/** The new text a diff describes (equal + insert runs). */
export function diffAfter(ops: readonly DiffOp[]): string {
  return ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
}

