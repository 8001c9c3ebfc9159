import { useSyncExternalStore } from 'react';
import type { Reviewer } from '../../../shared/review/model';
import { api } from '../api';

export interface ReviewIdentities {
  reviewer: Reviewer | null;
  drafter: Reviewer | null;
}

// One copy for the whole window, so the Comments panel and the work plan's threads agree on who
// is commenting the moment either saves an identity.
let shared: ReviewIdentities | undefined;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: ReviewIdentities): void {
  shared = next;
  for (const l of listeners) l();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  loading ??= Promise.all([api.getReviewer({}), api.getDrafter({})]).then(
    ([reviewer, drafter]) => publish({ reviewer, drafter }),
    () => publish({ reviewer: null, drafter: null }),
  );
  return () => listeners.delete(onChange);
}

/**
 * The two identities kept in the user's settings, never mixed: the reviewer's (comments on a
 * review copy) and the drafter's (replies and decisions on the draft). Undefined while loading;
 * the setter keeps what was saved and tells every other user of the hook.
 */
export function useReviewIdentities(): [ReviewIdentities | undefined, (next: ReviewIdentities) => void] {
  return [useSyncExternalStore(subscribe, () => shared), publish];
}

/** Saves the identity of the role in use (the drafter's on a draft, the reviewer's on a review copy). */
export async function saveIdentity(identities: ReviewIdentities, asDrafter: boolean, r: Reviewer): Promise<ReviewIdentities> {
  const saved = await (asDrafter ? api.setDrafter({ drafter: r }) : api.setReviewer({ reviewer: r }));
  return { ...identities, [asDrafter ? 'drafter' : 'reviewer']: saved };
}
