import { z } from 'zod';
import { ProblemError } from '../ipc/problem';
import type { Patch } from '../model/patch/patch';
import type { Project } from '../model/project';
import { TimestampSchema, emptyReviewState } from '../review/model';
import { emptyFinalState } from '../export/finalGate';
import { buildProgressPacket, type ProgressPacket } from './progressReport';
import { emptyRecord } from './model';

/**
 * An NFP's progress workspace: the project file made when an NFP opens the progress template
 * packet the secretariat sent (as a reviewer opens a review copy). It holds the packet's
 * framework and the country's record; the Implementation view adds and edits events, statuses and
 * funding as the country's, and *Export progress report* seals them as a packet the secretariat
 * imports. The framework is read-only there: only the record's events, statuses and funding change.
 */
export const ProgressWorkspaceSchema = z.object({
  /** The template packet's seal: the same packet reopens the same workspace. */
  packetHash: z.string().length(64),
  frameworkId: z.string().min(1).max(120),
  /** ISO code of the reporting country; every statement made here is the country's. */
  country: z.string().regex(/^[A-Z]{2}$/),
  reporter: z.string().trim().min(1).max(200),
  /** The template's file name, for the title bar. */
  packetName: z.string().max(500),
  createdAt: TimestampSchema,
});
export type ProgressWorkspace = z.infer<typeof ProgressWorkspaceSchema>;

/** True when the project is an NFP's progress workspace. */
export function isProgressWorkspace(project: Pick<Project, 'progress'>): boolean {
  return project.progress !== undefined;
}

/** Who the record's edits are attributed to: the workspace's country, else the secretariat (null). */
export function progressReporter(project: Pick<Project, 'progress'>): { reporter: string; country: string } | null {
  return project.progress ? { reporter: project.progress.country, country: project.progress.country } : null;
}

/** The project an NFP works in, from a template packet that carries its framework. */
export function workspaceFromTemplate(packet: ProgressPacket & { framework: NonNullable<ProgressPacket['framework']> }, packetName: string, schemaVersion: Project['schemaVersion']): Project {
  return {
    schemaVersion,
    framework: packet.framework,
    glossary: [],
    waivers: [],
    review: emptyReviewState(),
    record: { ...emptyRecord(), events: packet.events, statuses: packet.statuses, funding: packet.funding },
    final: emptyFinalState(),
    progress: { packetHash: packet.hash, frameworkId: packet.frameworkId, country: packet.country, reporter: packet.reporter, packetName, createdAt: packet.createdAt },
  };
}

const EDITABLE = new Set(['events', 'statuses', 'funding']);

/**
 * In a progress workspace only the record's events, statuses and funding may change (one entry
 * or one list at a time); the framework, the marker and everything else are read-only. Throws a
 * coded error (nothing applied) otherwise.
 */
export function assertProgressModeAllows(project: Pick<Project, 'progress'>, patches: readonly Patch[]): void {
  if (!isProgressWorkspace(project)) return;
  for (const p of patches) {
    const ok = p.path[0] === 'record' && typeof p.path[1] === 'string' && EDITABLE.has(p.path[1]);
    if (!ok) throw new ProblemError('progress-read-only');
  }
}

/**
 * The report an NFP sends back: the workspace's events (deleted ones as tombstones, so a deletion
 * travels), and the statuses and funding stated by the country, sealed as buildTemplatePacket
 * seals (same kind, version and hash), without the framework.
 */
export function progressReportPacket(project: Project, createdAt: string): ProgressPacket {
  const ws = project.progress;
  if (!ws) throw new ProblemError('not-progress-mode');
  return buildProgressPacket({
    frameworkId: ws.frameworkId,
    country: ws.country,
    reporter: ws.reporter,
    createdAt,
    events: project.record.events,
    statuses: project.record.statuses.filter((s) => s.reporter === ws.country),
    funding: project.record.funding.filter((f) => f.reporter === ws.country),
  });
}
