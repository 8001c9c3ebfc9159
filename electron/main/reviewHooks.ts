import type { ShellHooks } from '../services/handlers';
import { saveInDocuments } from './saveInDocuments';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.csv': { name: 'CSV table', extensions: ['csv'] },
  '.json': { name: 'Review file', extensions: ['json'] },
};

/** The desktop's side of review exports: a native save dialog in the user's documents. */
export function reviewShellHooks(): Pick<ShellHooks, 'pickReviewFile'> {
  return {
    pickReviewFile: (suggestedName) => saveInDocuments(suggestedName, FILTERS),
  };
}
