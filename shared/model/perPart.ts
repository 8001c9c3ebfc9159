/**
 * Incremental derivation by part identity: the one mechanism behind the values the application
 * derives from the whole framework (the element index and parents, the labels, the outline).
 *
 * Edits reach every copy of the project as patches applied with structural sharing
 * (`shared/model/patch`): a part an edit did not touch (a section, a component, an action-plan
 * component, an annex area…) is the very same object afterwards. So a derivation is computed per
 * part ({@link perPart}: remembered in a WeakMap keyed by the part) and the parts' shares are
 * joined ({@link joiner}); after a keystroke in one activity only its plan component's share is
 * computed again, and the join is a walk over the shares. Derivations stay plain functions of a
 * part; whether a result may be reused is decided here and nowhere else, so none can go stale
 * as long as the part is never mutated (the store and the edit history never do).
 */

/**
 * What a part's share depends on besides the part itself: its position, its parent's id, the
 * language, another derived value (the labels map)… Compared one by one, objects by identity (a
 * path goes in as a joined string).
 */
export type PartContext = readonly unknown[];

function sameContext(a: PartContext, b: PartContext): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `derive` remembered per part: called again only for a part object it has not seen, or under
 * another context than last time for that part. One entry per part (the last context), held
 * weakly: a part no revision refers to any more is forgotten with it.
 */
export function perPart<P extends object, C extends PartContext, R>(derive: (part: P, context: C) => R): (part: P, context: C) => R {
  const cache = new WeakMap<P, { context: C; value: R }>();
  return (part, context) => {
    const hit = cache.get(part);
    if (hit && sameContext(hit.context, context)) return hit.value;
    const value = derive(part, context);
    cache.set(part, { context, value });
    return value;
  };
}

/** `derive` remembered per object (a framework, a findings result): {@link perPart} with no context. */
export function perObject<K extends object, R>(derive: (key: K) => R): (key: K) => R {
  const memo = perPart((key: K) => derive(key));
  return (key) => memo(key, NO_CONTEXT);
}

const NO_CONTEXT: PartContext = [];

/**
 * Joins shares (per part, in document order) into one value, made again only when a share
 * changed. A share is unchanged when it is the very object of the last join, or when `sameShare`
 * (optional) finds the new one holds what the derivation reads from the old: then the previous
 * value is kept, so what is memoised on its identity downstream (rows, locators) survives an
 * edit that changed nothing this derivation shows — at the cost of comparing the edited part's
 * share, never the whole. One joiner remembers one last join: make one per variant (per language).
 */
export function joiner<S, R>(build: (shares: readonly S[]) => R, sameShare?: (previous: S, next: S) => boolean): (shares: readonly S[]) => R {
  let last: { shares: readonly S[]; value: R } | null = null;
  return (shares) => {
    if (last && last.shares.length === shares.length) {
      const before = last.shares;
      let same = true;
      for (let i = 0; same && i < shares.length; i++) same = shares[i] === before[i] || (sameShare !== undefined && sameShare(before[i], shares[i]));
      if (same) {
        // The new shares are remembered, so the next join finds them by identity.
        last = { shares, value: last.value };
        return last.value;
      }
    }
    last = { shares, value: build(shares) };
    return last.value;
  };
}

/** Two arrays of the same length whose items `same` calls equal, one by one. */
export function sameItems<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
  return true;
}
