import { promises as fs } from 'node:fs';
import path from 'node:path';
import { BareFileNameSchema } from '../../shared/ipc/fileHandle';
import { ProblemError } from '../../shared/ipc/problem';

/**
 * The browser build's Save As (it has no native dialog): the bare name the user typed, placed in
 * the data folder's `projects/` — a folder main chose, never one the page names. `.json` is added
 * when the name does not end in it. The name is checked again here (the contract checked it too),
 * so nothing with a folder in it, on any system, leaves this folder.
 */
export async function projectsFolderTarget(dataDir: string, name: string): Promise<string> {
  const parsed = BareFileNameSchema.safeParse(name);
  if (!parsed.success || path.basename(name) !== name || path.win32.basename(name) !== name) throw new ProblemError('bad-target', { extension: '.json' }, { file: name });
  const dir = path.join(dataDir, 'projects');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, /\.json$/i.test(name) ? name : `${name}.json`);
  if (path.dirname(file) !== dir) throw new ProblemError('bad-target', { extension: '.json' }, { file: name });
  return file;
}
