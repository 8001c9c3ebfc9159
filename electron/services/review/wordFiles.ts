import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../../shared/ipc/contract';
import { isReviewWorkspace } from '../../../shared/review/guard';
import { filterRegister, registerRows, type RegisterFilter } from '../../../shared/review/register';
import { matrixCsv } from '../../../shared/review/matrix';
import { mergeReviewStates } from '../../../shared/review/merge';
import { canonicalJson } from '../../../shared/review/canonicalJson';
import { wordCommentsToReview } from '../../../shared/review/wordImport';
import type { RefusalCode } from '../../../shared/review/refusal';
import { writeFileAtomic } from '../atomicFile';
import type { ProjectSession } from '../projectSession';
import { fileStamp, resolveTarget, safeFileStem, type PickTarget } from './outputPath';
import { renderMatrixDocx } from './matrixDocx';
import { renderReviewDocx } from './reviewDocx';
import { DocxReadError, readReviewDocx } from './wordComments';

/** Word files of review: the review .docx, the .docx with the project's comments, the comments matrix. */

async function write(target: string, data: string | Uint8Array): Promise<{ file: string; bytes: number }> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, data);
  return { file: target, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length };
}

function versionLabel(session: ProjectSession): string {
  const p = session.current;
  return p.review.workspace?.version.name ?? p.review.issuedCopies.at(-1)?.name ?? p.framework.metadata.edition;
}

export async function exportReviewDocx(session: ProjectSession, file?: string, pick?: PickTarget) {
  const p = session.current;
  const bytes = await renderReviewDocx(p, versionLabel(session));
  return write(await resolveTarget(session.dataDir, `${safeFileStem(`${p.framework.id} review ${versionLabel(session)}`)}.docx`, file, pick), bytes);
}

export async function exportCommentsDocx(session: ProjectSession, file?: string, pick?: PickTarget) {
  const p = session.current;
  const bytes = await renderReviewDocx(p, versionLabel(session), { withComments: true });
  return write(await resolveTarget(session.dataDir, `${safeFileStem(`${p.framework.id} with comments`)}-${fileStamp()}.docx`, file, pick), bytes);
}

export async function exportMatrix(session: ProjectSession, format: 'docx' | 'csv', filter: RegisterFilter = {}, file?: string, pick?: PickTarget) {
  const p = session.current;
  const rows = filterRegister(registerRows(p), filter);
  const target = await resolveTarget(session.dataDir, `${safeFileStem(`${p.framework.id} comments matrix`)}-${fileStamp()}.${format}`, file, pick);
  return write(target, format === 'csv' ? matrixCsv(rows) : await renderMatrixDocx(p, rows));
}

/**
 * Import the Word comments of a review .docx as one undoable change. A file that is not a .docx,
 * not a review .docx, or made for another framework is refused and nothing changes.
 */
export async function importReviewDocx(
  session: ProjectSession,
  name: string,
  bytes: Uint8Array,
  from: { organisation?: string; country?: string } = {},
): Promise<{ ok: true; changed: boolean; comments: number; unplaced: number; snapshot: Snapshot } | { ok: false; refusal: { name: string; code: RefusalCode } }> {
  if (session.info().builtin) throw Object.assign(new Error('The built-in edition is read-only; make a copy to import comments into.'), { code: 'read-only' });
  if (isReviewWorkspace(session.current)) throw Object.assign(new Error('Word comments are imported by the drafter, not into a review copy.'), { code: 'review-mode' });
  let contents;
  try {
    contents = await readReviewDocx(bytes);
  } catch (e) {
    if (e instanceof DocxReadError) return { ok: false, refusal: { name, code: e.code } };
    throw e;
  }
  const project = session.current;
  const imported = wordCommentsToReview(project, contents.comments, contents.bookmarks, contents.modified, from);
  if (imported.otherFramework) return { ok: false, refusal: { name, code: 'other-framework' } };
  const merged = mergeReviewStates(project.review, imported.state);
  const changed = canonicalJson(merged) !== canonicalJson(project.review);
  const snapshot = changed ? session.applyChange('review.undo.importDocx', [{ op: 'replace', path: ['review'], value: merged }]) : session.snapshot();
  return { ok: true, changed, comments: imported.comments, unplaced: imported.unplaced, snapshot };
}
