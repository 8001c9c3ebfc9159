import { app, dialog } from 'electron';
import path from 'node:path';

/**
 * A native save dialog opening in the user's documents with the suggested name, filtered to the
 * kind its extension names (when `filters` knows it); the chosen path, or null when cancelled.
 * Shared by the review, record and glossary exports.
 */
export async function saveInDocuments(suggestedName: string, filters: Record<string, Electron.FileFilter>): Promise<string | null> {
  const filter = filters[path.extname(suggestedName).toLowerCase()];
  const r = await dialog.showSaveDialog({ defaultPath: path.join(app.getPath('documents'), suggestedName), ...(filter ? { filters: [filter] } : {}) });
  return r.canceled || !r.filePath ? null : r.filePath;
}
