import { z } from 'zod';
import { ProblemError } from '../../ipc/problem';

/**
 * The primitive operations every change to a project is made of. Domain operations (edit a
 * field, insert an activity, move a component, accept a suggestion, restore a version…) compile to
 * a list of patches; undo applies their inverses. Patches address values by path from the project
 * root (`['framework', 'components', 2, 'title', 'en', 'text']`), resolved at apply time.
 */
export const PathSchema = z.array(z.union([z.string().min(1).max(200), z.number().int().nonnegative()])).max(64);
export type Path = z.infer<typeof PathSchema>;

export const PatchSchema = z.discriminatedUnion('op', [
  /** Set the value at `path` (an object key or an array index that exists). */
  z.object({ op: z.literal('replace'), path: PathSchema.min(1), value: z.unknown() }),
  /** Insert `value` into the array at `path`, at `index` (0..length). */
  z.object({ op: z.literal('insert'), path: PathSchema, index: z.number().int().nonnegative(), value: z.unknown() }),
  /** Remove the item at `index` of the array at `path`. */
  z.object({ op: z.literal('remove'), path: PathSchema, index: z.number().int().nonnegative() }),
  /** Move an item within the array at `path` from `from` to `to` (final index). */
  z.object({ op: z.literal('move'), path: PathSchema, from: z.number().int().nonnegative(), to: z.number().int().nonnegative() }),
]);
export type Patch = z.infer<typeof PatchSchema>;

/** A patch whose path does not fit the data: `bad-patch`, with where it stopped fitting. */
function badPatch(message: string, path: Path): ProblemError {
  const at = path.map(String).join('/') || '(root)';
  return new ProblemError('bad-patch', { path: at }, { message: `${message} at ${at}` });
}

type Json = unknown;

function resolve(root: Json, path: Path, upTo: number): Json {
  let node = root;
  for (let i = 0; i < upTo; i++) {
    const key = path[i];
    if (node === null || typeof node !== 'object') throw badPatch('path goes through a non-container', path.slice(0, i + 1));
    if (Array.isArray(node)) {
      if (typeof key !== 'number' || key >= node.length) throw badPatch('no such array item', path.slice(0, i + 1));
    } else if (typeof key !== 'string' || !Object.prototype.hasOwnProperty.call(node, key)) {
      throw badPatch('no such key', path.slice(0, i + 1));
    }
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/** Shallow-copy every container along `path` so the result shares all untouched subtrees with `root`. */
function cloneAlong(root: Json, path: Path, depth: number): { copy: Json; parent: Json } {
  const copy = Array.isArray(root) ? [...root] : { ...(root as object) };
  let node: Json = copy;
  for (let i = 0; i < depth; i++) {
    const key = path[i];
    const child = (node as Record<string | number, Json>)[key];
    const childCopy = Array.isArray(child) ? [...child] : { ...(child as object) };
    (node as Record<string | number, Json>)[key] = childCopy;
    node = childCopy;
  }
  return { copy, parent: node };
}

function arrayAt(root: Json, path: Path): Json[] {
  const node = resolve(root, path, path.length);
  if (!Array.isArray(node)) throw badPatch('not an array', path);
  return node;
}

/**
 * Apply one patch, returning a new root (structural sharing: untouched subtrees are the same
 * objects) and the patch that undoes it. Throws a `bad-patch` ProblemError when the path does not fit the data.
 */
export function applyPatch<T>(root: T, patch: Patch): { result: T; inverse: Patch } {
  switch (patch.op) {
    case 'replace': {
      const parentPath = patch.path.slice(0, -1);
      const key = patch.path[patch.path.length - 1];
      const old = resolve(root, patch.path, patch.path.length);
      const { copy, parent } = cloneAlong(root, parentPath, parentPath.length);
      (parent as Record<string | number, Json>)[key] = structuredCloneJson(patch.value);
      return { result: copy as T, inverse: { op: 'replace', path: patch.path, value: old } };
    }
    case 'insert': {
      const arr = arrayAt(root, patch.path);
      if (patch.index > arr.length) throw badPatch(`insert index ${patch.index} beyond length ${arr.length}`, patch.path);
      const { copy, parent } = cloneAlong(root, patch.path, patch.path.length);
      (parent as Json[]).splice(patch.index, 0, structuredCloneJson(patch.value));
      return { result: copy as T, inverse: { op: 'remove', path: patch.path, index: patch.index } };
    }
    case 'remove': {
      const arr = arrayAt(root, patch.path);
      if (patch.index >= arr.length) throw badPatch(`remove index ${patch.index} beyond length ${arr.length}`, patch.path);
      const old = arr[patch.index];
      const { copy, parent } = cloneAlong(root, patch.path, patch.path.length);
      (parent as Json[]).splice(patch.index, 1);
      return { result: copy as T, inverse: { op: 'insert', path: patch.path, index: patch.index, value: old } };
    }
    case 'move': {
      const arr = arrayAt(root, patch.path);
      if (patch.from >= arr.length || patch.to >= arr.length) throw badPatch('move index out of range', patch.path);
      const { copy, parent } = cloneAlong(root, patch.path, patch.path.length);
      const [item] = (parent as Json[]).splice(patch.from, 1);
      (parent as Json[]).splice(patch.to, 0, item);
      return { result: copy as T, inverse: { op: 'move', path: patch.path, from: patch.to, to: patch.from } };
    }
  }
}

/** Apply patches in order; returns the result and the inverse list (to apply in the order given). */
export function applyPatches<T>(root: T, patches: readonly Patch[]): { result: T; inverse: Patch[] } {
  let current = root;
  const inverse: Patch[] = [];
  for (const p of patches) {
    const r = applyPatch(current, p);
    current = r.result;
    inverse.unshift(r.inverse);
  }
  return { result: current, inverse };
}

/** Values inside patches are plain JSON; copying keeps callers from mutating the document through them. */
function structuredCloneJson<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}
