import type { CheckResult } from '../../../shared/checks/registry';
import type { Project } from '../../../shared/model/project';
import { commentCountsByElement } from '../../../shared/review/threads';
import { findingCountsForOutline } from '../findings/findingsStore';

/** Counts shown as markers on an outline node (untranslated is computed by the outline itself). */
export interface OutlineMarker {
  findings?: number;
  comments?: number;
}
export type OutlineMarkers = Map<string, OutlineMarker>;

/** A source worked out once per value of what it reads (`key`), not once per revision. */
function cachedBy<K extends object>(key: (project: Project, findings: CheckResult) => K, make: (project: Project, findings: CheckResult) => OutlineMarkers) {
  const cache = new WeakMap<K, OutlineMarkers>();
  return (project: Project, findings: CheckResult): OutlineMarkers => {
    const k = key(project, findings);
    let markers = cache.get(k);
    if (!markers) {
      markers = make(project, findings);
      cache.set(k, markers);
    }
    return markers;
  };
}

/**
 * Sources of outline markers: pure functions of the project (and the findings the checker worker
 * last sent), keyed by element id, each cached by the part it reads, so a keystroke recomputes
 * none of them. A feature adds its source with one entry here (e.g. findings counts per element).
 */
export const outlineMarkerSources: Array<(project: Project, findings: CheckResult) => OutlineMarkers> = [
  // Open consistency findings, on the nearest outline node of each element involved (renderer/src/findings);
  // worked out when the findings change (ids are stable, so the framework of that moment places them).
  cachedBy((_, findings) => findings, (p, findings) => findingCountsForOutline(p.framework, findings)),
  // Open (unresolved) comment threads per element (shared/review).
  cachedBy((p) => p.review, (p) => new Map([...commentCountsByElement(p.review)].filter(([, c]) => c.open > 0).map(([id, c]) => [id, { comments: c.open }]))),
];

let last: { parts: OutlineMarkers[]; merged: OutlineMarkers } | null = null;

/** Every source's markers merged (counts of the same kind are added); the same map while no count changed. */
export function collectOutlineMarkers(project: Project, findings: CheckResult): OutlineMarkers {
  const parts = outlineMarkerSources.map((source) => source(project, findings));
  if (last && last.parts.length === parts.length && last.parts.every((m, i) => m === parts[i])) return last.merged;
  const out: OutlineMarkers = new Map();
  for (const markers of parts) {
    for (const [id, m] of markers) {
      const prev = out.get(id) ?? {};
      out.set(id, {
        findings: (prev.findings ?? 0) + (m.findings ?? 0) || undefined,
        comments: (prev.comments ?? 0) + (m.comments ?? 0) || undefined,
      });
    }
  }
  // Findings change every few keys while typing (a proposed link's score…) and mostly leave every
  // node's count as it was: the outline then keeps its markers and does not re-render.
  const merged = last && sameMarkers(last.merged, out) ? last.merged : out;
  last = { parts, merged };
  return merged;
}

function sameMarkers(a: OutlineMarkers, b: OutlineMarkers): boolean {
  if (a.size !== b.size) return false;
  for (const [id, m] of b) {
    const o = a.get(id);
    if (!o || o.findings !== m.findings || o.comments !== m.comments) return false;
  }
  return true;
}
