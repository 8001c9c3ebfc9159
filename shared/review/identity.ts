import type { Reviewer, ReviewItem } from './model';
import type { Refusal } from './refusal';
import { sha256Hex } from './sha256';

/**
 * One identity per reviewer, and revision counters that could be real.
 *
 * A reviewer is identified by name, organisation and country (role is a description, not part of
 * who they are). A packet carries one reviewer's work: every item in it must be authored by the
 * packet's reviewer, so a packet can never overwrite, withdraw or carry anyone else's items.
 *
 * `rev` (the author's edit counter) decides which version of an item wins a merge, so a forged or
 * corrupted counter (2^53) would make an item unbeatable. Counters are bounded by time: an author
 * makes at most one edit per MIN_EDIT_INTERVAL_MS (the app spaces its own edits so, see
 * nextEditTime), so an item's rev can be at most its age in those steps, and a later version can
 * be at most that many edits ahead of one the project already holds. Both bounds are properties of
 * the versions themselves, never of import order, so merging stays order-independent; and no
 * timestamp may lie in the future beyond clock skew. What this cannot do without signatures is
 * tell a reviewer from someone typing their name: that is the secretariat's channel (who sent
 * the file), as with any unsigned document.
 */

export const MIN_EDIT_INTERVAL_MS = 100;
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The identity of a reviewer, as a comparable string. */
export function identityKey(r: Pick<Reviewer, 'name' | 'organisation' | 'country'>): string {
  return [norm(r.name), norm(r.organisation), norm(r.country)].join('\u0000');
}

export function sameIdentity(a: Pick<Reviewer, 'name' | 'organisation' | 'country'>, b: Pick<Reviewer, 'name' | 'organisation' | 'country'>): boolean {
  return identityKey(a) === identityKey(b);
}

/** A short stable tag of an identity, for file names. */
export function identityTag(r: Pick<Reviewer, 'name' | 'organisation' | 'country'>): string {
  return sha256Hex(identityKey(r)).slice(0, 10);
}

/** The time to stamp an edit made at `now` on an item last changed at `previous`: never less than one step later. */
export function nextEditTime(previous: string, now: string): string {
  const min = Date.parse(previous) + MIN_EDIT_INTERVAL_MS;
  return Date.parse(now) >= min ? now : new Date(min).toISOString();
}

/** The most edits an item's timestamps allow between two times. */
function editsBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / MIN_EDIT_INTERVAL_MS);
}

/** Why an item from a file cannot be taken, or null. `known` is the project's version of it, if any. */
export function implausibleRevision(item: ReviewItem, known: ReviewItem | undefined, now: number): string | null {
  if (Date.parse(item.updatedAt) > now + CLOCK_SKEW_MS) return `changed in the future (${item.updatedAt})`;
  if (Date.parse(item.updatedAt) < Date.parse(item.createdAt)) return 'changed before it was made';
  if (item.rev > editsBetween(item.createdAt, item.updatedAt)) return `edit ${item.rev}, more edits than its age allows`;
  if (known && item.rev > known.rev && item.rev - known.rev > editsBetween(known.updatedAt, item.updatedAt)) {
    return `edit ${item.rev} after edit ${known.rev}, more edits than the time between them allows`;
  }
  return null;
}

/** The first item of a file that is not its reviewer's (foreign-item) or whose counter cannot be real (rev-jump). */
export function checkItems(reviewer: Reviewer, items: readonly ReviewItem[], known: ReadonlyMap<string, ReviewItem>, now: number): Refusal | null {
  for (const i of items) {
    if (!sameIdentity(i.author, reviewer)) return { ok: false, code: 'foreign-item', item: i.id, detail: `by ${i.author.name}, not ${reviewer.name}` };
  }
  for (const i of items) {
    const why = implausibleRevision(i, known.get(i.id), now);
    if (why) return { ok: false, code: 'rev-jump', item: i.id, detail: why };
  }
  return null;
}
