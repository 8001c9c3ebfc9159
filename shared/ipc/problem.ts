import { z } from 'zod';

/**
 * Every failure the services report, by code. The services send a code and its data, never prose
 * for the user: the renderer words each code in the UI language (`problems.<code>` in
 * renderer/i18n/locales/{en,zh}.json; a test fails when one is missing), and the command line in
 * English from the same file. Adding a code: add it here, then its words in both locale files.
 */
export const PROBLEM_CODES = [
  // Requests that never reach a handler, and failures nobody foresaw.
  'bad-request', 'unknown-method', 'untrusted-sender', 'unexpected', 'cancelled',
  // Project files: loading (the file is left untouched), locks, the file system, backups.
  'load-io', 'load-bad-encoding', 'load-too-deep', 'load-truncated', 'load-not-json', 'load-not-a-project', 'load-newer-schema', 'load-migration-failed', 'load-invalid',
  'locked', 'lock-lost', 'file-system', 'file-exists', 'not-a-backup', 'no-backup', 'backup-unverified', 'read-only', 'read-only-file', 'read-only-folder',
  // The project file changed on disk under the app (saving stops until the user chooses).
  'disk-deleted', 'disk-modified', 'disk-unreadable', 'disk-other-project', 'no-disk-change',
  // Changes to the open project.
  'stale-revision', 'invalid-change', 'bad-patch', 'bad-operation',
  'no-such-element', 'no-such-field', 'not-movable', 'bad-index', 'not-insertable',
  // Review.
  'review-read-only', 'review-mode', 'not-review-mode', 'no-reviewer', 'other-identity', 'no-such-item', 'element-missing', 'text-changed', 'not-a-docx', 'not-a-review-docx',
  // The implementation record.
  'missing-columns', 'progress-refused', 'year-outside-period', 'not-in-work-plan', 'not-author',
  'progress-read-only', 'progress-mode', 'not-progress-mode',
  // Versions and editions.
  'nothing-to-restore', 'no-such-version', 'damaged-version', 'period-not-later', 'bad-period',
  // Export.
  'final-blocked', 'export-exists', 'render-failed', 'write-failed', 'bad-target', 'open-failed', 'font-missing',
  // File handles (shared/ipc/fileHandle.ts): the renderer sent something main never gave it, or a handle for another use.
  'unknown-handle', 'wrong-handle-kind',
] as const;

export const ProblemCodeSchema = z.enum(PROBLEM_CODES);
export type ProblemCode = z.infer<typeof ProblemCodeSchema>;

/** Values the words of a problem put in their placeholders (`{{name}}`): plain, language-neutral. */
export const ProblemDataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type ProblemData = z.infer<typeof ProblemDataSchema>;

/** A failure to show the user: its code and data, which file, and where in the file. */
export const ProblemSchema = z.object({
  code: ProblemCodeSchema,
  data: ProblemDataSchema.optional(),
  file: z.string().optional(),
  /**
   * The renderer's way back to `file` when it can act on it (open a backup, take over a lock): a
   * handle main minted (shared/ipc/fileHandle.ts). Across IPC `file` is the base name only.
   */
  handle: z.string().optional(),
  /** Where in a file (a dotted path) and what is wrong there (a validator's words). */
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** English, for logs and developers only: the UI never shows it (it words `code` and `data`). */
  message: z.string().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * The one way services (and shared code) fail with a problem the user should see:
 * `throw new ProblemError('read-only')`, `new ProblemError('locked', { holder }, { file })`.
 * Handlers' callers turn it into a Problem as it is (see `toProblem`); the Error's own message
 * is English for logs and the command line.
 */
export class ProblemError extends Error {
  readonly file?: string;
  readonly details?: Problem['details'];

  constructor(
    readonly code: ProblemCode,
    readonly data: ProblemData = {},
    extra: { file?: string; details?: Problem['details']; message?: string; cause?: unknown } = {},
  ) {
    super(extra.message ?? englishFallback(code, data, extra.file), extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'ProblemError';
    if (extra.file !== undefined) this.file = extra.file;
    if (extra.details !== undefined) this.details = extra.details;
  }

  toProblem(): Problem {
    return {
      code: this.code,
      ...(Object.keys(this.data).length ? { data: this.data } : {}),
      ...(this.file !== undefined ? { file: this.file } : {}),
      ...(this.details !== undefined ? { details: this.details } : {}),
      message: this.message,
    };
  }
}

function englishFallback(code: ProblemCode, data: ProblemData, file?: string): string {
  const values = Object.entries(data).map(([k, v]) => `${k}=${String(v)}`);
  return [code, file, values.length ? `(${values.join(', ')})` : ''].filter(Boolean).join(' ');
}

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && (PROBLEM_CODES as readonly string[]).includes(code);
}
