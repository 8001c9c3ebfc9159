import { GlossaryTermSchema, type GlossaryTerm } from '../model/glossary';

/** Terms read from an exchange file, with what was skipped and why (line or concept named). */
export interface GlossaryImport {
  terms: GlossaryTerm[];
  skipped: { where: string; reason: string }[];
}

/** A file that cannot be read as a glossary at all: nothing is imported. */
// eslint-disable-next-line no-restricted-syntax -- carries the form field at fault; to move onto ProblemError
export class GlossaryImportError extends Error {
  constructor(
    readonly code: 'bad-encoding' | 'csv-columns' | 'csv-malformed' | 'tbx-not-xml' | 'tbx-not-termbase' | 'unknown-format',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Only terms a project can hold are imported (an id with a space, a term past its length limit…);
 * the others are skipped with the field and the rule, like a row without its Chinese.
 */
export function validTermOrReason(term: GlossaryTerm): string | null {
  const r = GlossaryTermSchema.safeParse(term);
  if (r.success) return null;
  const issue = r.error.issues[0];
  return `${issue.path.join('.') || 'term'}: ${issue.message}`;
}
