import type { ShellHooks } from '../services/handlers';
import { saveInDocuments } from './saveInDocuments';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.json': { name: 'Progress packet', extensions: ['json'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
};

/** The desktop's side of the Implementation view's exports: a native save dialog in the user's documents. */
export function recordShellHooks(): Pick<ShellHooks, 'pickRecordFile'> {
  return {
    pickRecordFile: (suggestedName) => saveInDocuments(suggestedName, FILTERS),
  };
}
