import { stripInlineMarkup } from '../text/inline';
import { StringMemo } from './memo';

/** The text without inline markup; most fields have none, and the checker reads every field on every run. */
export function plain(text: string): string {
  return text.includes('*') ? stripInlineMarkup(text) : text;
}

/** True when a text has nothing but spaces (and markup). */
export function isBlank(text: string): boolean {
  return /^[\s*]*$/.test(text);
}

/**
 * Text helpers of the checker: name normalisation, a light English stemmer, token similarity and
 * the acronyms a document defines for itself. Deterministic and dependency-free.
 */

/** A title as a reader compares it: no markup, case or spacing, no list punctuation at the end. */
export function normalizeName(text: string): string {
  return plain(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s;；,，.。:：、]+$/u, '')
    .replace(/(?:;|；|,)?\s*(?:and|和|及)$/u, '')
    .replace(/[\s;；,，.。:：、]+$/u, '')
    .trim();
}

const STOP = new Set(
  (
    'a an the and or of in on at to for by with from into as is are was were be been being will would shall should can could may ' +
    'this that these those it its their they them both each other such than then there which who whom whose also etc ' +
    'including include includ among about through within between under over more most further relevant related ' +
    'asean china chinese member states state held'
  ).split(' '),
);

const SUFFIXES: Array<[string, string]> = [
  ['ational', 'ate'], ['ations', ''], ['ation', ''], ['ments', ''], ['ment', ''], ['ings', ''], ['ing', ''],
  ['ities', ''], ['ity', ''], ['ions', ''], ['ion', ''], ['ies', 'y'], ['ied', 'y'], ['ers', ''], ['er', ''],
  ['ed', ''], ['es', ''], ['al', ''], ['ly', ''], ['s', ''],
];

/** A light suffix-stripping stemmer: enough to meet "plastics"/"plastic", "cooperation"/"cooperate". */
export function stem(word: string): string {
  let w = word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && !(suffix === 's' && w.endsWith('ss'))) {
      w = w.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('at')) w = w.slice(0, -2);
  return w;
}

/**
 * The content words of an English text, stemmed, in order (repeats kept). Acronyms the document
 * defines are expanded to their words, so "EISP" meets "Environmental Information Sharing Platform".
 */
export function contentTokens(text: string, acronyms?: ReadonlyMap<string, string[]>, stems?: Map<string, string>): string[] {
  const out: string[] = [];
  for (const raw of plain(text).match(/[A-Za-z]{2,}/g) ?? []) {
    const expansion = acronyms?.get(raw);
    if (expansion) {
      for (const t of expansion) out.push(t);
      continue;
    }
    // Keyed by the word as written: no lower-casing for words met before ('' = a stop word).
    let s = stems?.get(raw);
    if (s === undefined) {
      const w = raw.toLowerCase();
      s = STOP.has(w) ? '' : stem(w);
      stems?.set(raw, s);
    }
    if (s) out.push(s);
  }
  return out;
}

/** |A ∩ B| / min(|A|, |B|) over token sets: high when the shorter text is contained in the longer. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // Copies of a text share one set: no need to look.
  if (a === b) return 1;
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let n = 0;
  for (const t of small) if (large.has(t)) n++;
  return n / small.size;
}

/** A sparse TF-IDF vector, L2-normalised. */
export type Vector = Map<string, number>;

/** TF-IDF vectors of a small corpus (the idf comes from these documents only). */
export function tfidfVectors(docs: readonly string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [t, f] of tf) {
      const w = (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1));
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) s += w * (large.get(t) ?? 0);
  return s;
}

/**
 * The same TF-IDF vectors as {@link tfidfVectors}, packed for many cosines: each term is a number,
 * each vector its terms in first-occurrence order with their weights, plus the weights spread
 * over the whole vocabulary (0 where the document lacks the term) to be looked up by number.
 * {@link packedCosine} of two of them is {@link cosine} of the Map vectors, to the last bit: the
 * same products are summed in the same order (a term the other lacks adds w·0, as there).
 */
export interface PackedVector {
  /** The corpus's arrays: every vector's terms and weights side by side, and every dense vector. */
  corpus: { terms: Int32Array; weights: Float64Array; dense: Float64Array };
  /** Where this vector's terms and weights are in `corpus.terms` / `corpus.weights`. */
  start: number;
  end: number;
  /** Where its dense weights begin in `corpus.dense`. */
  denseAt: number;
}

export function packedTfidfVectors(docs: readonly string[][]): PackedVector[] {
  // Every vector is a range of one array per kind (not a view: three typed-array views per
  // document cost more to make than the cosines): the checker packs a corpus per component on
  // every full check, and a few typed arrays cost far less to make and collect than a few per
  // document.
  let total = 0;
  for (const d of docs) total += d.length;
  const ids = new Map<string, number>();
  const coded = new Int32Array(total);
  let at = 0;
  for (const d of docs) {
    for (let i = 0; i < d.length; i++) {
      let id = ids.get(d[i]);
      if (id === undefined) {
        id = ids.size;
        ids.set(d[i], id);
      }
      coded[at++] = id;
    }
  }
  const vocabulary = ids.size;
  const df = new Int32Array(vocabulary);
  const lastDoc = new Int32Array(vocabulary).fill(-1);
  at = 0;
  for (let k = 0; k < docs.length; k++) {
    for (const end = at + docs[k].length; at < end; at++) {
      const t = coded[at];
      if (lastDoc[t] !== k) {
        lastDoc[t] = k;
        df[t]++;
      }
    }
  }
  const n = docs.length;
  const tf = new Int32Array(vocabulary);
  // A document has at most as many distinct terms as tokens: `total` bounds all of them together.
  const allTerms = new Int32Array(total);
  const allWeights = new Float64Array(total);
  const allDense = new Float64Array(n * vocabulary);
  const corpus = { terms: allTerms, weights: allWeights, dense: allDense };
  const out: PackedVector[] = new Array(n);
  at = 0;
  let termsAt = 0;
  for (let k = 0; k < n; k++) {
    // Terms in first-occurrence order, as a Map would iterate them.
    const first = termsAt;
    for (const end = at + docs[k].length; at < end; at++) {
      const t = coded[at];
      if (tf[t]++ === 0) allTerms[termsAt++] = t;
    }
    let norm = 0;
    for (let i = first; i < termsAt; i++) {
      const t = allTerms[i];
      const w = (1 + Math.log(tf[t])) * Math.log(1 + n / (df[t] || 1));
      allWeights[i] = w;
      norm += w * w;
      tf[t] = 0;
    }
    norm = Math.sqrt(norm) || 1;
    const denseAt = k * vocabulary;
    for (let i = first; i < termsAt; i++) {
      allWeights[i] = allWeights[i] / norm;
      allDense[denseAt + allTerms[i]] = allWeights[i];
    }
    out[k] = { corpus, start: first, end: termsAt, denseAt };
  }
  return out;
}

/** {@link cosine} of two packed vectors of one corpus. */
export function packedCosine(a: PackedVector, b: PackedVector): number {
  const aSmaller = a.end - a.start <= b.end - b.start;
  const small = aSmaller ? a : b;
  const large = aSmaller ? b : a;
  let s = 0;
  const { terms, weights } = small.corpus;
  const dense = large.corpus.dense;
  const at = large.denseAt;
  for (let i = small.start; i < small.end; i++) s += weights[i] * dense[at + terms[i]];
  return s;
}

const ACRONYM_DEF = /\(([A-Z][A-Z0-9]{1,9})\)/g;
const MINOR = new Set(['of', 'and', 'the', 'on', 'for', 'in', 'to', 'a']);

/**
 * Acronyms a text defines as "Environmental Information Sharing Platform (EISP)": acronym → the
 * stemmed content words it stands for. Only definitions whose initials spell the acronym count.
 */
export function findAcronyms(text: string, into: Map<string, string[]> = new Map()): Map<string, string[]> {
  const source = plain(text);
  for (const m of source.matchAll(ACRONYM_DEF)) {
    const acronym = m[1];
    const letters = acronym.replace(/[0-9]/g, '').toLowerCase();
    const before = source.slice(Math.max(0, m.index - 200), m.index).split(/[\s-]+/).filter(Boolean);
    // Walk back over the words, matching initials from the acronym's last letter.
    let li = letters.length - 1;
    let start = before.length;
    for (let i = before.length - 1; i >= 0 && li >= 0; i--) {
      const w = before[i].replace(/[^A-Za-z]/g, '');
      if (!w) break;
      if (MINOR.has(w.toLowerCase())) continue;
      if (w[0].toLowerCase() !== letters[li]) break;
      li--;
      start = i;
    }
    if (li >= 0 || into.has(acronym)) continue;
    into.set(acronym, contentTokens(before.slice(start).join(' ')));
  }
  return into;
}

/** Plain-text edit distance (Levenshtein), for "Shiyao" / "Shiyuan". */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/**
 * Content tokens per distinct English text, remembered. Keyed by the text, not by the object that
 * holds it: a string key is hashed once and costs nothing to collect, while a weak entry per text
 * object (thousands in a full check) cost the garbage collector more than the lookups it saved.
 * Valid for one acronym map: a new map starts afresh.
 */
export class TokenMemo {
  /** Tokens per distinct text: copies of a text (other objects) share one array. */
  private byText = new StringMemo<string[]>();
  private acronyms: ReadonlyMap<string, string[]> | undefined;
  /**
   * Word as written → what it contributes: its acronym expansion, else its stem ('' = a stop
   * word). One lookup per word met before, for the acronym map in use (a new map starts afresh).
   */
  private words = new Map<string, string | readonly string[]>();
  private readonly compute = (text: string) => memoTokens(text, this.acronyms, this.words);

  /** Tokens of `owner`'s English `text`, where `owner` is the object that holds the text (a BiText). */
  get(owner: { en: { text: string } }, acronyms?: ReadonlyMap<string, string[]>): string[] {
    if (acronyms !== this.acronyms) {
      this.byText = new StringMemo();
      this.words = new Map();
      this.acronyms = acronyms;
    }
    return this.byText.get(owner.en.text, this.compute);
  }
}

/** {@link contentTokens} with each word's contribution remembered in `words` (for one acronym map). */
function memoTokens(text: string, acronyms: ReadonlyMap<string, string[]> | undefined, words: Map<string, string | readonly string[]>): string[] {
  const out: string[] = [];
  for (const raw of plain(text).match(/[A-Za-z]{2,}/g) ?? []) {
    let w = words.get(raw);
    if (w === undefined) {
      const lower = raw.toLowerCase();
      w = acronyms?.get(raw) ?? (STOP.has(lower) ? '' : stem(lower));
      words.set(raw, w);
    }
    if (typeof w === 'string') {
      if (w) out.push(w);
    } else for (const t of w) out.push(t);
  }
  return out;
}
