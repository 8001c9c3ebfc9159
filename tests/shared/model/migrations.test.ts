import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProjectText } from '../../../shared/model/loadProject';
import { CURRENT_SCHEMA_VERSION, type Project } from '../../../shared/model/project';
import { emptyRecord } from '../../../shared/record/model';
import { buildReviewCopy, readReviewCopy } from '../../../shared/review/reviewCopy';
import { builtinProject } from '../review/builtin';

/** The built-in edition as version 1 wrote it (before the implementation record had a version of its own). */
const v1Text = readFileSync(new URL('../../fixtures/projects/v1-framework-2021-2025.json', import.meta.url), 'utf8');
const v1 = JSON.parse(v1Text) as { schemaVersion: number; framework: unknown };

describe('migration 2: the implementation record', () => {
  it('the fixture is a version-1 file without a record', () => {
    expect(v1.schemaVersion).toBe(1);
    expect('record' in v1).toBe(false);
  });

  it('a version-1 file loads at the current version with an empty record and its framework unchanged', () => {
    const r = loadProjectText(v1Text);
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(r.migratedFrom).toBe(1);
    expect(r.project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(r.project.record).toEqual(emptyRecord());
    expect(r.project.framework).toEqual(v1.framework);
  });

  it('a version-1 file that already holds a record keeps every entry of it', () => {
    const record = {
      ...emptyRecord(),
      statuses: [{ activityId: 'ap-c1-a1-x1', year: 2023, status: 'completed', note: 'held', reporter: 'secretariat', rev: 3, updatedAt: '2026-11-30T09:00:00.000Z' }],
    };
    const r = loadProjectText(JSON.stringify({ ...v1, record }));
    if (!r.ok) throw new Error(JSON.stringify(r.failure));
    expect(r.project.record).toEqual(record);
  });

  it('a newer file is refused by name of its version, not loaded without its slots', () => {
    const r = loadProjectText(JSON.stringify({ ...v1, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }));
    expect(r.ok ? null : r.failure).toEqual({ code: 'newer-schema', found: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION });
  });

  it('a review copy made by a version-1 build still opens', () => {
    const old = { ...builtinProject(), schemaVersion: 1 } as unknown as Project;
    const copy = buildReviewCopy(old, { versionName: 'Draft 1', createdAt: '2026-11-01T00:00:00.000Z' });
    expect(copy.project.schemaVersion).toBe(1);
    const read = readReviewCopy(JSON.stringify(copy));
    expect(read.ok && read.copy.project.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(read.ok && read.copy.project.framework).toEqual(old.framework);
  });
});
