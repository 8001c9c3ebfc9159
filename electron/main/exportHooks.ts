import { app, dialog, shell } from 'electron';
import path from 'node:path';
import type { ShellHooks } from '../services/handlers';
import { ProblemError } from '../../shared/ipc/problem';

const FILTERS: Record<'docx' | 'pdf', Electron.FileFilter> = { docx: { name: 'Word document', extensions: ['docx'] }, pdf: { name: 'PDF document', extensions: ['pdf'] } };

/** The desktop's side of exporting: where to save (native dialog), open the file, show it in its folder. */
export function exportShellHooks(): Pick<ShellHooks, 'pickExportTarget' | 'openPath' | 'showItemInFolder'> {
  return {
    pickExportTarget: async (suggestedName, format) => {
      const r = await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), suggestedName), filters: [FILTERS[format]] });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    openPath: async (file) => {
      const error = await shell.openPath(file);
      if (error) throw new ProblemError('open-failed', { detail: error }, { file });
    },
    showItemInFolder: (file) => shell.showItemInFolder(file),
  };
}
