import type { GlossaryTerm } from './glossary';

/**
 * Finding glossary terms in English text in one pass per text. Testing each term's pattern against
 * each field costs terms × fields (≈120 ms for the 114 terms on the ten-times framework, far too
 * slow for a checker that runs as the user types). Here one regular expression, the alternation
 * of every term, finds the places where some term starts (the engine's native scan), and a
 * character trie of the terms says which ones start there and where they end; the same for the
 * acronyms. The cost follows the length of the text, not the size of the glossary. The matching
 * rules are those `glossaryUsage` (./glossary.ts) documents, unchanged.
 */

/**
 * Whatever {@link normaliseEnglishKeepCase} would change: emphasis, a hyphen other than "-", white
 * space other than the plain space (every other character of `\s`, listed: one character class
 * is the fastest test), a space doubled or beside a hyphen.
 */
const NEEDS_NORMALISING = /[*\t-\r\u00a0\u1680\u2000-\u200a\u2010-\u2013\u2028\u2029\u202f\u205f\u3000\ufeff]| [ -]|- /;

/**
 * One form for matching English: no emphasis markers, single spaces, no spaces around hyphens
 * ("ASEAN - China" → "ASEAN-China", as the published text spells it several ways). Case is kept:
 * acronyms are matched case-sensitively, full terms on the lower-cased form of the same string.
 */
export function normaliseEnglishKeepCase(text: string): string {
  // Most texts have nothing to normalise (single spaces, no emphasis, hyphens without spaces):
  // one look instead of three replacements.
  if (!NEEDS_NORMALISING.test(text)) return text;
  return text
    .replace(/\*/g, '')
    .replace(/\s*[-\u2010-\u2013]\s*/g, '-')
    .replace(/\s+/g, ' ');
}

/** {@link normaliseEnglishKeepCase}, lower-cased: the form full terms are matched in. */
export function normaliseEnglish(text: string): string {
  return normaliseEnglishKeepCase(text).toLowerCase();
}

/** What {@link normaliseChinese} changes: emphasis, white space, a hyphen other than "－" (which it keeps). */
const CHINESE_NEEDS_NORMALISING = /[*\s\-\u2010-\u2013]/;

/** One form for matching Chinese: no emphasis markers, no spaces, one kind of hyphen. */
export function normaliseChinese(text: string): string {
  // Most Chinese texts have none of these: one look instead of three replacements.
  if (!CHINESE_NEEDS_NORMALISING.test(text)) return text;
  return text.replace(/\*/g, '').replace(/\s+/g, '').replace(/[-\u2010-\u2013\uFF0D]/g, '－');
}

/**
 * Lower case with every character in its place, so positions in the lower-cased text are
 * positions in the text: the few characters whose lower case is longer ("İ") stay as they are.
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** How the English of a text refers to a term: by its full English form, or by its acronym. */
export type TermMatchKind = 'term' | 'acronym';

/** One place where an English text uses a glossary term, as offsets in its normalised form. */
export interface TermOccurrence {
  /** Index of the term in the glossary the matcher was built from. */
  term: number;
  kind: TermMatchKind;
  start: number;
  end: number;
}

/**
 * A character trie, built from the terms and then packed into typed arrays: the root's children
 * in a map (it has many), every other node's few children side by side in one edge list, so the
 * whole trie of a glossary is a few kilobytes.
 */
class Trie {
  private readonly root = new Map<number, number>();
  private building: { chars: number[][]; kids: number[][] } | null = { chars: [[]], kids: [[]] };
  private first = new Int32Array(0);
  private edgeChar = new Uint16Array(0);
  private edgeKid = new Int32Array(0);
  /** Terms whose (normalised) English or acronym ends at each node. */
  readonly ends: Array<number[] | null> = [null];

  insert(key: string, term: number): void {
    const b = this.building;
    if (!b) throw new Error('a packed trie takes no more terms');
    let at = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = at === 0 ? (this.root.get(c) ?? 0) : (b.kids[at][b.chars[at].indexOf(c)] ?? 0);
      if (next === 0) {
        next = this.ends.length;
        b.chars.push([]);
        b.kids.push([]);
        this.ends.push(null);
        if (at === 0) this.root.set(c, next);
        else {
          b.chars[at].push(c);
          b.kids[at].push(next);
        }
      }
      at = next;
    }
    (this.ends[at] ??= []).push(term);
  }

  /** Packs the trie for walking; no terms can be added after. */
  pack(): void {
    const b = this.building;
    if (!b) return;
    const n = b.chars.length;
    this.first = new Int32Array(n + 1);
    const edges = b.chars.reduce((sum, c) => sum + c.length, 0);
    this.edgeChar = new Uint16Array(edges);
    this.edgeKid = new Int32Array(edges);
    let e = 0;
    for (let node = 0; node < n; node++) {
      this.first[node] = e;
      for (let k = 0; k < b.chars[node].length; k++, e++) {
        this.edgeChar[e] = b.chars[node][k];
        this.edgeKid[e] = b.kids[node][k];
      }
    }
    this.first[n] = e;
    this.building = null;
  }

  /** The child of the root by character `c`; 0 when there is none. */
  start(c: number): number {
    return this.root.get(c) ?? 0;
  }

  /** The child of `node` (not the root) by character `c`; 0 when there is none. */
  child(node: number, c: number): number {
    const chars = this.edgeChar;
    for (let e = this.first[node], end = this.first[node + 1]; e < end; e++) if (chars[e] === c) return this.edgeKid[e];
    return 0;
  }
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isLower(c) || (c >= 65 && c <= 90);

/**
 * Where a term's match may end after its last character: the regular expression
 * `term(?:e?s)?(?![a-z])` tries "es", then "s", then nothing, and takes the first that is not
 * followed by a letter. −1 when none is.
 */
function termEnd(lower: string, n: number, at: number): number {
  const c0 = at < n ? lower.charCodeAt(at) : -1;
  if (c0 === 101 /* e */ && at + 1 < n && lower.charCodeAt(at + 1) === 115 /* s */ && !(at + 2 < n && isLower(lower.charCodeAt(at + 2)))) return at + 2;
  if (c0 === 115 /* s */ && !(at + 1 < n && isLower(lower.charCodeAt(at + 1)))) return at + 1;
  return isLower(c0) ? -1 : at;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A glossary compiled for matching: built once per glossary, used for every field. */
export class GlossaryMatcher {
  private readonly terms = new Trie();
  private readonly acronyms = new Trie();
  /**
   * Where some term or acronym starts: the alternation of them all, found by the regular
   * expression engine (native code, many times faster than reading each character in script);
   * the tries then say which terms start there and whether they end at a word's end. Null for none.
   */
  private readonly termStarts: RegExp | null;
  private readonly acronymStarts: RegExp | null;
  /** Each term's agreed Chinese, acronym, short form and variants, normalised for comparing with a normalised Chinese text. */
  readonly chinese: ReadonlyArray<{ zh: string; acronym: string | null; short: string | null; variants: readonly string[] }>;

  /** The terms as they were when compiled (a copy: matchers are shared, and the caller's array is theirs). */
  readonly glossary: readonly GlossaryTerm[];

  constructor(glossary: readonly GlossaryTerm[]) {
    this.glossary = glossary.map((t) => ({ ...t, ...(t.variants ? { variants: [...t.variants] } : {}) }));
    glossary.forEach((t, i) => {
      const en = normaliseEnglish(t.en);
      // A term whose English is only emphasis markers would match everywhere: it names nothing.
      if (en !== '') this.terms.insert(en, i);
      if (t.acronym) this.acronyms.insert(t.acronym, i);
    });
    this.terms.pack();
    this.acronyms.pack();
    const english = [...new Set(glossary.map((t) => normaliseEnglish(t.en)).filter((en) => en !== ''))];
    const acronyms = [...new Set(glossary.flatMap((t) => (t.acronym ? [t.acronym] : [])))];
    // The character before the start, then the term ahead: measured faster than a look-behind
    // tried at every place. The text's first place has no character before it and is tried apart.
    this.termStarts = english.length ? new RegExp(`[^a-z](?=${english.map(escapeRegExp).join('|')})`, 'g') : null;
    this.acronymStarts = acronyms.length ? new RegExp(`[^A-Za-z](?=${acronyms.map(escapeRegExp).join('|')})`, 'g') : null;
    this.chinese = glossary.map((t) => ({
      zh: normaliseChinese(t.zh),
      acronym: t.acronym ?? null,
      short: t.short ? normaliseChinese(t.short) : null,
      variants: (t.variants ?? []).map(normaliseChinese),
    }));
  }

  /**
   * Every use of a term in an English text, in order of where it starts: full terms whole-word
   * and case-insensitive (a plural "s"/"es" may follow; a digit may touch, "Forum2019"), acronyms
   * whole-word and case-sensitive. Nested uses are all listed ("ASEAN-China" inside "ASEAN-China
   * Summit"); {@link outermost} keeps the longest.
   */
  occurrences(english: string): TermOccurrence[] {
    const text = normaliseEnglishKeepCase(english);
    const lower = lowerInPlace(text);
    const out: TermOccurrence[] = [];
    if (this.termStarts) {
      this.termsFrom(lower, 0, out);
      const re = this.termStarts;
      re.lastIndex = 0;
      // Each place where some term starts, then on from there (nested and overlapping uses too).
      // A match is the one character before the term, so `lastIndex` after it is where the term
      // starts, and the search goes on from there: `test` finds it without a match array.
      while (re.test(lower)) this.termsFrom(lower, re.lastIndex, out);
    }
    if (this.acronymStarts) {
      const found = out.length;
      this.acronymsFrom(text, 0, out);
      const re = this.acronymStarts;
      re.lastIndex = 0;
      while (re.test(text)) this.acronymsFrom(text, re.lastIndex, out);
      // Terms and acronyms merged by where they start, terms first at one place (what a stable
      // sort by start gives): each list is in order of start already.
      if (found > 0 && out.length > found) return mergeByStart(out, found);
    }
    return out;
  }

  /** The terms starting at `i` of the lower-cased text and ending where a word may end. */
  private termsFrom(lower: string, i: number, out: TermOccurrence[]): void {
    const n = lower.length;
    const terms = this.terms;
    let at = i < n ? terms.start(lower.charCodeAt(i)) : 0;
    for (let j = i + 1; at !== 0; j++) {
      const ends = terms.ends[at];
      if (ends) {
        const end = termEnd(lower, n, j);
        if (end >= 0) for (const term of ends) out.push({ term, kind: 'term', start: i, end });
      }
      at = j < n ? terms.child(at, lower.charCodeAt(j)) : 0;
    }
  }

  /** The acronyms starting at `i` of the text and followed by no letter. */
  private acronymsFrom(text: string, i: number, out: TermOccurrence[]): void {
    const n = text.length;
    const acronyms = this.acronyms;
    let at = i < n ? acronyms.start(text.charCodeAt(i)) : 0;
    for (let j = i + 1; at !== 0; j++) {
      const ends = acronyms.ends[at];
      if (ends && !(j < n && isLetter(text.charCodeAt(j)))) for (const term of ends) out.push({ term, kind: 'acronym', start: i, end: j });
      at = j < n ? acronyms.child(at, text.charCodeAt(j)) : 0;
    }
  }
}

/** The two runs `list[0, split)` and `list[split, end)`, each in order of start, merged; the first run's first at equal starts. */
function mergeByStart(list: readonly TermOccurrence[], split: number): TermOccurrence[] {
  const out: TermOccurrence[] = new Array(list.length);
  let a = 0;
  let b = split;
  let k = 0;
  while (a < split && b < list.length) out[k++] = list[b].start < list[a].start ? list[b++] : list[a++];
  while (a < split) out[k++] = list[a++];
  while (b < list.length) out[k++] = list[b++];
  return out;
}

/**
 * A sorted copy, stable, as `slice().sort(byStartLongestFirst)` gives: the uses of one text are
 * few and nearly in order (only nested uses at one place are not), where an insertion sort
 * makes no work arrays.
 */
function insertionSorted(list: readonly TermOccurrence[]): TermOccurrence[] {
  const out = list.slice();
  for (let i = 1; i < out.length; i++) {
    const o = out[i];
    let j = i;
    while (j > 0 && byStartLongestFirst(out[j - 1], o) > 0) {
      out[j] = out[j - 1];
      j--;
    }
    out[j] = o;
  }
  return out;
}

/** By start, the longest first (the order {@link outermost} reads uses in). */
const byStartLongestFirst = (a: TermOccurrence, b: TermOccurrence) => a.start - b.start || b.end - a.end;

/**
 * The uses not inside a longer one: "ASEAN-China" within "ASEAN-China Environmental Cooperation
 * Forum" is part of the forum's name, whose agreed Chinese governs the whole span (and contains
 * the shorter term's, in a consistent glossary). Uses with the same span are all kept. In order
 * of where they start, the longest first.
 */
export function outermost(occurrences: readonly TermOccurrence[]): TermOccurrence[] {
  // By start, the longest first: a use is inside an earlier one exactly when an earlier one ends
  // after it, or ends with it having started before it. Uses come in order of start, and mostly
  // one per place: sorted only when they are not in that order already.
  let sorted = occurrences;
  for (let i = 1; i < occurrences.length; i++) {
    if (byStartLongestFirst(occurrences[i - 1], occurrences[i]) > 0) {
      sorted = insertionSorted(occurrences);
      break;
    }
  }
  const out: TermOccurrence[] = [];
  let maxEnd = -1;
  let maxEndStart = -1;
  for (const o of sorted) {
    if (o.end > maxEnd) {
      maxEnd = o.end;
      maxEndStart = o.start;
    } else if (o.end < maxEnd || maxEndStart < o.start) continue;
    out.push(o);
  }
  return out;
}

/**
 * Compiled matchers by glossary content, shared by every checker of the process: a matcher never
 * changes once built, so (like a rule's regular expressions) it can outlive the checker that
 * built it, and a fresh checker does not compile the same glossary again. A few kept: a process
 * rarely holds more than one or two glossaries.
 */
const compiled = new Map<string, GlossaryMatcher>();
const COMPILED_KEPT = 4;

/**
 * The compiled matcher of a glossary, remembered: the same array gives the same matcher, and so
 * does an equal glossary in a new array (a project that crossed IPC is all new objects).
 * `generation` changes exactly when the matcher does.
 */
export class GlossaryMatcherCache {
  private glossary: readonly GlossaryTerm[] | null = null;
  private matcher: GlossaryMatcher | null = null;
  generation = 0;

  of(glossary: readonly GlossaryTerm[]): GlossaryMatcher {
    // The same array is the same glossary: like the framework, a project is never changed in place.
    if (glossary === this.glossary && this.matcher) return this.matcher;
    this.glossary = glossary;
    const signature = JSON.stringify(glossary.map((t) => [t.id, t.en, t.zh, t.acronym ?? '', t.short ?? '', t.variants ?? []]));
    let matcher = compiled.get(signature);
    if (!matcher) {
      matcher = new GlossaryMatcher(glossary);
      if (compiled.size >= COMPILED_KEPT) compiled.delete(compiled.keys().next().value!);
      compiled.set(signature, matcher);
    }
    if (matcher !== this.matcher) {
      this.generation++;
      this.matcher = matcher;
    }
    return matcher;
  }
}

/**
 * Whether a Chinese text follows a term the English names only by its acronym: it keeps the
 * acronym or writes the agreed short form (the full form is checked by the caller).
 */
export function acronymFollowed(c: { acronym: string | null; short: string | null }, normalisedZh: string): boolean {
  return (c.acronym !== null && normalisedZh.includes(c.acronym)) || (c.short !== null && normalisedZh.includes(c.short));
}
