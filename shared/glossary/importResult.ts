import type { GlossaryTerm } from '../model/glossary';

/** Terms read from an exchange file, with what was skipped and why (line or concept named). */
export interface GlossaryImport {
  terms: GlossaryTerm[];
  skipped: { where: string; reason: string }[];
}

/** A file that cannot be read as a glossary at all: nothing is imported. */
// eslint-disable-next-line no-restricted-syntax -- carries the form field at fault; to move onto ProblemError
export class GlossaryImportError extends Error {
  constructor(
    readonly code: 'csv-columns' | 'csv-malformed' | 'tbx-not-xml' | 'tbx-not-termbase' | 'unknown-format',
    message: string,
  ) {
    super(message);
  }
}
