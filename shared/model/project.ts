import { z } from 'zod';
import { FrameworkSchema } from './framework';

/** The schema version this build writes. Older files are migrated on load (./migrations). */
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * One project file: the framework plus what the application keeps about it. Features add their
 * own top-level slots here with a default, so a file without them still loads.
 */
export const ProjectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  framework: FrameworkSchema,
});
export type Project = z.infer<typeof ProjectSchema>;
