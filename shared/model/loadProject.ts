import { z } from 'zod';
import { parseJsonText, type JsonFailure, type JsonResult } from '../text/strictJson';
import { MIGRATIONS, type Migration } from './migrations';
import { CURRENT_SCHEMA_VERSION, ProjectSchema, type Project } from './project';

/** Why a project file could not be loaded. Codes, not prose: the UI words them. */
export type LoadFailure =
  | JsonFailure
  | { code: 'not-a-project'; detail: string }
  | { code: 'newer-schema'; found: number; supported: number }
  | { code: 'migration-failed'; to: number; detail: string }
  | { code: 'invalid'; issues: Array<{ path: string; message: string }> };

export type LoadResult = { ok: true; project: Project; migratedFrom: number | null } | { ok: false; failure: LoadFailure };

/** A JSON path like `framework.sections[1].blocks[0].text.en.text`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** Turn zod issues into path + message pairs (at most 20, the first ones are what matter). */
export function describeIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 20).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

/**
 * Parse → migrate → validate the text of a project file. Pure: the caller does the I/O and
 * decides what to do with a failure (the store never overwrites a file that failed).
 */
export function loadProjectText(text: string, migrations: readonly Migration[] = MIGRATIONS): LoadResult {
  return loadProjectJson(parseJsonText(text), migrations);
}

/** As {@link loadProjectText}, for the result of a strict decode of the file's bytes. */
export function loadProjectJson(json: JsonResult, migrations: readonly Migration[] = MIGRATIONS): LoadResult {
  if (!json.ok) return { ok: false, failure: json.failure };
  return loadProjectValue(json.value, migrations);
}

/** As {@link loadProjectText}, for an already-parsed value. */
export function loadProjectValue(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): LoadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, failure: { code: 'not-a-project', detail: 'top level is not an object' } };
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, failure: { code: 'not-a-project', detail: 'no integer schemaVersion' } };
  }
  const target = migrations.length ? Math.max(CURRENT_SCHEMA_VERSION, migrations[migrations.length - 1].to) : CURRENT_SCHEMA_VERSION;
  if (version > target) {
    return { ok: false, failure: { code: 'newer-schema', found: version, supported: target } };
  }
  const migrated = migrateProjectFile(raw as Record<string, unknown>, migrations);
  if (!migrated.ok) return { ok: false, failure: { code: 'migration-failed', to: migrated.to, detail: migrated.detail } };
  const file = migrated.file;
  const parsed = ProjectSchema.safeParse(file);
  if (!parsed.success) return { ok: false, failure: { code: 'invalid', issues: describeIssues(parsed.error) } };
  return { ok: true, project: parsed.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}

/**
 * A project file (plain JSON, at any version this build knows) brought to the current version by
 * the numbered migrations, not yet validated; or the migration that failed. Also for projects
 * carried inside other files (review copies), which must load whatever version made them.
 */
export function migrateProjectFile(
  raw: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
): { ok: true; file: Record<string, unknown> } | { ok: false; to: number; detail: string } {
  const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : CURRENT_SCHEMA_VERSION;
  let file = raw;
  for (const m of migrations) {
    if (m.to <= version) continue;
    try {
      file = { ...m.up(file), schemaVersion: m.to };
    } catch (e) {
      return { ok: false, to: m.to, detail: (e as Error).message };
    }
  }
  return { ok: true, file };
}
