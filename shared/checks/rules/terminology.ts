import type { FieldName } from '../../model/elements';
import type { GlossaryTerm } from '../../model/glossary';
import { GlossaryMatcherCache, acronymFollowed, normaliseChinese, outermost, type GlossaryMatcher, type TermOccurrence } from '../../model/glossaryMatcher';
import { finding, type Finding, type Severity } from '../finding';
import { eachField, type Derived, type RuleDefinition } from '../rule';
import { isBlank } from '../text';

/**
 * Terminology: where a field's English uses a term of the project glossary and its Chinese,
 * written, does not use the agreed Chinese term. A family of its own rather than bilingual
 * parity: parity compares a field's two languages with each other, this compares the Chinese
 * with what the project agreed (its glossary), and the people who act on it are those who keep
 * the glossary and the translation consistent across the whole document.
 *
 * `term-variant` (warning) when the Chinese has a rendering the glossary lists as not used
 * (`variants`) for the term or a term inside it: a known drift, nearly always to be corrected. `term-not-used` (info) otherwise:
 * the translation may render the idea another way on purpose (a paraphrase, a pronoun, a
 * restructured sentence), so it is a note to look at, not a defect.
 *
 * A term inside a longer one is governed by the longer ("ASEAN-China" in "ASEAN-China
 * Environmental Cooperation Forum"); terms with the same agreed Chinese (two English spellings
 * of one body) are one finding per field. Fields with no Chinese are left to the bilingual rule.
 */
export const TERMINOLOGY_CODES = {
  'term-variant': 'warning',
  'term-not-used': 'info',
} as const satisfies Record<string, Severity>;

/** A term a field's Chinese does not follow, read from its two texts alone (shared by fields with the same texts). */
export interface TermProblem {
  code: keyof typeof TERMINOLOGY_CODES;
  /** Index of the term in the glossary. */
  term: number;
  /** The English used only the acronym (so the Chinese could also have kept it). */
  acronymOnly: boolean;
  /** The variant the Chinese has, as the glossary writes it. */
  variant?: string;
}

const NONE: never[] = [];

/**
 * The terms whose agreed Chinese a field's Chinese lacks, in the order the English first uses
 * them. For a concept used only by its acronym, keeping the acronym in the Chinese is following it.
 */
export function termProblems(matcher: GlossaryMatcher, en: string, zh: string): TermProblem[] {
  if (isBlank(en) || isBlank(zh)) return NONE;
  const all = matcher.occurrences(en);
  const uses = outermost(all);
  if (uses.length === 0) return NONE;
  const text = normaliseChinese(zh);
  // Mostly the Chinese has every agreed term the English uses: nothing to group or report.
  if (uses.every((u) => text.includes(matcher.chinese[u.term].zh))) return NONE;
  // One entry per agreed Chinese term (a concept), in the order of first use.
  const concepts = new Map<string, { terms: number[]; uses: TermOccurrence[]; fullForm: boolean }>();
  for (const u of uses) {
    const key = matcher.chinese[u.term].zh;
    let c = concepts.get(key);
    if (!c) concepts.set(key, (c = { terms: [], uses: [], fullForm: false }));
    if (!c.terms.includes(u.term)) c.terms.push(u.term);
    c.uses.push(u);
    if (u.kind === 'term') c.fullForm = true;
  }
  let out: TermProblem[] = NONE;
  for (const [agreed, c] of concepts) {
    if (text.includes(agreed)) continue;
    if (!c.fullForm && c.terms.some((t) => acronymFollowed(matcher.chinese[t], text))) continue;
    // The finding names the concept by its first term in the glossary: a stable subject for its key.
    const term = Math.min(...c.terms);
    const variant = variantIn(matcher, text, c.terms, c.uses, all);
    if (out === NONE) out = [];
    out.push(variant === undefined ? { code: 'term-not-used', term, acronymOnly: !c.fullForm } : { code: 'term-variant', term, acronymOnly: !c.fullForm, variant });
  }
  return out;
}

/**
 * A known variant the Chinese has for a concept the Chinese does not follow: one of its own
 * terms', or one of a term inside it — "东盟－中国环境合作论坛" for the "ASEAN-China
 * Environmental Cooperation Forum" has the variant of "ASEAN-China", which is why the forum's
 * agreed name is missing.
 */
function variantIn(matcher: GlossaryMatcher, text: string, terms: readonly number[], uses: readonly TermOccurrence[], all: readonly TermOccurrence[]): string | undefined {
  const candidates = [...terms];
  for (const o of all) if (!candidates.includes(o.term) && uses.some((u) => u.start <= o.start && o.end <= u.end)) candidates.push(o.term);
  for (const t of candidates) {
    const at = matcher.chinese[t].variants.findIndex((v) => text.includes(v));
    if (at >= 0) return matcher.glossary[t].variants![at];
  }
  return undefined;
}

/** The findings of one field from its problems: what the English uses, what the glossary agrees on. */
function fieldFindings(matcher: GlossaryMatcher, elementId: string, field: FieldName, problems: readonly TermProblem[]): Finding[] {
  if (problems.length === 0) return NONE;
  return problems.map((p) => {
    const t = matcher.glossary[p.term];
    const term = p.acronymOnly && t.acronym ? t.acronym : t.en;
    const data: Finding['data'] =
      p.code === 'term-variant'
        ? { termId: t.id, term, zh: t.zh, variant: p.variant! }
        : { termId: t.id, term, zh: t.zh, accepted: p.acronymOnly && t.acronym ? [t.zh, ...(t.short ? [t.short] : []), t.acronym] : [t.zh] };
    return finding({ code: p.code, severity: TERMINOLOGY_CODES[p.code], family: 'terminology', elementIds: [elementId], field, lang: 'zh', subject: t.id, data });
  });
}

/** What the rule reads besides a field: the glossary's matcher (null without a glossary). */
interface TermContext {
  matcher: GlossaryMatcher | null;
  problems: ((en: string, zh: string) => TermProblem[]) | null;
  pair: Derived['pair'];
}

/** The project glossary's matcher (compiled once per distinct glossary, see glossaryMatcher.ts). */
const matcherOf = (glossary: readonly GlossaryTerm[]) => new GlossaryMatcherCache().of(glossary);
const problemsWith = (matcher: GlossaryMatcher) => (en: string, zh: string) => termProblems(matcher, en, zh);

export const terminologyRule: RuleDefinition = {
  id: 'terminology',
  family: 'terminology',
  codes: TERMINOLOGY_CODES,
  steps: [
    eachField<Finding[], Finding[], TermContext>({
      reads: (input, derived) => {
        if (input.glossary.length === 0) return { matcher: null, problems: null, pair: derived.pair };
        const matcher = derived.of(matcherOf, input.glossary);
        // One function per glossary (the same while the glossary is): each pair of texts is read once per glossary.
        return { matcher, problems: derived.of(problemsWith, matcher), pair: derived.pair };
      },
      skip: (c) => c.matcher === null,
      check: (f, { matcher, problems, pair }) => fieldFindings(matcher!, f.id, f.field, pair(problems!, f.value.en.text, f.value.zh.text)),
    }),
  ],
};
