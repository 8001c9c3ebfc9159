/**
 * Returns `next` with every subtree that is deep-equal to the same place in `prev` replaced by
 * `prev`'s object. A snapshot that crossed IPC is all new objects; sharing restores the identity
 * of what did not change, so checks memoised by object identity stay incremental in the renderer.
 */
export function shareStructure<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function share(prev: unknown, next: unknown): unknown {
  if (prev === next) return prev;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const p = prev as unknown[];
    let same = p.length === next.length;
    const out = next.map((v, i) => {
      const s = i < p.length ? share(p[i], v) : v;
      if (s !== p[i]) same = false;
      return s;
    });
    return same ? prev : out;
  }
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  let same = keys.length === Object.keys(p).length;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const s = Object.prototype.hasOwnProperty.call(p, k) ? share(p[k], n[k]) : n[k];
    if (s !== p[k]) same = false;
    out[k] = s;
  }
  return same ? prev : out;
}
