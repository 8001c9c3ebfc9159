import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ProblemError } from '../../../shared/ipc/problem';

/** A file name safe on every desktop system (reviewer names are often Chinese: letters of any script are kept). */
export function safeFileStem(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return text.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'file';
}

/** `YYYYMMDD-HHMMSS` for file names. */
export function fileStamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Asks the user where to save (the desktop's dialog); null = cancelled. */
export type PickTarget = (suggestedName: string) => Promise<string | null>;

/**
 * The file to write: the one given, else the one the user picks (desktop), else a fresh name in the
 * data folder's exports/ (browser build). Cancelling the dialog throws a 'cancelled' error.
 */
export async function resolveTarget(dataDir: string, suggestedName: string, file?: string, pick?: PickTarget): Promise<string> {
  if (file) return file;
  if (pick) {
    const chosen = await pick(suggestedName);
    if (!chosen) throw new ProblemError('cancelled');
    return chosen;
  }
  return defaultOutput(dataDir, suggestedName);
}

/**
 * Where an export goes when the caller gave no path (the browser build has no save dialog):
 * `<dataDir>/exports/<name>`, with `-2`, `-3`… added if taken.
 */
export async function defaultOutput(dataDir: string, name: string): Promise<string> {
  const dir = path.join(dataDir, 'exports');
  await fs.mkdir(dir, { recursive: true });
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = path.join(dir, i === 1 ? name : `${stem}-${i}${ext}`);
    if (!(await fs.stat(candidate).then(() => true, () => false))) return candidate;
  }
}
