import { app, dialog } from 'electron';
import path from 'node:path';
import type { ShellHooks } from '../services/handlers';

/** The desktop's side of the glossary export: a native save dialog in the user's documents. */
export function glossaryShellHooks(): Pick<ShellHooks, 'pickGlossaryFile'> {
  return {
    pickGlossaryFile: async (suggestedName) => {
      const tbx = suggestedName.toLowerCase().endsWith('.tbx');
      const filters = [tbx ? { name: 'TBX termbase', extensions: ['tbx'] } : { name: 'CSV', extensions: ['csv'] }];
      const r = await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), suggestedName), filters });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
