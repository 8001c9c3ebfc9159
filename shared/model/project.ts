import { z } from 'zod';
import { FrameworkSchema } from './framework';
import { GlossaryTermSchema } from './glossary';
import { WaiverSchema } from '../checks/waiver';
import { ReviewStateSchema, emptyReviewState } from '../review/model';
import { ImplementationRecordSchema, emptyRecord } from '../record/model';
import { FinalStateSchema, emptyFinalState } from '../export/finalGate';
import { ProgressWorkspaceSchema } from '../record/progressWorkspace';

/** The schema version this build writes. Older files are migrated on load (./migrations). */
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * One project file: the framework plus what the application keeps about it. Features add their
 * own top-level slots here with a default, so a file without them still loads.
 */
export const ProjectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  framework: FrameworkSchema,
  /** Agreed English→Chinese terms (shared/model/glossary.ts); the checker's terminology rule reads them. */
  glossary: z.array(GlossaryTermSchema).default([]),
  /** Checker findings the drafters decided to leave, with their reasons (shared/checks). */
  waivers: z.array(WaiverSchema).default([]),
  /** Review comments, suggestions and the drafter's dispositions (shared/review). */
  review: ReviewStateSchema.default(emptyReviewState),
  /** What was done under the plan: events, statuses, funding, work plans (shared/record). */
  record: ImplementationRecordSchema.default(emptyRecord),
  /** What a final export requires of this project, and who signed off which text (shared/export/finalGate.ts). */
  final: FinalStateSchema.default(emptyFinalState),
  /** Present only in an NFP's progress workspace (a progress template opened in the app; shared/record/progressWorkspace.ts). */
  progress: ProgressWorkspaceSchema.optional(),
});
export type Project = z.infer<typeof ProjectSchema>;
