import { z } from 'zod';
import { TimestampSchema } from '../model/timestamp';

/**
 * A finding the drafters decided to leave as it is, with their reason. Stored in the project
 * (`waivers`), matched to findings by key, so a waiver survives edits that keep the finding and
 * lapses silently when the inconsistency is gone.
 */
export const WaiverSchema = z.object({
  key: z.string().min(1),
  reason: z.string().min(1).max(2000),
  author: z.string().max(200).optional(),
  /** When it was waived: an ISO time that exists (shared/model/timestamp.ts). */
  at: TimestampSchema,
});
export type Waiver = z.infer<typeof WaiverSchema>;
