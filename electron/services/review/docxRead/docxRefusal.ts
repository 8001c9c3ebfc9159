import type { RefusalCode } from '../../../../shared/review/refusal';

/**
 * Why a .docx (or one part of it) is refused: a code (worded in the UI's locales and by the
 * command line), the part of the zip it concerns (`word/document.xml`; '' for the file as a
 * whole) and a detail in English for logs and the command line.
 */
// A refusal is returned to the user as a refusal list (shared/review/refusal.ts), never thrown across IPC.
// eslint-disable-next-line no-restricted-syntax
export class DocxRefusalError extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly part: string,
    readonly detail: string = '',
  ) {
    super(`${code}${part ? ` (${part})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}
