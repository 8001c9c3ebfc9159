import { z } from 'zod';
import { FindingSchema, SeveritySchema } from '../../checks/finding';
import { WaiverSchema } from '../../checks/waiver';
import { EmptyRequestSchema, type MethodTable } from '../method';

/**
 * The consistency checker over the open project, run in main (where the session's patches keep
 * untouched subtrees shared, so a re-check after an edit only looks at what changed). The
 * renderer computes the same findings itself while the user types; this is for anything that
 * wants the project's findings as main sees them. Waivers and confirmed links are ordinary
 * changes (`doc:apply` patches on `waivers` and on activities' `trace`), so they are undoable.
 */
export const CheckResultSchema = z.object({
  revision: z.number().int().nonnegative(),
  active: z.array(FindingSchema),
  waived: z.array(z.object({ finding: FindingSchema, waiver: WaiverSchema })),
  counts: z.record(SeveritySchema, z.number().int().nonnegative()),
});
export type CheckResultPayload = z.infer<typeof CheckResultSchema>;

export const checksMethods = {
  runChecks: { channel: 'checks:run', req: EmptyRequestSchema, res: CheckResultSchema },
} as const satisfies MethodTable;
