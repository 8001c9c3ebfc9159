import { app, dialog } from 'electron';
import path from 'node:path';
import type { ShellHooks } from '../services/handlers';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.xlsx': { name: 'Excel workbook', extensions: ['xlsx'] },
  '.json': { name: 'Progress packet', extensions: ['json'] },
  '.docx': { name: 'Word document', extensions: ['docx'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
};

/** The desktop's side of the Implementation view's exports: a native save dialog in the user's documents. */
export function recordShellHooks(): Pick<ShellHooks, 'pickRecordFile'> {
  return {
    pickRecordFile: async (suggestedName) => {
      const filter = FILTERS[path.extname(suggestedName).toLowerCase()];
      const r = await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), suggestedName), ...(filter ? { filters: [filter] } : {}) });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
