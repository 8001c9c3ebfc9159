import { z } from 'zod';
import { LanguageSchema } from '../model/bilingual';
import { IdSchema } from '../model/framework';
import { TimestampSchema } from '../model/timestamp';

/**
 * Review data: comments, replies and suggestions made by reviewers (often offline, carried as
 * packet files), and the drafter's own records about them (dispositions, resolution). The two
 * kinds are kept apart on purpose: a reviewer's packet can only ever bring reviewer items, so
 * importing packets never overwrites a decision the drafter took.
 */

/** Canonical field names of shared/model/elements.ts (kept as an enum so packets are validated). */
export const FieldNameSchema = z.enum([
  'title', 'shortTitle', 'text', 'focus', 'schedule', 'time', 'place', 'heading', 'name', 'address',
  'focusColumn', 'actionColumn', 'activityColumn', 'scheduleColumn', 'numberColumn', 'timePlaceColumn', 'textColumn',
]);

/** Who wrote something: shown in the register and the comments matrix. */
export const ReviewerSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().max(200).default(''),
  country: z.string().max(100).default(''),
  role: z.string().max(100).default(''),
});
export type Reviewer = z.infer<typeof ReviewerSchema>;

/**
 * A quoted span of a field's text, W3C TextQuoteSelector style: the exact words plus a few
 * characters before and after, so the span can be found again after the text around it changes.
 */
export const TextQuoteSchema = z.object({
  exact: z.string().min(1).max(5000),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});
export type TextQuote = z.infer<typeof TextQuoteSchema>;

/** Where a comment points: an element (by its stable id), one of its fields, one language, optionally a span. */
export const AnchorSchema = z.object({
  elementId: z.string().min(1).max(120),
  field: FieldNameSchema,
  lang: LanguageSchema,
  quote: TextQuoteSchema.optional(),
});
export type Anchor = z.infer<typeof AnchorSchema>;

/** ISO 8601 timestamp (as produced by Date#toISOString), a real moment (shared/model/timestamp.ts). */
export { TimestampSchema } from '../model/timestamp';

/** Globally unique item id (reviewers generate UUIDs; Word imports derive one from the comment). */
export const ItemIdSchema = IdSchema;

const ItemBase = {
  id: ItemIdSchema,
  author: ReviewerSchema,
  body: z.string().max(20_000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** The author's edit counter: every edit by the author increments it; the highest wins on merge. */
  rev: z.number().int().nonnegative(),
  /** Withdrawn by its author: kept (so a merge cannot resurrect it) but not shown. */
  deleted: z.boolean().default(false),
  /** Content hash of the version the item was made against (from the packet or review copy). */
  baseHash: z.string().max(100).optional(),
};

/** A comment on a place in the text. */
export const CommentItemSchema = z.object({ kind: z.literal('comment'), anchor: AnchorSchema, ...ItemBase });
/** A proposed replacement for a whole field's text in one language; `original` is the text it was made against. */
export const SuggestionItemSchema = z.object({
  kind: z.literal('suggestion'),
  anchor: AnchorSchema,
  original: z.string().max(50_000),
  replacement: z.string().max(50_000),
  ...ItemBase,
});
/**
 * Where feedback on an annual work plan points (section 5.1: the NFPs "provide feedback to annual
 * work plans"): the year's plan as a whole (`activityId` null) or one activity planned that year.
 * Work plans are not framework text, so these anchors have no field, language or quote.
 */
export const WorkPlanAnchorSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  activityId: IdSchema.nullable(),
});
export type WorkPlanAnchor = z.infer<typeof WorkPlanAnchorSchema>;

/** A comment on an annual work plan (threads, replies, resolution and packets as for comments on the text). */
export const WorkPlanCommentItemSchema = z.object({ kind: z.literal('workPlanComment'), workPlan: WorkPlanAnchorSchema, ...ItemBase });

/** A reply in the thread of a comment or suggestion. */
export const ReplyItemSchema = z.object({ kind: z.literal('reply'), parentId: ItemIdSchema, ...ItemBase });

export const ReviewItemSchema = z.discriminatedUnion('kind', [CommentItemSchema, SuggestionItemSchema, ReplyItemSchema, WorkPlanCommentItemSchema]);
export type WorkPlanCommentItem = z.infer<typeof WorkPlanCommentItemSchema>;
export type CommentItem = z.infer<typeof CommentItemSchema>;
export type SuggestionItem = z.infer<typeof SuggestionItemSchema>;
export type ReplyItem = z.infer<typeof ReplyItemSchema>;
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
/** Items that start a thread (and are anchored). */
export type ThreadRoot = CommentItem | SuggestionItem;

export const DecisionSchema = z.enum(['accepted', 'partly-accepted', 'not-accepted', 'noted']);
export type Decision = z.infer<typeof DecisionSchema>;

/** The drafter's decision on a comment or suggestion, with a response in both languages. */
export const DispositionSchema = z.object({
  itemId: ItemIdSchema,
  decision: DecisionSchema,
  response: z.object({ en: z.string().max(20_000), zh: z.string().max(20_000) }),
  /** For suggestions: whether the replacement text was applied to the field. */
  applied: z.boolean().default(false),
  decidedBy: z.string().max(200).default(''),
  updatedAt: TimestampSchema,
  rev: z.number().int().nonnegative(),
});
export type Disposition = z.infer<typeof DispositionSchema>;

/** Resolve / reopen of a thread (drafter side). */
export const ResolutionSchema = z.object({
  itemId: ItemIdSchema,
  resolved: z.boolean(),
  by: z.string().max(200).default(''),
  updatedAt: TimestampSchema,
  rev: z.number().int().nonnegative(),
});
export type Resolution = z.infer<typeof ResolutionSchema>;

/** A packet (or Word file) that was imported: its hash identifies it, so importing it again changes nothing. */
export const ImportRecordSchema = z.object({
  hash: z.string().min(1).max(100),
  source: z.enum(['packet', 'docx']),
  reviewer: ReviewerSchema.optional(),
  createdAt: TimestampSchema,
  baseVersion: z.object({ name: z.string().max(200), contentHash: z.string().max(100) }).optional(),
  itemCount: z.number().int().nonnegative(),
});
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

/** A review copy that was issued: the version name and content hash reviewers' packets will refer to. */
export const IssuedCopySchema = z.object({
  name: z.string().min(1).max(200),
  contentHash: z.string().min(1).max(100),
  createdAt: TimestampSchema,
});
export type IssuedCopy = z.infer<typeof IssuedCopySchema>;

/**
 * Present only in a reviewer's workspace (the project file made when a review copy is opened):
 * which copy it is. Its presence is what "review mode" means — the framework is read-only and
 * only the review slot may change (see guard.ts).
 */
export const ReviewWorkspaceSchema = z.object({
  copyHash: z.string().min(1).max(100),
  frameworkId: z.string().min(1).max(120),
  version: z.object({ name: z.string().max(200), contentHash: z.string().min(1).max(100) }),
  /** Where the copy came from (its file name), for the title bar. */
  copyName: z.string().max(500),
  /** Whose workspace this is: one workspace per reviewer identity (shared/review/identity.ts). */
  reviewer: ReviewerSchema.optional(),
  /** The copy's file, so switching identity can open that reviewer's own workspace on it. */
  copyFile: z.string().max(4000).optional(),
});
export type ReviewWorkspace = z.infer<typeof ReviewWorkspaceSchema>;

/** The `review` slot of a project. Every list is kept in a canonical order (see merge.ts). */
export const ReviewStateSchema = z.object({
  workspace: ReviewWorkspaceSchema.optional(),
  items: z.array(ReviewItemSchema).default([]),
  dispositions: z.array(DispositionSchema).default([]),
  resolutions: z.array(ResolutionSchema).default([]),
  imports: z.array(ImportRecordSchema).default([]),
  issuedCopies: z.array(IssuedCopySchema).default([]),
});
export type ReviewState = z.infer<typeof ReviewStateSchema>;

export function emptyReviewState(): ReviewState {
  return { items: [], dispositions: [], resolutions: [], imports: [], issuedCopies: [] };
}

export function isThreadRoot(item: ReviewItem): item is ThreadRoot {
  return item.kind === 'comment' || item.kind === 'suggestion';
}
