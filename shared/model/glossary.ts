import { z } from 'zod';
import { IdSchema, type Framework } from './framework';
import { listElements, type FieldName } from './elements';
import type { Path } from './patch/patch';
import { GlossaryMatcher, acronymFollowed, normaliseChinese } from './glossaryMatcher';

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
  /**
   * The agreed Chinese short form ("中国－东盟环保合作中心", "东盟环境高官会"): a Chinese text names a
   * body in full once, then by its short form, where the English writes the acronym. Accepted
   * wherever the English uses only the acronym.
   */
  short: z.string().min(1).optional(),
  /** Where the official Chinese name was found (a URL or a publication), for names of bodies and instruments. */
  source: z.string().min(1).optional(),
  /**
   * Chinese renderings met elsewhere that the project does not use (an earlier name, the English
   * word order): where a field's Chinese has one instead of `zh`, the checker names it.
   */
  variants: z.array(z.string().min(1)).optional(),
}).refine((t) => !(t.variants ?? []).some((v) => normaliseChinese(v).includes(normaliseChinese(t.zh))), {
  // A variant containing the agreed term would be met only where the agreed term is, and never reported.
  message: 'a variant must not contain the agreed Chinese term',
  path: ['variants'],
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
 * For each glossary term, every field of the framework whose English uses it and whether the
 * Chinese of that field contains the agreed Chinese term. Fields are listed in document order.
 *
 * A field matches by `term` when its English contains the term's English (whole words, plural
 * allowed, case-insensitive, emphasis and hyphen spacing ignored); otherwise by `acronym` when the
 * English contains the acronym as a word. For a `term` match the Chinese must contain `zh`; for
 * an `acronym` match, `zh` or the acronym.
 *
 * Pure; one pass over each field's English ({@link GlossaryMatcher}), so the cost follows the
 * length of the document, not terms × fields.
 */
export function glossaryUsage(framework: Framework, glossary: readonly GlossaryTerm[]): GlossaryTermUsage[] {
  const matcher = new GlossaryMatcher(glossary);
  const usage: GlossaryFieldUsage[][] = glossary.map(() => []);
  for (const el of listElements(framework)) {
    for (const f of el.fields) {
      const found = matcher.occurrences(f.value.en.text);
      if (found.length === 0) continue;
      // Per term: a full-form use anywhere makes it a `term` match, else an acronym use an `acronym` one.
      const kinds = new Map<number, GlossaryMatch>();
      for (const o of found) if (kinds.get(o.term) !== 'term') kinds.set(o.term, o.kind);
      const zh = normaliseChinese(f.value.zh.text);
      for (const [i, match] of kinds) {
        const c = matcher.chinese[i];
        const followed = zh.includes(c.zh) || (match === 'acronym' && acronymFollowed(c, zh));
        usage[i].push({ elementId: el.id, field: f.name, path: f.path, match, zhHasTerm: zh !== '' && followed });
      }
    }
  }
  return glossary.map((term, i) => ({ term, fields: usage[i] }));
}

