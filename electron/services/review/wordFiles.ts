import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Snapshot } from '../../../shared/ipc/contract';
import { ProblemError } from '../../../shared/ipc/problem';
import { isReviewWorkspace } from '../../../shared/review/guard';
import { filterRegister, registerRows, type RegisterFilter } from '../../../shared/review/register';
import { matrixCsv } from '../../../shared/review/matrix';
import { mergeReviewStates } from '../../../shared/review/merge';
import { canonicalJson } from '../../../shared/review/canonicalJson';
import { wordCommentsToReview, type ItemRefusal } from '../../../shared/review/wordImport';
import type { RefusalCode } from '../../../shared/review/refusal';
import type { UnplacedChange } from '../../../shared/review/trackedChanges';
import { writeFileAtomic } from '../atomicFile';
import type { ProjectSession } from '../projectSession';
import { fileStamp, resolveTarget, safeFileStem, type PickTarget } from './outputPath';
import { renderMatrixDocx } from './matrixDocx';
import { renderReviewDocx } from './reviewDocx';
import { DocxRefusalError } from './docxRead/docxRefusal';
import { readReviewDocxIsolated } from './docxRead/isolatedRead';

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

export interface DocxImportSummary {
  ok: true;
  changed: boolean;
  comments: number;
  suggestions: number;
  unplaced: number;
  unplacedChanges: UnplacedChange[];
  refused: ItemRefusal[];
  snapshot: Snapshot;
}
export interface DocxFileRefusal {
  ok: false;
  refusal: { name: string; code: RefusalCode; part?: string; detail?: string };
}

/**
 * Import the Word comments and tracked changes of a review .docx as one undoable change. The file
 * is read in a worker with limits (docxRead/isolatedRead.ts). A file that is not a .docx, is
 * damaged or hostile, is not a review .docx, or was made for another framework is refused (code,
 * part, detail) and nothing changes; a comment that cannot be imported is refused alone.
 */
export async function importReviewDocx(
  session: ProjectSession,
  name: string,
  bytes: Uint8Array,
  from: { organisation?: string; country?: string } = {},
): Promise<DocxImportSummary | DocxFileRefusal> {
  if (session.info().builtin) throw new ProblemError('read-only');
  if (isReviewWorkspace(session.current)) throw new ProblemError('review-mode');
  let contents;
  try {
    contents = await readReviewDocxIsolated(bytes);
  } catch (e) {
    if (e instanceof DocxRefusalError) return { ok: false, refusal: { name, code: e.code, ...(e.part ? { part: e.part } : {}), ...(e.detail ? { detail: e.detail } : {}) } };
    throw e;
  }
  const project = session.current;
  const imported = wordCommentsToReview(project, contents.comments, contents.bookmarks, contents.modified, from, contents.fields, contents.unplaced);
  if (imported.otherFramework) return { ok: false, refusal: { name, code: 'other-framework', part: 'word/document.xml' } };
  const merged = mergeReviewStates(project.review, imported.state);
  const changed = canonicalJson(merged) !== canonicalJson(project.review);
  const snapshot = changed ? session.applyChange('review.undo.importDocx', [{ op: 'replace', path: ['review'], value: merged }]) : session.snapshot();
  return {
    ok: true,
    changed,
    comments: imported.comments,
    suggestions: imported.suggestions,
    unplaced: imported.unplaced,
    unplacedChanges: imported.unplacedChanges,
    refused: imported.refused,
    snapshot,
  };
}
