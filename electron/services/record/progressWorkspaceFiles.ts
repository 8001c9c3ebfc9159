import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../../shared/ipc/contract';
import { ProblemError } from '../../../shared/ipc/problem';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/project';
import { readProgressPacket } from '../../../shared/record/progressReport';
import { progressReportPacket, workspaceFromTemplate } from '../../../shared/record/progressWorkspace';
import type { Refusal } from '../../../shared/review/refusal';
import { writeFileAtomic } from '../atomicFile';
import type { ProjectSession } from '../projectSession';
import { decodeJsonBytes } from '../strictJsonFile';
import { fileStamp, resolveTarget, safeFileStem, type PickTarget } from '../review/outputPath';

/**
 * The NFP's side of the progress packet, as a reviewer's side of a review copy
 * (../review/reviewFiles.ts): the template packet the secretariat sent is opened as a workspace
 * (a project file in the data folder's `progress/`, beside a kept copy of the packet), the
 * Implementation view records the country's events and statuses in it, and the report is
 * exported as a packet sealed like the template, which the secretariat's import reads.
 */

export const PROGRESS_PACKET_EXT = '.acec-progress.json';
const WORKSPACE_EXT = '.progress-workspace.json';

const stemOf = (name: string) => safeFileStem(path.basename(name).replace(/(\.acec-progress)?\.json$/i, '')).slice(0, 80);

/**
 * Open a template packet (its bytes, as picked) as the NFP's workspace. The same packet reopens
 * the same workspace with what was recorded in it; a refused packet changes nothing.
 */
export async function openProgressPacket(
  session: ProjectSession,
  source: { name: string; bytes: Uint8Array },
): Promise<{ ok: true; snapshot: Snapshot } | { ok: false; refusal: Refusal & { name: string } }> {
  const r = readProgressPacket(decodeJsonBytes(source.bytes), null);
  if (!r.ok) return { ok: false, refusal: { ...r, name: source.name } };
  const packet = r.packet;
  if (!packet.framework) throw new Error('unreachable: readProgressPacket(…, null) requires the framework');
  const dir = path.join(session.dataDir, 'progress');
  await fs.mkdir(dir, { recursive: true });
  const base = path.join(dir, `${stemOf(source.name)}-${packet.hash.slice(0, 8)}`);
  const kept = `${base}${PROGRESS_PACKET_EXT}`;
  if (!(await fs.stat(kept).then(() => true, () => false))) await writeFileAtomic(kept, source.bytes);
  const workspace = `${base}${WORKSPACE_EXT}`;
  if (!(await fs.stat(workspace).then(() => true, () => false))) {
    const project = workspaceFromTemplate({ ...packet, framework: packet.framework }, source.name, CURRENT_SCHEMA_VERSION);
    await writeFileAtomic(workspace, JSON.stringify(project, null, 1));
  }
  return { ok: true, snapshot: await session.open(workspace) };
}

/** In a progress workspace: the country's report as a sealed packet file. */
export async function exportProgressReport(session: ProjectSession, file?: string, pick?: PickTarget): Promise<{ file: string; bytes: number; events: number; statuses: number }> {
  const project = session.current;
  if (!project.progress) throw new ProblemError('not-progress-mode');
  const packet = progressReportPacket(project, new Date().toISOString());
  const chosen = await resolveTarget(session.dataDir, `${safeFileStem(`${packet.frameworkId}-progress-${packet.country}`)}-${fileStamp()}${PROGRESS_PACKET_EXT}`, file, pick);
  // A name typed without an extension in the save dialog still makes a packet the import recognises.
  const target = path.extname(chosen) ? chosen : `${chosen}${PROGRESS_PACKET_EXT}`;
  const text = JSON.stringify(packet, null, 1);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, text);
  return { file: target, bytes: Buffer.byteLength(text), events: packet.events.length, statuses: packet.statuses.length };
}
