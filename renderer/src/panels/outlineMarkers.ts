import type { CheckResult } from '../../../shared/checks/registry';
import type { Snapshot } from '../../../shared/ipc/contract';
import { commentCountsByElement } from '../../../shared/review/threads';
import { findingCountsForOutline } from '../findings/findingsStore';

/** Counts shown as markers on an outline node (untranslated is computed by the outline itself). */
export interface OutlineMarker {
  findings?: number;
  comments?: number;
}
export type OutlineMarkers = Map<string, OutlineMarker>;

/**
 * Sources of outline markers: pure functions of the snapshot (and the findings the checker worker
 * last sent), keyed by element id. A feature adds its source with one entry here (e.g. findings
 * counts per element). Called once per revision and once per findings update.
 */
export const outlineMarkerSources: Array<(snapshot: Snapshot, findings: CheckResult) => OutlineMarkers> = [
  // Open consistency findings, on the nearest outline node of each element involved (renderer/src/findings).
  (s, findings) => findingCountsForOutline(s.project.framework, findings),
  // Open (unresolved) comment threads per element (shared/review).
  (s) => new Map([...commentCountsByElement(s.project.review)].filter(([, c]) => c.open > 0).map(([id, c]) => [id, { comments: c.open }])),
];

/** Every source's markers merged (counts of the same kind are added). */
export function collectOutlineMarkers(snapshot: Snapshot, findings: CheckResult): OutlineMarkers {
  const out: OutlineMarkers = new Map();
  for (const source of outlineMarkerSources) {
    for (const [id, m] of source(snapshot, findings)) {
      const prev = out.get(id) ?? {};
      out.set(id, {
        findings: (prev.findings ?? 0) + (m.findings ?? 0) || undefined,
        comments: (prev.comments ?? 0) + (m.comments ?? 0) || undefined,
      });
    }
  }
  return out;
}
