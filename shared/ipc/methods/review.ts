import { z } from 'zod';
import { DecisionSchema, ReviewerSchema } from '../../review/model';
import { EmptyRequestSchema as Empty, type MethodTable } from '../method';
import { FileRefSchema } from '../fileHandle';
import { SnapshotSchema } from '../snapshot';

/**
 * A file the user picked in the renderer (an <input type=file>), sent as its bytes in base64 so
 * that main decodes it strictly (a bad byte is refused with its offset, never replaced); text is
 * accepted from callers that already hold it (the command line, tests).
 */
const IncomingBinarySchema = z.object({ name: z.string().min(1).max(500), base64: z.string().max(70_000_000) }).strict();
const IncomingJsonFileSchema = z.union([z.object({ name: z.string().min(1).max(500), text: z.string().max(50_000_000) }).strict(), IncomingBinarySchema]);

/** Why a file was refused (codes of shared/review/refusal.ts; words in the locale files). */
export const FileRefusalSchema = z.object({
  name: z.string(),
  code: z.string(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  expected: z.string().optional(),
  found: z.string().optional(),
  /** Where in the file (the first bad byte, the nesting limit, the syntax error). */
  offset: z.number().optional(),
  /** For a .docx: the part of the zip concerned; for a packet: the item concerned. */
  part: z.string().optional(),
  item: z.string().optional(),
  detail: z.string().optional(),
});
export type FileRefusal = z.infer<typeof FileRefusalSchema>;

/** What an export wrote: its name and a handle (kind `written`); the desktop asked where, the browser build used exports/. */
const WrittenSchema = z.object({ file: FileRefSchema, bytes: z.number().int().nonnegative() });

/** The register filter (see shared/review/register.ts); empty = everything. */
export const RegisterFilterSchema = z.object({
  reviewer: z.string().max(200).optional(),
  country: z.string().max(100).optional(),
  component: z.string().max(120).optional(),
  status: z.enum(['open', 'resolved']).optional(),
  decision: z.union([DecisionSchema, z.literal('none')]).optional(),
}).strict();

/** Offline review: review copies, comment packets, Word round trip, the comments matrix. */
export const reviewMethods = {
  getReviewer: { channel: 'review:getReviewer', req: Empty, res: ReviewerSchema.nullable() },
  /** Switch the reviewer identity (explicit): an open review copy reopens on that reviewer's own workspace. */
  setReviewer: { channel: 'review:setReviewer', req: z.object({ reviewer: ReviewerSchema }).strict(), res: ReviewerSchema },
  /** Who replies and decides when drafting: never the reviewer identity. */
  getDrafter: { channel: 'review:getDrafter', req: Empty, res: ReviewerSchema.nullable() },
  setDrafter: { channel: 'review:setDrafter', req: z.object({ drafter: ReviewerSchema }).strict(), res: ReviewerSchema },
  /** Export the open project's framework as a review copy at a named version. */
  exportReviewCopy: {
    channel: 'review:exportCopy',
    req: z.object({ versionName: z.string().trim().min(1).max(200) }).strict(),
    res: WrittenSchema.extend({ contentHash: z.string() }),
  },
  /** Open a review copy in review mode (a file the user picked in the renderer, sent as its bytes). */
  openReviewCopy: {
    channel: 'review:openCopy',
    req: IncomingJsonFileSchema,
    res: z.union([z.object({ ok: z.literal(true), snapshot: SnapshotSchema }), z.object({ ok: z.literal(false), refusal: FileRefusalSchema })]),
  },
  /** In review mode: write the reviewer's comments as a packet. */
  exportPacket: { channel: 'review:exportPacket', req: Empty, res: WrittenSchema.extend({ items: z.number() }) },
  /** Import comment packets: all or nothing; a refused file is named with its reason and the project is left unchanged. */
  importPackets: {
    channel: 'review:importPackets',
    req: z.object({ files: z.array(IncomingJsonFileSchema).min(1).max(500) }).strict(),
    res: z.union([
      z.object({
        ok: z.literal(true),
        changed: z.boolean(),
        packets: z.array(z.object({ name: z.string(), reviewer: ReviewerSchema, items: z.number(), added: z.number(), updated: z.number(), olderVersion: z.boolean(), alreadyImported: z.boolean() })),
        snapshot: SnapshotSchema,
      }),
      z.object({ ok: z.literal(false), refusals: z.array(FileRefusalSchema) }),
    ]),
  },
  /** A .docx for reviewers who only have Word: every field marked with a bookmark carrying its element. */
  exportReviewDocx: { channel: 'review:exportReviewDocx', req: Empty, res: WrittenSchema },
  /** Import the comments a reviewer added in Word or LibreOffice to a review .docx. */
  importReviewDocx: {
    channel: 'review:importReviewDocx',
    /** Word knows only the author's name: the drafter may say which organisation and country the file came from. */
    req: IncomingBinarySchema.extend({ organisation: z.string().max(200).optional(), country: z.string().max(100).optional() }).strict(),
    res: z.union([
      z.object({
        ok: z.literal(true),
        changed: z.boolean(),
        comments: z.number(),
        /** Tracked changes read as suggestions on the exact words. */
        suggestions: z.number(),
        unplaced: z.number(),
        /** Tracked changes not put on one field's words, each with its reason (shared/review/trackedChanges.ts). */
        unplacedChanges: z.array(z.object({ reason: z.string(), author: z.string(), date: z.string(), text: z.string(), bookmark: z.string().optional() })),
        /** Comments refused one by one (reply-cycle, comment-over-limits, parent-refused). */
        refused: z.array(z.object({ code: z.string(), author: z.string(), excerpt: z.string(), detail: z.string() })),
        snapshot: SnapshotSchema,
      }),
      z.object({ ok: z.literal(false), refusal: FileRefusalSchema }),
    ]),
  },
  /** The project's comments as real Word comments (threaded, with resolved state). */
  exportCommentsDocx: { channel: 'review:exportCommentsDocx', req: Empty, res: WrittenSchema },
  /** The disposition register as a bilingual comments matrix. */
  exportMatrix: {
    channel: 'review:exportMatrix',
    req: z.object({ format: z.enum(['docx', 'csv']), filter: RegisterFilterSchema.optional() }).strict(),
    res: WrittenSchema,
  },
} as const satisfies MethodTable;
