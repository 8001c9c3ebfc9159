import { z } from 'zod';

/**
 * How far a translation has come. `missing` = nobody has written this language yet; `draft` =
 * written, unchecked; `reviewed` / `approved` = confirmed against a particular text of the
 * other language (see {@link LocalizedTextSchema} `basis`).
 */
export const TranslationStatusSchema = z.enum(['missing', 'draft', 'reviewed', 'approved']);
export type TranslationStatus = z.infer<typeof TranslationStatusSchema>;

export const LanguageSchema = z.enum(['en', 'zh']);
export type Language = z.infer<typeof LanguageSchema>;
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/**
 * One language's text of a field.
 *
 * `basis` is a fingerprint of the *other* language's text at the moment this text was marked
 * reviewed/approved. Staleness is computed by comparing it with the other text now, so it is
 * never guessed from edit order.
 *
 * Inline markup: `*...*` marks emphasis (the italic titles of instruments in the published
 * text); `\*` is a literal asterisk. See `shared/text/inline.ts`.
 */
export const LocalizedTextSchema = z.object({
  text: z.string(),
  status: TranslationStatusSchema,
  basis: z.string().optional(),
  /**
   * Set when the other language of the field was changed (typed, replaced, a suggestion
   * accepted) after this one was written: this text may no longer say the same and needs a look.
   * Cleared by marking it reviewed (or by editing it). Unlike `basis` it also covers drafts.
   */
  needsReview: z.literal(true).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A human-language field: English and Chinese, each with its own status. */
export const BiTextSchema = z.object({
  en: LocalizedTextSchema,
  zh: LocalizedTextSchema,
});
export type BiText = z.infer<typeof BiTextSchema>;

/** Both languages given. */
export function bi(en: string, zh: string, status: TranslationStatus = 'draft'): BiText {
  return { en: { text: en, status }, zh: { text: zh, status } };
}

/** An empty field, both languages missing. */
export function emptyBiText(): BiText {
  return { en: { text: '', status: 'missing' }, zh: { text: '', status: 'missing' } };
}

export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'zh' : 'en';
}

/**
 * A short, stable fingerprint of a text (FNV-1a 32-bit over UTF-16 code units, hex). Used for
 * translation bases: cheap, pure, deterministic across processes. Not a security hash.
 */
export function textFingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(16).padStart(8, '0')}`;
}

/**
 * True when `lang` needs review because the other language changed: it was confirmed
 * (reviewed/approved) against a text of the other language that has since changed, or it was
 * flagged (`needsReview`) when the other language was edited.
 */
export function isStale(field: BiText, lang: Language): boolean {
  const own = field[lang];
  if (own.needsReview === true && own.status !== 'missing') return true;
  if (own.status !== 'reviewed' && own.status !== 'approved') return false;
  if (own.basis === undefined) return false;
  return own.basis !== textFingerprint(field[otherLanguage(lang)].text);
}
