import { z } from 'zod';
import { FrameworkSchema } from './framework';
import type { Path, Patch } from './patch/patch';
import { ProjectSchema, type Project } from './project';
import { duplicateElementIds } from './uniqueIds';

/**
 * Validating a change by the parts it touched, not the whole project: at ten times the published
 * size the whole project's zod validation costs 15–28 ms per keystroke committed, one activity's
 * a fraction of a millisecond. The project before the change was valid, and a patch replaces,
 * inserts, removes or moves values at its path only, so every other part is still valid; what
 * must be validated again is each touched value with the schema the project schema holds for it
 * there, and every ancestor whose schema has refinements of its own (they read the whole of
 * it). The one refinement above the parts, unique element ids over the framework, runs when a
 * patch brings an `id` in.
 *
 * `after` is the project with `patches` applied to a valid one. A change found invalid is validated whole once more, so the refusal names exactly what the
 * whole-project validation names (refusals are rare; their wording is what the user reads).
 */
export function validateChange(patches: readonly Patch[], after: Project): z.ZodError | null {
  const points = pointsOf(patches, after);
  for (const p of points) {
    if (!p.schema.safeParse(valueAt(after, p.path)).success) return wholeError(after);
  }
  // A point at the root or at the framework ran the framework's own refinement already.
  const idsChecked = points.some((p) => p.path.length === 0 || (p.path.length === 1 && p.path[0] === 'framework'));
  if (!idsChecked && patches.some(bringsIds) && duplicateElementIds(after.framework).length > 0) return wholeError(after);
  return null;
}

function wholeError(project: Project): z.ZodError | null {
  const parsed = ProjectSchema.safeParse(project);
  return parsed.success ? null : parsed.error;
}

/** Where a value must be validated again, and the schema the project schema holds for it there. */
interface Point {
  path: Path;
  schema: z.ZodType;
}

/** What a patch changed: the value it replaced or inserted, the array it removed from or reordered. */
function touchedPath(p: Patch): Path {
  return p.op === 'replace' ? p.path : p.op === 'insert' ? [...p.path, p.index] : p.path;
}

const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((k, i) => k === b[i]);

function pointsOf(patches: readonly Patch[], after: Project): Point[] {
  // An insert, remove or move shifts the indices after it: a patch below that array (before or
  // after it) may now name another item, so the whole array is validated instead.
  const arrays = patches.filter((p) => p.op !== 'replace').map((p) => p.path);
  const touched = patches.map((p) => {
    const t = touchedPath(p);
    return arrays.find((a) => a.length < t.length && isPrefix(a, t)) ?? t;
  });
  const points = touched.map((t) => pointAt(t, after));
  // A point inside another is validated with it.
  return points.filter((p, i) => !points.some((q, j) => j !== i && isPrefix(q.path, p.path) && (q.path.length < p.path.length || j < i)));
}

type Def = {
  type: string;
  checks?: unknown[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The schema for the value one step down (`key`), or null where it cannot be told without the
 * value (unions) or the schema is of a kind not walked: the point stays at this level.
 */
function childSchema(schema: z.ZodType, key: string | number): z.ZodType | null {
  let s = schema;
  for (let def = defOf(s); ; def = defOf(s)) {
    if (def.type === 'lazy' && def.getter) s = def.getter();
    else if ((def.type === 'default' || def.type === 'optional' || def.type === 'nullable' || def.type === 'prefault') && def.innerType && !def.checks?.length) s = def.innerType;
    else break;
  }
  const def = defOf(s);
  if (s !== schema && def.checks?.length) return null;
  if (def.type === 'object' && typeof key === 'string') return def.shape?.[key] ?? null;
  if (def.type === 'array' && typeof key === 'number') return def.element ?? null;
  if (def.type === 'record' && typeof key === 'string') return def.valueType ?? null;
  return null;
}

/**
 * The deepest point on `path` where validating the value alone is enough: it stops at the first
 * schema with refinements of its own (except the framework's unique ids, see validateChange),
 * at a union, or where the value is missing.
 */
function pointAt(path: Path, doc: unknown): Point {
  let schema: z.ZodType = ProjectSchema;
  let value = doc;
  for (let i = 0; i < path.length; i++) {
    if (defOf(schema).checks?.length && schema !== FrameworkSchema) return { path: path.slice(0, i), schema };
    const next = childSchema(schema, path[i]);
    const inner = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[path[i]] : undefined;
    if (!next || (inner === undefined && i < path.length - 1)) return { path: path.slice(0, i), schema };
    schema = next;
    value = inner;
  }
  return { path, schema };
}

function valueAt(doc: unknown, path: Path): unknown {
  let v = doc;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/** Whether a patch may give the framework an element id it did not have (an `id` set, or a value holding one). */
function bringsIds(p: Patch): boolean {
  if (p.path[0] !== 'framework' || (p.op !== 'replace' && p.op !== 'insert')) return false;
  if (p.path[p.path.length - 1] === 'id') return true;
  const holds = (v: unknown): boolean =>
    v !== null && typeof v === 'object' && (Array.isArray(v) ? v.some(holds) : 'id' in v || Object.values(v).some(holds));
  return holds(p.value);
}
