import { useEffect, useState } from 'react';
import type { Reviewer } from '../../../shared/review/model';
import { api } from '../api';

export interface ReviewIdentities {
  reviewer: Reviewer | null;
  drafter: Reviewer | null;
}

/**
 * The two identities kept in the user's settings, never mixed: the reviewer's (comments on a
 * review copy) and the drafter's (replies and decisions on the draft). Undefined while loading;
 * the setter keeps what was saved.
 */
export function useReviewIdentities(): [ReviewIdentities | undefined, (next: ReviewIdentities) => void] {
  const [identities, setIdentities] = useState<ReviewIdentities | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void Promise.all([api.getReviewer({}), api.getDrafter({})]).then(
      ([reviewer, drafter]) => live && setIdentities({ reviewer, drafter }),
      () => live && setIdentities({ reviewer: null, drafter: null }),
    );
    return () => {
      live = false;
    };
  }, []);
  return [identities, setIdentities];
}

/** Saves the identity of the role in use (the drafter's on a draft, the reviewer's on a review copy). */
export async function saveIdentity(identities: ReviewIdentities, asDrafter: boolean, r: Reviewer): Promise<ReviewIdentities> {
  const saved = await (asDrafter ? api.setDrafter({ drafter: r }) : api.setReviewer({ reviewer: r }));
  return { ...identities, [asDrafter ? 'drafter' : 'reviewer']: saved };
}
