import { z } from 'zod';
import { EmptyRequestSchema as Empty, type MethodTable } from '../method';
import { FileRefSchema } from '../fileHandle';
import { SnapshotSchema } from '../snapshot';
import { FileRefusalSchema } from './review';

/** A progress file the user picked in the renderer (CSV, workbook or packet), as base64. */
const ProgressFileSchema = z.object({ name: z.string().min(1).max(500), base64: z.string().max(70_000_000) }).strict();

/** What one progress file gave: its events and statuses, and its refused rows with line and reason. */
const ProgressFileResultSchema = z.union([
  z.object({
    name: z.string(),
    ok: z.literal(true),
    kind: z.enum(['csv', 'xlsx', 'packet']),
    rows: z.number().int().nonnegative(),
    added: z.number().int().nonnegative(),
    known: z.number().int().nonnegative(),
    statuses: z.number().int().nonnegative(),
    refused: z.array(z.object({ line: z.number().int(), problem: z.string(), value: z.string() })),
    repeated: z.array(z.object({ line: z.number().int(), sameAs: z.number().int() })),
  }),
  /** Refused as a whole (`reason`: a code of record.fileProblem in the locales); nothing of it imported. */
  z.object({ name: z.string(), ok: z.literal(false), reason: z.string(), detail: z.string() }),
]);
export type ProgressFileResult = z.infer<typeof ProgressFileResultSchema>;

const WrittenSchema = z.object({ file: FileRefSchema, bytes: z.number().int().nonnegative() });
const YearSchema = z.number().int().min(1900).max(2200);

/** The implementation record: progress files in and out, and the self-evaluation report. */
export const recordMethods = {
  /**
   * Import progress reports (any number, any order): each file is read on its own (a refused file
   * is named with its reason, the others imported); everything imported is one undoable change.
   */
  importProgress: {
    channel: 'record:import',
    req: z.object({ files: z.array(ProgressFileSchema).min(1).max(200) }).strict(),
    res: z.object({ files: z.array(ProgressFileResultSchema), changed: z.boolean(), snapshot: SnapshotSchema }),
  },
  /** A country's progress template: the workbook or the app packet. The desktop asks where; the browser build writes into exports/. */
  exportProgressTemplate: {
    channel: 'record:template',
    req: z.object({ country: z.string().regex(/^[A-Z]{2}$/), kind: z.enum(['xlsx', 'packet']) }).strict(),
    res: WrittenSchema,
  },
  /** The self-evaluation report (section 5.4), whole period or one year. The desktop asks where; the browser build writes into exports/. */
  exportSelfEvaluation: {
    channel: 'record:report',
    req: z.object({ format: z.enum(['docx', 'pdf']), layout: z.enum(['en', 'zh', 'bilingual']), year: YearSchema.nullable() }).strict(),
    res: WrittenSchema,
  },
  /**
   * The NFP's side: open a progress template packet (the file picked in the renderer, as its
   * bytes) as the country's workspace; a refused packet is named with its reason.
   */
  openProgressPacket: {
    channel: 'record:openPacket',
    req: ProgressFileSchema,
    res: z.union([z.object({ ok: z.literal(true), snapshot: SnapshotSchema }), z.object({ ok: z.literal(false), refusal: FileRefusalSchema })]),
  },
  /** In a progress workspace: the country's report as a sealed packet. The desktop asks where; the browser build writes into exports/. */
  exportProgressReport: {
    channel: 'record:exportReport',
    req: Empty,
    res: WrittenSchema.extend({ events: z.number().int().nonnegative(), statuses: z.number().int().nonnegative() }),
  },
} as const satisfies MethodTable;
