import { z } from 'zod';
import { LanguageSchema, type Language } from '../model/bilingual';
import type { FieldName } from '../model/elements';

/**
 * A finding of the consistency checker: a code, a severity, the elements involved and the data a
 * message needs. Never prose: the words live in the UI locale files (`findings.codes.<code>`),
 * which the app and the command line both read.
 */

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;
/** Most severe first; the panel and the command line list findings in this order. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The families of checks; each has its own codes. */
export const FamilySchema = z.enum(['names', 'numbering', 'schedules', 'coverage', 'objectives', 'annex', 'bilingual', 'terminology', 'content', 'review', 'record']);
export type Family = z.infer<typeof FamilySchema>;
export const FAMILIES: readonly Family[] = FamilySchema.options;

const FIELD_NAMES = [
  'title', 'shortTitle', 'text', 'focus', 'schedule', 'time', 'place', 'heading', 'name', 'address',
  'focusColumn', 'actionColumn', 'activityColumn', 'scheduleColumn', 'numberColumn', 'timePlaceColumn', 'textColumn',
] as const satisfies readonly FieldName[];
// Fails to compile when shared/model/elements.ts gains a field name this list lacks.
const everyFieldListed: Exclude<FieldName, (typeof FIELD_NAMES)[number]> extends never ? true : false = true;
void everyFieldListed;
export const FieldNameSchema = z.enum(FIELD_NAMES);

export const FindingDataValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())]);
export type FindingData = Record<string, z.infer<typeof FindingDataValueSchema>>;

export const FindingSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  severity: SeveritySchema,
  family: FamilySchema,
  /** The elements involved; the first is where "go to" lands. May be empty for a document-wide summary. */
  elementIds: z.array(z.string()),
  /** The field of the first element that the finding is about (highlighted on "go to"). */
  field: FieldNameSchema.optional(),
  lang: LanguageSchema.optional(),
  data: z.record(z.string(), FindingDataValueSchema),
  /** Stable identity (code + element ids + field + language [+ subject]): what a waiver refers to. */
  key: z.string(),
});
export type Finding = z.infer<typeof FindingSchema>;

/**
 * The stable identity of a finding: the same inconsistency keeps its key across edits and runs.
 * `subject` tells apart findings of one code on the same field (one per glossary term), so a
 * waiver of one leaves the others listed.
 */
export function findingKey(code: string, elementIds: readonly string[], field?: FieldName, lang?: Language, subject?: string): string {
  // Most findings are on one element: its id as it is, with no joined copy.
  const key = `${code}|${elementIds.length === 1 ? elementIds[0] : elementIds.join(',')}|${field ?? ''}|${lang ?? ''}`;
  return subject === undefined ? key : `${key}|${subject}`;
}

/** What a rule states; {@link finding} completes it with its key. */
export interface FindingInit {
  code: string;
  severity: Severity;
  family: Family;
  elementIds: string[];
  field?: FieldName;
  lang?: Language;
  /** What within the field the finding is about, when one field can have several of the code (part of the key). */
  subject?: string;
  data?: FindingData;
}

/** Builds a finding (with its key) from what a rule states. */
export function finding(init: FindingInit): Finding {
  const out: Finding = {
    code: init.code,
    severity: init.severity,
    family: init.family,
    elementIds: init.elementIds,
    data: init.data ?? {},
    key: findingKey(init.code, init.elementIds, init.field, init.lang, init.subject),
  };
  if (init.field) out.field = init.field;
  if (init.lang) out.lang = init.lang;
  return out;
}
