import { app, dialog } from 'electron';
import path from 'node:path';
import type { ShellHooks } from '../services/handlers';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.csv': { name: 'CSV table', extensions: ['csv'] },
  '.json': { name: 'Review file', extensions: ['json'] },
};

/** The desktop's side of review exports: a native save dialog in the user's documents. */
export function reviewShellHooks(): Pick<ShellHooks, 'pickReviewFile'> {
  return {
    pickReviewFile: async (suggestedName) => {
      const filter = FILTERS[path.extname(suggestedName).toLowerCase()];
      const r = await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), suggestedName), ...(filter ? { filters: [filter] } : {}) });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
