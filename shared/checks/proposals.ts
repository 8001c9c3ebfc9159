import type { Component, PlanComponent } from '../model/framework';
import { contentTokens, packedCosine, packedTfidfVectors, type TokenMemo } from './text';

/**
 * Likely links between a component's main activities and its action-plan activities, by text
 * similarity (TF-IDF cosine over stemmed English words, the idf taken from this component's own
 * texts). Proposals are computed, never stored: the drafter confirms them (`trace.mainActivityIds`)
 * or rejects them (`trace.rejected`).
 */
export interface LinkProposal {
  activityId: string;
  mainActivityId: string;
  /** Cosine similarity, 0..1. */
  score: number;
}

/** A main activity is proposed when it scores at least this… */
export const PROPOSAL_MIN_SCORE = 0.15;
/** …and at least this share of the best score for the same activity. */
export const PROPOSAL_RELATIVE = 0.6;
/** At most this many proposals per activity. */
export const PROPOSAL_MAX = 2;

/** Proposals for every activity of `plan` (the action-plan rows of `component`), by activity id, best first. */
export function proposeLinks(
  component: Component,
  plan: PlanComponent,
  acronyms?: ReadonlyMap<string, string[]>,
  tokens?: TokenMemo,
): Map<string, LinkProposal[]> {
  const words = (t: { en: { text: string } }) => (tokens ? tokens.get(t, acronyms) : contentTokens(t.en.text, acronyms));
  const mains = component.mainActivities;
  const activities = plan.actions.flatMap((a) => a.activities.map((x) => ({ x, action: a.title })));
  const out = new Map<string, LinkProposal[]>();
  if (mains.length === 0 || activities.length === 0) return out;
  const docs = [
    ...mains.map((m) => words(m.text)),
    // The action's title says what kind of activity it is ("joint research"): it counts too.
    ...activities.map(({ x, action }) => words(x.text).concat(words(action))),
  ];
  const vectors = packedTfidfVectors(docs);
  // Per activity: every main activity's score, then the best PROPOSAL_MAX of those that pass, best
  // first and, on equal scores, in document order (as a stable sort would give). One scores array
  // for the component and a few indices per activity: this runs for every activity of the document.
  const scores = new Float64Array(mains.length);
  const top: number[] = [];
  for (let i = 0; i < activities.length; i++) {
    const x = activities[i].x;
    const v = vectors[mains.length + i];
    let best = -Infinity;
    for (let j = 0; j < mains.length; j++) {
      const s = packedCosine(v, vectors[j]);
      scores[j] = s;
      if (s > best) best = s;
    }
    top.length = 0;
    for (let j = 0; j < mains.length; j++) {
      const s = scores[j];
      if (s < PROPOSAL_MIN_SCORE || s < best * PROPOSAL_RELATIVE || x.trace.rejected.includes(mains[j].id)) continue;
      let k = top.length;
      while (k > 0 && scores[top[k - 1]] < s) k--;
      if (k < PROPOSAL_MAX) {
        top.splice(k, 0, j);
        if (top.length > PROPOSAL_MAX) top.length = PROPOSAL_MAX;
      }
    }
    const picked: LinkProposal[] = [];
    for (const j of top) picked.push({ activityId: x.id, mainActivityId: mains[j].id, score: Math.round(scores[j] * 100) / 100 });
    out.set(x.id, picked);
  }
  return out;
}
