import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../shared/model/clone';
import { describeIssues, loadProjectText } from '../../../shared/model/loadProject';
import { editText } from '../../../shared/model/operations';
import { applyPatches, type Patch, type Path } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';
import { validateChange } from '../../../shared/model/validateChange';

function builtin(): Project {
  const r = loadProjectText(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('built-in edition does not load');
  return r.project;
}

/** The whole-project validation the session did before: null when valid, else what the refusal names. */
function whole(project: Project) {
  const parsed = ProjectSchema.safeParse(project);
  return parsed.success ? null : describeIssues(parsed.error);
}

function byParts(patches: readonly Patch[], project: Project) {
  const error = validateChange(patches, project);
  return error ? describeIssues(error) : null;
}

const start = builtin();
const activity = start.framework.actionPlan.components[1].actions[0].activities[2];
const at = ['framework', 'actionPlan', 'components', 1, 'actions', 0, 'activities', 2] as Path;

describe('validateChange: a change validated by the parts it touched', () => {
  it('accepts typing, as the whole-project validation does', () => {
    const op = editText(start, activity.id, 'text', 'en', 'typed');
    const after = applyPatches(start, op.patches).result;
    expect(byParts(op.patches, after)).toBeNull();
    expect(whole(after)).toBeNull();
  });

  it.each<[string, Patch]>([
    ['a text that is not a string', { op: 'replace', path: [...at, 'text', 'en', 'text'], value: 42 }],
    ['an unknown translation status', { op: 'replace', path: [...at, 'text', 'zh', 'status'], value: 'finished' }],
    ['an id with a space', { op: 'replace', path: [...at, 'id'], value: 'two words' }],
    ['an id another element has', { op: 'replace', path: [...at, 'id'], value: start.framework.components[0].id }],
    ['a copy of an activity inserted beside it (its ids repeated)', { op: 'insert', path: at.slice(0, -1), index: 0, value: cloneJson(activity) }],
    ['a period that ends before it starts', { op: 'replace', path: ['framework', 'annex', 'period', 'end'], value: 1990 }],
    ['an activity replaced by a string', { op: 'replace', path: at, value: 'oops' }],
  ])('refuses %s with the same error as the whole-project validation', (_, patch) => {
    const after = applyPatches(start, [patch]).result;
    const expected = whole(after);
    expect(expected).not.toBeNull();
    expect(byParts([patch], after)).toEqual(expected);
  });
});

/** A path to a value somewhere in the project: a random walk down from the root, `depth` steps at most. */
function pathIn(doc: unknown, picks: readonly number[]): Path {
  const path: Path = [];
  let v = doc;
  for (const pick of picks) {
    if (v === null || typeof v !== 'object') break;
    const keys: Array<string | number> = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
    if (keys.length === 0) break;
    const k = keys[pick % keys.length];
    path.push(k);
    v = (v as Record<string | number, unknown>)[k];
  }
  return path;
}

function valueAt(doc: unknown, path: Path): unknown {
  let v = doc;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

/** Values a patch may bring: valid ones, wrong types, and copies of the project's own values (repeated ids). */
const replacement = (project: Project, path: Path) =>
  fc.oneof(
    fc.constantFrom<unknown>('text', '', 42, null, true, {}, [], 'draft', 'bogus', 2030, 1800, 'a-fresh-id', undefined),
    fc.array(fc.nat(), { maxLength: 10 }).map((picks) => cloneJson(valueAt(project, pathIn(project, picks)) ?? null)),
    // The value itself, or a sibling's, changed a little: mostly still valid.
    fc.constant(null).map(() => cloneJson(valueAt(project, path) ?? null)),
  );

const patchOf = (project: Project): fc.Arbitrary<Patch> =>
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), fc.nat()).chain(([picks, op, i, j]) => {
    // Mostly into the framework, where edits are.
    const path = pathIn(project, op % 5 === 0 ? picks : [1, ...picks]);
    const arrayPath = path.slice(0, -1);
    const arr = valueAt(project, arrayPath);
    if (Array.isArray(arr) && arr.length > 0 && op % 4 !== 0) {
      if (op % 4 === 1) return fc.constant<Patch>({ op: 'remove', path: arrayPath, index: i % arr.length });
      if (op % 4 === 2) return fc.constant<Patch>({ op: 'move', path: arrayPath, from: i % arr.length, to: j % arr.length });
      return replacement(project, path).map((value): Patch => ({ op: 'insert', path: arrayPath, index: i % (arr.length + 1), value }));
    }
    if (path.length === 0) return fc.constant<Patch>({ op: 'move', path: ['framework', 'sections'], from: 0, to: 0 });
    return replacement(project, path).map((value): Patch => ({ op: 'replace', path, value }));
  });

describe('validateChange over random patches', () => {
  it('accepts and refuses exactly as the whole-project validation, with the same error', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 3 }).chain((seeds) => fc.tuple(...seeds.map(() => patchOf(start)))), (patches) => {
        let after: Project;
        try {
          after = applyPatches(start, patches).result;
        } catch {
          return; // A later patch no longer fits after an earlier one (bad-patch): refused before validation.
        }
        const expected = whole(after);
        expect(byParts(patches, after)).toEqual(expected);
        if (expected) refused++;
        else accepted++;
      }),
      { numRuns: 400 },
    );
    // Both kinds of change were tried, many times.
    expect(refused).toBeGreaterThan(40);
    expect(accepted).toBeGreaterThan(40);
  });
});
