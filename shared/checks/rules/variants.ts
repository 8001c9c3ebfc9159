import { finding, type Finding, type Severity } from '../finding';
import { eachField, type Derived, type RuleDefinition } from '../rule';
import { plain } from '../text';

/**
 * Names across places, for every proper name of the English text: the same instrument, body or
 * publication written two ways ("Convention on / of Biological Diversity", "ASEAN Center / Centre
 * for Biodiversity", "CAEO-1" / "CAEO-I", "ASEAN-China" / "ASEAN- China"). Names are runs of
 * capitalised words (with of/on/for/and/the/in between); two runs are variants when they agree
 * once case, small words, spelling conventions and hyphen spacing are set aside; and one acronym
 * defined as two different names ("ASEAN-China …" / "China-ASEAN Environmental Cooperation Center (CAEC)").
 */
export const VARIANT_CODES = {
  'name-variant': 'warning',
} as const satisfies Record<string, Severity>;

const CONNECTOR = '(?:of|on|for|and|the|in|to)';
const CAP = "[A-Z][A-Za-z'’]*(?:-\\s?[A-Za-z][A-Za-z'’]*)*";
// At least three capitalised words; connectors only between them.
const NAME = new RegExp(`${CAP}(?:\\s+(?:${CONNECTOR}\\s+)*${CAP}){2,}`, 'g');
// Acronyms with a number: CAEO-1, CAEO-I, UNEA-4.
const NUMBERED_ACRONYM = /\b[A-Z]{2,}-\s?(?:\d+|[IVX]+)\b/g;
/** Spacing that collapsing changes: two spaces in a row, or a space other than " " (newline, tab, no-break). */
const ODD_SPACE = /[^\S ]| {2}/;
const LEADING = /^(?:The|the|In|On|At|For|By|With|From|And|Of|To)\s+/;

const SPELLING: Array<[RegExp, string]> = [
  [/centre/g, 'center'],
  [/programme/g, 'program'],
  [/organis/g, 'organiz'],
  [/(\w)is(e|ed|ing|ation)\b/g, '$1iz$2'],
];
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };

/** Whether any SPELLING rewrite applies (most names have none): one look instead of four replacements. */
const SPELLING_HINT = /centre|programme|organis|\wis(?:e|ed|ing|ation)\b/;
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'to']);
/** White space other than the plain space: such a name takes the general path. */
const OTHER_SPACE = /[^\S ]/;

/** The comparison key of a name: lower case, no small words, one spelling convention, no spaces or hyphens. */
export function variantKey(name: string): string {
  let k = name.toLowerCase();
  if (SPELLING_HINT.test(k)) for (const [re, to] of SPELLING) k = k.replace(re, to);
  if (k.includes('-')) k = k.replace(/-\s?([ivx]+)$/, (_, r: string) => `-${ROMAN[r] ?? r}`);
  if (OTHER_SPACE.test(k)) {
    return k
      .split(/\s+/)
      .filter((w) => !SMALL_WORDS.has(w))
      .join('')
      .replace(/[-\s]/g, '');
  }
  // Names are spaced with plain spaces (namesIn collapses the rest): the same key without a
  // regular expression per word. Empty words (two spaces) add nothing, as joined above.
  let key = '';
  for (const w of k.split(' ')) if (!SMALL_WORDS.has(w)) key += w;
  return key.includes('-') ? key.replaceAll('-', '') : key;
}

/** Proper names written in one text, as written (spaces collapsed, a leading "The" dropped). */
export function namesIn(text: string): string[] {
  const t = plain(text);
  const out: string[] = [];
  // Read with exec on the module's expression (lastIndex reset first): matchAll would copy the
  // expression for every text.
  NAME.lastIndex = 0;
  for (let m = NAME.exec(t); m; m = NAME.exec(t)) {
    // Most names are spaced with single spaces already: collapsing them would copy every name.
    const name = (ODD_SPACE.test(m[0]) ? m[0].replace(/\s+/g, ' ') : m[0]).replace(LEADING, '');
    out.push(name);
    // "ASEAN Centre for Biodiversity and UNEP Asian Pacific Office" names two bodies: each counts on its own.
    if (!name.includes(' and ')) continue;
    const pieces = name.split(/ and /);
    for (const p of pieces) if ((p.match(/(?:^|\s)[A-Z]/g) ?? []).length >= 3) out.push(p.replace(LEADING, ''));
  }
  // A numbered acronym has a hyphen: a text without one has none to search for.
  if (t.includes('-')) {
    NUMBERED_ACRONYM.lastIndex = 0;
    for (let m = NUMBERED_ACRONYM.exec(t); m; m = NUMBERED_ACRONYM.exec(t)) out.push(m[0].replace(/\s+/g, ''));
  }
  return out;
}

const ACRONYM_IN_PARENS = /\(([A-Z][A-Z0-9]{1,9})\)/g;
const CAPITALISED = /^[A-Z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*-?$/;
const SMALL = /^(?:of|on|for|and|the|in|to)$/;

/**
 * Acronyms a text defines, with the name written before each: "ASEAN-China Environmental
 * Cooperation Center (CAEC)". Walks back from each "(ACRONYM)" over capitalised words (small
 * words allowed between them), which is far cheaper than a regular expression tried at every capital.
 */
export function definitionsIn(text: string): Array<{ acronym: string; name: string }> {
  if (!text.includes('(')) return [];
  const t = plain(text);
  const out: Array<{ acronym: string; name: string }> = [];
  ACRONYM_IN_PARENS.lastIndex = 0;
  for (let m = ACRONYM_IN_PARENS.exec(t); m; m = ACRONYM_IN_PARENS.exec(t)) {
    // "China- ASEAN" keeps its space: the hyphen ends a word that the next one continues.
    const words = t.slice(Math.max(0, m.index - 200), m.index).trimEnd().split(/\s+/);
    let start = words.length;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      if (CAPITALISED.test(w)) start = i;
      else if (!(SMALL.test(w) && start === i + 1 && i > 0)) break;
    }
    const name = words.slice(start).join(' ').replace(LEADING, '');
    if ((name.match(/(?:^|[\s-])[A-Z]/g) ?? []).length >= 2) out.push({ acronym: m[1], name });
  }
  return out;
}

/** A name as written in a field; `lower`: the form in lower case, worked out with the form. */
type Name = { key: string; form: string; lower: string };
type Named = { id: string; names: Name[] };

/** The names a text writes, with the key that groups variants of one name (`keyOf`: variantKey, or it remembered). */
function readNames(text: string, keyOf: (name: string) => string = variantKey): Name[] {
  const out: Name[] = [];
  for (const form of namesIn(text)) out.push({ key: keyOf(form), form, lower: form.toLowerCase() });
  // One acronym defined as two different names ("ASEAN-China …" / "China-ASEAN … Center (CAEC)").
  for (const d of definitionsIn(text)) out.push({ key: `acronym:${d.acronym}`, form: d.name, lower: d.name.toLowerCase() });
  return out;
}

/** One finding per name written in more than one form across the document (parts in document order). */
function variantFindings(parts: readonly Named[][]): Finding[] {
  // key → form (case-insensitive) → first element writing it
  const byKey = new Map<string, Map<string, { form: string; id: string }>>();
  for (const part of parts) {
    for (const { id, names } of part) {
      for (const { key, form, lower } of names) {
        let forms = byKey.get(key);
        if (forms === undefined) {
          forms = new Map<string, { form: string; id: string }>();
          byKey.set(key, forms);
        }
        if (!forms.has(lower)) forms.set(lower, { form, id });
      }
    }
  }
  const output: Finding[] = [];
  const seen = new Set<string>();
  for (const forms of byKey.values()) {
    if (forms.size < 2) continue;
    const list = [...forms.values()];
    const ids = [...new Set(list.map((f) => f.id))];
    const f = finding({ code: 'name-variant', severity: 'warning', family: 'names', elementIds: ids, lang: 'en', data: { forms: list.map((x) => x.form) } });
    // A part of a longer name ("… Strategy" of "… Strategy and Action Plan") differing in the same places is the same finding.
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    output.push(f);
  }
  return output;
}

/**
 * readNames with each distinct name's key worked out once (a document writes its few hundred
 * names over and over); one such function per set of derived values, so its results are remembered.
 */
const namesReader = (text: Derived['text']) => (t: string) => readNames(t, (name) => text(variantKey, name));

export const variantsRule: RuleDefinition = {
  id: 'variants',
  family: 'names',
  codes: VARIANT_CODES,
  steps: [
    eachField<Named | null, Named[], { text: Derived['text']; names: (text: string) => Name[] }>({
      reads: (_input, derived) => ({ text: derived.text, names: derived.of(namesReader, derived.text) }),
      check: (f, { text, names: read }) => {
        // The names of each distinct text (a document repeats its titles and entries), read once.
        const names = text(read, f.value.en.text);
        return names.length === 0 ? null : { id: f.id, names };
      },
      // Typing that leaves a field's names as they were keeps its result, so the grouping is skipped.
      same: (a, b) => a === b || (a !== null && b !== null && a.id === b.id && a.names.length === b.names.length && a.names.every((n, i) => n.form === b.names[i].form && n.key === b.names[i].key)),
      summarise: (items) => items.filter((x): x is Named => x !== null),
      combine: (parts) => variantFindings(parts),
    }),
  ],
};
