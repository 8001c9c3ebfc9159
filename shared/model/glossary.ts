import { z } from 'zod';
import { IdSchema, type Framework } from './framework';
import { listElements, type FieldName } from './elements';
import type { Path } from './patch/patch';

/**
 * The project's agreed terminology: one Chinese term for one English concept, so the same
 * instrument, body or idea reads the same way everywhere in the Chinese text (and the checker's
 * terminology rule can say where it does not).
 *
 * Two English spellings of one concept ("Eco-friendly" / "Ecologically Friendly Urban
 * Development") are two terms with the same `zh`. `acronym` is the Latin short form printed in
 * the English ("CAEC"); where the English has only the acronym, the Chinese may keep the acronym
 * or write the Chinese term (for "USD", "UN", "ASEAN" it writes the Chinese term).
 */
export const GlossaryTermSchema = z.object({
  id: IdSchema,
  /** The English term as it is printed (matched case-insensitively, hyphen spacing ignored). */
  en: z.string().min(1),
  /** The agreed Chinese term. */
  zh: z.string().min(1),
  /** Why this rendering (official source, published variant, scope). */
  note: z.string().optional(),
  /** The English acronym, when the text uses one ("CAEC", "SDGs"). */
  acronym: z.string().min(1).optional(),
});
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/** How the English of one field refers to a term: by its full English form, or by its acronym only. */
export type GlossaryMatch = 'term' | 'acronym';

/** One field whose English uses a glossary term. */
export interface GlossaryFieldUsage {
  elementId: string;
  field: FieldName;
  /** Path of the field's BiText from the project root. */
  path: Path;
  match: GlossaryMatch;
  /**
   * True when the field's Chinese uses the agreed term: it contains `zh` (or, for an
   * acronym-only match, `zh` or the acronym itself). False also when the Chinese is empty.
   */
  zhHasTerm: boolean;
}

/** Where a term is used and whether the Chinese follows the glossary there. */
export interface GlossaryTermUsage {
  term: GlossaryTerm;
  fields: GlossaryFieldUsage[];
}

/**
 * One form for matching English: no emphasis markers, single spaces, no spaces around hyphens
 * ("ASEAN - China" → "ASEAN-China", as the published text spells it several ways), lower case.
 */
function normaliseEnglish(text: string): string {
  return text
    .replace(/\*/g, '')
    .replace(/\s*[-\u2010-\u2013]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** One form for matching Chinese: no emphasis markers, no spaces, one kind of hyphen. */
function normaliseChinese(text: string): string {
  return text.replace(/\*/g, '').replace(/\s+/g, '').replace(/[-\u2010-\u2013\uFF0D]/g, '－');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for a term inside normalised English: whole words only, so "UN" does not match
 * inside "UNEP"; a plural "s"/"es" may follow. Digits may touch the term, because the published
 * text runs some together ("Forum2019").
 */
function englishMatcher(term: string): RegExp {
  return new RegExp(`(?<![a-z])${escapeRegExp(normaliseEnglish(term))}(?:e?s)?(?![a-z])`);
}

/** An acronym is matched case-sensitively in the English as printed (so "un" in a word is not "UN"). */
function acronymMatcher(acronym: string): RegExp {
  return new RegExp(`(?<![A-Za-z])${escapeRegExp(acronym)}(?![A-Za-z])`);
}

/**
 * For each glossary term, every field of the framework whose English uses it and whether the
 * Chinese of that field contains the agreed Chinese term. Fields are listed in document order.
 *
 * A field matches by `term` when its English contains the term's English (whole words, plural
 * allowed, case-insensitive, emphasis and hyphen spacing ignored); otherwise by `acronym` when the
 * English contains the acronym as a word. For a `term` match the Chinese must contain `zh`; for
 * an `acronym` match, `zh` or the acronym.
 *
 * Pure; cost is terms × fields, fine for the ~350 fields of an edition (the checker calls it once
 * per revision).
 */
export function glossaryUsage(framework: Framework, glossary: readonly GlossaryTerm[]): GlossaryTermUsage[] {
  const fields = listElements(framework).flatMap((el) =>
    el.fields.map((f) => ({
      elementId: el.id,
      field: f.name,
      path: f.path,
      enRaw: f.value.en.text,
      en: normaliseEnglish(f.value.en.text),
      zh: normaliseChinese(f.value.zh.text),
    })),
  );
  return glossary.map((term) => {
    const byTerm = englishMatcher(term.en);
    const byAcronym = term.acronym ? acronymMatcher(term.acronym) : null;
    const zhTerm = normaliseChinese(term.zh);
    const out: GlossaryFieldUsage[] = [];
    for (const f of fields) {
      let match: GlossaryMatch | null = null;
      if (byTerm.test(f.en)) match = 'term';
      else if (byAcronym && byAcronym.test(f.enRaw)) match = 'acronym';
      if (!match) continue;
      const hasZh = f.zh.includes(zhTerm);
      const hasAcronym = match === 'acronym' && term.acronym !== undefined && f.zh.includes(term.acronym);
      out.push({ elementId: f.elementId, field: f.field, path: f.path, match, zhHasTerm: f.zh !== '' && (hasZh || hasAcronym) });
    }
    return { term, fields: out };
  });
}
