import { canonicalJson } from './canonicalJson';
import type { Disposition, ImportRecord, IssuedCopy, Resolution, ReviewItem, ReviewState } from './model';

/**
 * Merging review data, CRDT style: a state is a set of records keyed by id; merging two states is
 * the union of their keys, and for a key in both, the later version wins — higher `rev` (the
 * author's edit counter), then later `updatedAt`, then (so the result never depends on argument
 * order) the greater canonical JSON. That choice is a total order on versions, so the merge is a
 * join: commutative, associative and idempotent (tests/shared/review/merge.test.ts checks it
 * with fast-check). Nothing is ever lost: a withdrawn item stays as a `deleted` tombstone.
 *
 * Every list comes out in a canonical order, so the same set of packets imported in any order,
 * any number of times, gives byte-for-byte the same project.
 */

interface Versioned {
  rev?: number;
  updatedAt?: string;
}

/** >0 when `a` is the later version of the same record. */
export function compareVersions(a: object, b: object): number {
  const va = a as Versioned;
  const vb = b as Versioned;
  const ra = va.rev ?? 0;
  const rb = vb.rev ?? 0;
  if (ra !== rb) return ra - rb;
  const ua = va.updatedAt ?? '';
  const ub = vb.updatedAt ?? '';
  if (ua !== ub) return ua < ub ? -1 : 1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Union by key, later version wins, sorted canonically. */
function mergeRecords<T extends object>(a: readonly T[], b: readonly T[], key: (r: T) => string, order: (x: T, y: T) => number): T[] {
  const out = new Map<string, T>();
  for (const r of [...a, ...b]) {
    const k = key(r);
    const prev = out.get(k);
    if (!prev || compareVersions(r, prev) > 0) out.set(k, r);
  }
  return [...out.values()].sort(order);
}

const itemOrder = (x: ReviewItem, y: ReviewItem) => byString(x.createdAt, y.createdAt) || byString(x.id, y.id);

/** Merge two item lists (see the module comment). */
export function mergeItems(a: readonly ReviewItem[], b: readonly ReviewItem[]): ReviewItem[] {
  return mergeRecords(a, b, (i) => i.id, itemOrder);
}

/**
 * Merge two review states: reviewer items, drafter records and the import log, each by its own
 * key. The reviewer-workspace marker is not review data: it is kept from `a` (the project being
 * merged into; packets never carry one).
 */
export function mergeReviewStates(a: ReviewState, b: ReviewState): ReviewState {
  const workspace = a.workspace ?? b.workspace;
  return {
    ...(workspace ? { workspace } : {}),
    items: mergeItems(a.items, b.items),
    dispositions: mergeRecords<Disposition>(a.dispositions, b.dispositions, (d) => d.itemId, (x, y) => byString(x.itemId, y.itemId)),
    resolutions: mergeRecords<Resolution>(a.resolutions, b.resolutions, (r) => r.itemId, (x, y) => byString(x.itemId, y.itemId)),
    imports: mergeRecords<ImportRecord>(a.imports, b.imports, (r) => r.hash, (x, y) => byString(x.createdAt, y.createdAt) || byString(x.hash, y.hash)),
    issuedCopies: mergeRecords<IssuedCopy>(
      a.issuedCopies,
      b.issuedCopies,
      (c) => `${c.contentHash}\u0000${c.name}`,
      (x, y) => byString(x.createdAt, y.createdAt) || byString(x.contentHash, y.contentHash) || byString(x.name, y.name),
    ),
  };
}

/** Put a state's lists in canonical order (and collapse duplicate keys), as merging with nothing does. */
export function normalizeReviewState(s: ReviewState): ReviewState {
  return mergeReviewStates(s, { items: [], dispositions: [], resolutions: [], imports: [], issuedCopies: [] });
}
