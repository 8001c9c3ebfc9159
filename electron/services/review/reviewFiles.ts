import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { incomingContent, planImport, type PacketSummary } from '../../../shared/review/importPackets';
import type { JsonInput } from '../../../shared/review/refusal';
import { loadProjectBytes } from '../projectStore';
import { decodeJsonBytes } from '../strictJsonFile';
import { incomingJsonFile, type IncomingRequestFile } from './incomingFile';
import { isReviewWorkspace } from '../../../shared/review/guard';
import { identityTag, sameIdentity } from '../../../shared/review/identity';
import { emptyReviewState, type Reviewer, type ReviewItem } from '../../../shared/review/model';
import { mergeReviewStates } from '../../../shared/review/merge';
import { buildPacket } from '../../../shared/review/packet';
import { buildReviewCopy, readReviewCopy } from '../../../shared/review/reviewCopy';
import type { Refusal } from '../../../shared/review/refusal';
import { writeFileAtomic } from '../atomicFile';
import type { ProjectSession } from '../projectSession';
import { fileStamp, resolveTarget, safeFileStem, type PickTarget } from './outputPath';
import { ProblemError } from '../../../shared/ipc/problem';

/**
 * The files of offline review: review copies (drafter → reviewers), the reviewer's workspace,
 * comment packets (reviewers → drafter). The pure rules are in shared/review; this module reads
 * and writes the files and drives the session.
 */

export const REVIEW_COPY_EXT = '.acec-review.json';
export const PACKET_EXT = '.acec-comments.json';


function copyBase(copyFile: string): string {
  return copyFile.endsWith(REVIEW_COPY_EXT) ? copyFile.slice(0, -REVIEW_COPY_EXT.length) : copyFile.replace(/\.json$/i, '');
}

/**
 * A reviewer's workspace beside a copy: a project file (framework + their comments) that review
 * mode edits. One per identity (name, organisation, country), so two reviewers on one workstation
 * never see, edit or export each other's items.
 */
export function workspaceFileFor(copyFile: string, reviewer: Reviewer): string {
  return `${copyBase(copyFile)}.${safeFileStem(reviewer.name).slice(0, 40)}-${identityTag(reviewer)}.workspace.json`;
}

/** The one workspace per copy of earlier versions (before identities were kept apart). */
function sharedWorkspaceFileFor(copyFile: string): string {
  return `${copyBase(copyFile)}.workspace.json`;
}

/** Export the open project's framework as a review copy; recorded in the project as issued (when it is editable). */
export async function exportReviewCopy(session: ProjectSession, versionName: string, file?: string, pick?: PickTarget): Promise<{ file: string; bytes: number; contentHash: string }> {
  const project = session.current;
  if (isReviewWorkspace(project)) throw new ProblemError('review-mode');
  const copy = buildReviewCopy(project, { versionName, createdAt: new Date().toISOString() });
  const target = await resolveTarget(session.dataDir, `${safeFileStem(`${project.framework.id} ${versionName}`)}${REVIEW_COPY_EXT}`, file, pick);
  const text = JSON.stringify(copy);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, text);
  if (!session.info().readOnly) {
    const issued = { name: versionName, contentHash: copy.version.contentHash, createdAt: copy.createdAt };
    session.applyChange('review.undo.issueCopy', [{ op: 'replace', path: ['review'], value: mergeReviewStates(project.review, { ...emptyReviewState(), issuedCopies: [issued] }) }]);
  }
  return { file: target, bytes: Buffer.byteLength(text), contentHash: copy.version.contentHash };
}

/**
 * Open a review copy in review mode. The reviewer's comments live in a workspace file beside the
 * copy, so closing and reopening the copy brings them back. A refused copy changes nothing.
 */
export async function openReviewCopy(
  session: ProjectSession,
  source: { file: string } | IncomingRequestFile,
  reviewer: Reviewer | null,
): Promise<{ ok: true; snapshot: Snapshot } | { ok: false; refusal: Refusal & { name: string } }> {
  if (!reviewer) throw new ProblemError('no-reviewer');
  let copyFile: string;
  let content: JsonInput;
  // What was read, to keep a copy picked in the renderer byte for byte.
  let original: string | Uint8Array;
  if ('file' in source) {
    copyFile = path.resolve(source.file);
    original = await fs.readFile(copyFile);
    content = decodeJsonBytes(original);
  } else {
    original = 'base64' in source ? Buffer.from(source.base64, 'base64') : source.text;
    content = incomingContent(incomingJsonFile(source));
    copyFile = '';
  }
  const name = 'file' in source ? path.basename(source.file) : source.name;
  const r = readReviewCopy(content);
  if (!r.ok) return { ok: false, refusal: { ...r, name } };
  const copy = r.copy;
  if (!copyFile) {
    // A copy picked in the renderer is kept in the data folder, one file per copy (by its hash).
    const dir = path.join(session.dataDir, 'review-copies');
    await fs.mkdir(dir, { recursive: true });
    copyFile = path.join(dir, `${safeFileStem(name.replace(/(\.acec-review)?\.json$/i, ''))}-${copy.hash.slice(0, 8)}${REVIEW_COPY_EXT}`);
    if (!(await fs.stat(copyFile).then(() => true, () => false))) await writeFileAtomic(copyFile, original);
  }
  const marker = { copyHash: copy.hash, frameworkId: copy.frameworkId, version: copy.version, copyName: name, reviewer, copyFile };
  const workspace = workspaceFileFor(copyFile, reviewer);
  const exists = await fs.stat(workspace).then(() => true, () => false);
  if (!exists) {
    const project: Project = { ...copy.project, review: { ...emptyReviewState(), items: await adoptedItems(copyFile, reviewer), workspace: marker } };
    await writeFileAtomic(workspace, JSON.stringify(project, null, 1));
    return { ok: true, snapshot: await session.open(workspace) };
  }
  const snap = await session.open(workspace);
  if (snap.project.review.workspace?.copyHash === copy.hash) return { ok: true, snapshot: snap };
  // The copy at this place was replaced (a newer version): keep the reviewer's comments, take the new text.
  return { ok: true, snapshot: session.replace({ ...copy.project, review: { ...snap.project.review, workspace: marker } }) };
}

/**
 * A workspace of an earlier version was shared by everyone on the workstation: a reviewer opening
 * the copy for the first time under their identity takes their own items from it, and only those.
 */
async function adoptedItems(copyFile: string, reviewer: Reviewer): Promise<ReviewItem[]> {
  const bytes = await fs.readFile(sharedWorkspaceFileFor(copyFile)).catch(() => null);
  if (bytes === null) return [];
  // An old workspace is a project file: only one that loads gives items (a damaged one gives none, and stays as it is).
  const loaded = loadProjectBytes(bytes);
  if (!loaded.ok) return [];
  return loaded.project.review.items.filter((i) => sameIdentity(i.author, reviewer));
}

/**
 * Switching identity while a review copy is open: the copy is reopened on the new identity's own
 * workspace (the other reviewer's stays as it was, saved). Nothing happens outside review mode.
 */
export async function switchReviewIdentity(session: ProjectSession, reviewer: Reviewer): Promise<void> {
  const ws = session.current.review.workspace;
  if (!ws || !ws.copyFile || (ws.reviewer && sameIdentity(ws.reviewer, reviewer))) return;
  await session.flush();
  await openReviewCopy(session, { file: ws.copyFile }, reviewer);
}

/** In review mode: the reviewer's comments as a packet file (only their own items: a packet carries one reviewer's work). */
export async function exportPacket(session: ProjectSession, reviewer: Reviewer | null, file?: string, pick?: PickTarget): Promise<{ file: string; bytes: number; items: number }> {
  const project = session.current;
  const ws = project.review.workspace;
  if (!ws) throw new ProblemError('not-review-mode');
  if (!reviewer) throw new ProblemError('no-reviewer');
  if (ws.reviewer && !sameIdentity(ws.reviewer, reviewer)) throw new ProblemError('other-identity', { owner: ws.reviewer.name });
  const items = project.review.items.filter((i) => sameIdentity(i.author, reviewer));
  const packet = buildPacket({ frameworkId: ws.frameworkId, baseVersion: ws.version, reviewer, createdAt: new Date().toISOString(), items });
  const target = await resolveTarget(session.dataDir, `${safeFileStem(`comments ${reviewer.name} ${reviewer.country}`)}-${fileStamp()}${PACKET_EXT}`, file, pick);
  const text = JSON.stringify(packet, null, 1);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, text);
  return { file: target, bytes: Buffer.byteLength(text), items: packet.items.length };
}

/** Import packets as one undoable change; if any file is refused, nothing is imported. */
export function importPackets(
  session: ProjectSession,
  files: readonly IncomingRequestFile[],
): { ok: true; changed: boolean; packets: PacketSummary[]; snapshot: Snapshot } | { ok: false; refusals: (Refusal & { name: string })[] } {
  if (session.info().builtin) throw new ProblemError('read-only');
  if (isReviewWorkspace(session.current)) throw new ProblemError('review-mode');
  const plan = planImport(session.current, files.map(incomingJsonFile));
  if (!plan.ok) return { ok: false, refusals: plan.refusals.map((r) => ({ ...r.refusal, name: r.name })) };
  const snapshot = plan.change ? session.applyChange(plan.change.label, plan.change.patches) : session.snapshot();
  return { ok: true, changed: plan.change !== null, packets: plan.packets, snapshot };
}
