import type { DocUpdate, Snapshot } from '../../../shared/ipc/contract';
import type { Change } from '../../../shared/review/operations';
import type { Reviewer } from '../../../shared/review/model';
import { api } from '../api';

/** Send a review operation as one undoable change (its patches reach the project store as doc:changed). */
export async function applyReview(snapshot: Snapshot, change: Change): Promise<DocUpdate> {
  return api.applyChange({ label: change.label, patches: change.patches, baseRevision: snapshot.info.revision });
}

export function nowIso(): string {
  return new Date().toISOString();
}

export function newItemId(): string {
  return crypto.randomUUID();
}

/** The name shown for the drafter's own records (decided by, resolved by). */
export function whoName(r: Reviewer | null): string {
  return r ? r.name : '';
}

/** A picked file's bytes as base64 (for .docx over the contract). */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
