import { z } from 'zod';
import { PeriodSchema } from '../../model/framework';
import type { CompareResult } from '../../versions/compare';
import { EmptyRequestSchema, type MethodTable } from '../method';
import { FileHandleSchema, FileRefSchema } from '../fileHandle';
import { SnapshotSchema } from '../snapshot';

/** A stored version's id: its file name without extension (never a path). */
export const VersionIdSchema = z.string().min(1).max(200).regex(/^[A-Za-z0-9._-]+$/, 'a version id is a file name stem');

/** A named version (a milestone) or an automatic history snapshot of the open project. */
export const VersionInfoSchema = z.object({
  id: VersionIdSchema,
  kind: z.enum(['named', 'history']),
  /** ISO time it was taken. */
  createdAt: z.string(),
  /** Named versions: what the drafter called it ("sent to NFPs"), who, and why. */
  name: z.string().optional(),
  author: z.string().optional(),
  note: z.string().optional(),
  /** The edition the snapshot holds ("2021-2025"). */
  edition: z.string(),
  bytes: z.number().int().nonnegative(),
});
export type VersionInfo = z.infer<typeof VersionInfoSchema>;

/** What to compare or restore: the open project, one of its stored versions, another project file (its handle, kind `project`), or the built-in edition. */
export const VersionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('current') }).strict(),
  z.object({ kind: z.literal('named'), id: VersionIdSchema }).strict(),
  z.object({ kind: z.literal('history'), id: VersionIdSchema }).strict(),
  z.object({ kind: z.literal('file'), file: FileHandleSchema }).strict(),
  z.object({ kind: z.literal('builtin') }).strict(),
]);
export type VersionSource = z.infer<typeof VersionSourceSchema>;

/** Compare's result; built by shared/versions/compare.ts on the service side (types shared, not re-validated). */
const CompareResultSchema = z.custom<CompareResult>((v) => typeof v === 'object' && v !== null && Array.isArray((v as CompareResult).changes));

/** How each side of a comparison is named in the UI and the report. */
export const SourceDescriptionSchema = z.object({
  source: VersionSourceSchema,
  /** The version's name, the file's name, or null for the open project / built-in edition (the UI words those). */
  name: z.string().nullable(),
  edition: z.string(),
  createdAt: z.string().nullable(),
});
export type SourceDescription = z.infer<typeof SourceDescriptionSchema>;

export const CompareReplySchema = z.object({
  before: SourceDescriptionSchema,
  after: SourceDescriptionSchema,
  result: CompareResultSchema,
});
export type CompareReply = z.infer<typeof CompareReplySchema>;

/** Editions, named versions, automatic history, restore and compare. */
export const versionsMethods = {
  listVersions: {
    channel: 'versions:list',
    req: EmptyRequestSchema,
    res: z.object({ named: z.array(VersionInfoSchema), history: z.array(VersionInfoSchema) }),
  },
  saveVersion: {
    channel: 'versions:save',
    req: z
      .object({
        name: z.string().trim().min(1).max(200),
        /** Defaults to the operating system's user name. */
        author: z.string().trim().max(200).optional(),
        note: z.string().max(4000).optional(),
      })
      .strict(),
    res: VersionInfoSchema,
  },
  /** Replace the document with a stored version's, as one undoable change. */
  restoreVersion: {
    channel: 'versions:restore',
    req: z.object({ source: VersionSourceSchema, baseRevision: z.number().int().nonnegative().optional() }).strict(),
    res: SnapshotSchema,
  },
  compareVersions: {
    channel: 'versions:compare',
    req: z.object({ before: VersionSourceSchema, after: VersionSourceSchema }).strict(),
    res: CompareReplySchema,
  },
  /** Start the next edition from the open project in a new file, and open it. The old file is not touched. */
  newEdition: {
    channel: 'versions:newEdition',
    req: z.object({ period: PeriodSchema }).strict(),
    res: SnapshotSchema,
  },
  /**
   * Write a redline comparison report (.docx or PDF) in `lang`. The desktop asks where; the
   * browser build (no save dialog) writes into the data folder's exports/.
   */
  exportCompareReport: {
    channel: 'versions:exportReport',
    req: z
      .object({
        before: VersionSourceSchema,
        after: VersionSourceSchema,
        format: z.enum(['docx', 'pdf']),
        lang: z.enum(['en', 'zh']).default('en'),
      })
      .strict(),
    res: z.object({ file: FileRefSchema, bytes: z.number().int().nonnegative() }),
  },
} as const satisfies MethodTable;
