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
    ...activities.map(({ x, action }) => [...words(x.text), ...words(action)]),
  ];
  const vectors = packedTfidfVectors(docs);
  activities.forEach(({ x }, i) => {
    const v = vectors[mains.length + i];
    const scored = mains.map((m, j) => ({ activityId: x.id, mainActivityId: m.id, score: packedCosine(v, vectors[j]) }));
    const best = Math.max(...scored.map((s) => s.score));
    const picked = scored
      .filter((s) => s.score >= PROPOSAL_MIN_SCORE && s.score >= best * PROPOSAL_RELATIVE && !x.trace.rejected.includes(s.mainActivityId))
      .sort((a, b) => b.score - a.score)
      .slice(0, PROPOSAL_MAX)
      .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
    out.set(x.id, picked);
  });
  return out;
}
