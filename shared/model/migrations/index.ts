import { implementationRecord } from './002-implementation-record';

/**
 * Numbered, pure migrations of project files. Migration N takes a file at schemaVersion N-1 and
 * returns it at schemaVersion N. Files are plain JSON here: the schema is checked only after the
 * last migration, against the current schema.
 *
 * To add one: write `NNN-what-it-does.ts` exporting a {@link Migration}, append it below, bump
 * CURRENT_SCHEMA_VERSION in ../project.ts and add a fixture at the old version under
 * tests/fixtures/projects/.
 */
export interface Migration {
  /** The version this migration produces. */
  readonly to: number;
  readonly name: string;
  readonly up: (file: Record<string, unknown>) => Record<string, unknown>;
}

/** All migrations, in order. Version 1 is the first published format. */
export const MIGRATIONS: readonly Migration[] = [implementationRecord];
