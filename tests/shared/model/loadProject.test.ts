import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProjectText, type LoadResult } from '../../../shared/model/loadProject';
import { MIGRATIONS, type Migration } from '../../../shared/model/migrations';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/project';

const builtin = readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8');

function fail(r: LoadResult) {
  if (r.ok) throw new Error('expected a failure');
  return r.failure;
}

describe('loadProjectText', () => {
  it('loads the built-in edition without migration', () => {
    const r = loadProjectText(builtin);
    expect(r.ok && r.migratedFrom).toBe(null);
  });

  it('reports each kind of failure by code', () => {
    expect(fail(loadProjectText('nope')).code).toBe('not-json');
    expect(fail(loadProjectText('null')).code).toBe('not-a-project');
    expect(fail(loadProjectText('{"framework":{}}')).code).toBe('not-a-project');
    expect(fail(loadProjectText('{"schemaVersion": 7}'))).toEqual({ code: 'newer-schema', found: 7, supported: CURRENT_SCHEMA_VERSION });
    const invalid = fail(loadProjectText('{"schemaVersion": 1, "framework": {"id": "bad id!"}}'));
    expect(invalid.code).toBe('invalid');
    if (invalid.code === 'invalid') expect(invalid.issues.map((i) => i.path)).toContain('framework.id');
  });

  it('runs numbered migrations in order, then validates against the current schema', () => {
    // A synthetic older format: version 0 kept the framework under "doc".
    const v0 = JSON.stringify({ schemaVersion: 0, doc: JSON.parse(builtin).framework });
    const migrations: Migration[] = [
      { to: 1, name: 'rename-doc', up: (f) => ({ framework: (f as { doc: unknown }).doc }) },
      ...MIGRATIONS,
    ];
    const r = loadProjectText(v0, migrations);
    expect(r.ok && r.migratedFrom).toBe(0);
    expect(r.ok && r.project.framework.id).toBe('acec-2021-2025');
    // Without the migration the old file is refused, naming what is missing.
    const f = fail(loadProjectText(v0, []));
    expect(f.code).toBe('invalid');
  });

  it('reports a migration that throws, with its target version', () => {
    const migrations: Migration[] = [...MIGRATIONS, { to: CURRENT_SCHEMA_VERSION + 1, name: 'boom', up: () => { throw new Error('bad data'); } }];
    const f = fail(loadProjectText(builtin, migrations));
    expect(f).toEqual({ code: 'migration-failed', to: CURRENT_SCHEMA_VERSION + 1, detail: 'bad data' });
  });
});
