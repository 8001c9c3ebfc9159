import { BrowserWindow, app, dialog } from 'electron';
import path from 'node:path';
import { createHandlers } from '../services/handlers';
import { ProjectSession } from '../services/projectSession';
import { attachDocumentWindow, attachQuitFlush, rendererFlushed } from './documentWindow';
import { exportShellHooks } from './exportHooks';
import { reviewShellHooks } from './reviewHooks';
import { recordShellHooks } from './recordHooks';
import { glossaryShellHooks } from './glossaryHooks';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow, installSecurityGuards } from './window';

// Wiring only: each piece lives in its own module.

// One instance per user: a second launch focuses the first instead of opening the same project twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(async () => {
    installSecurityGuards();
    const dataDir = process.env.ACEC_DATA_DIR ?? app.getPath('userData');
    const session = await ProjectSession.start({ dataDir });
    const handlers = createHandlers(session, {
      pickNewProjectFile: async () => {
        const r = await dialog.showSaveDialog({
          defaultPath: path.join(app.getPath('documents'), 'framework-2026-2030.json'),
          filters: [{ name: 'Framework project', extensions: ['json'] }],
        });
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      pickProjectToOpen: async () => {
        const r = await dialog.showOpenDialog({ properties: ['openFile'], filters: [{ name: 'Framework project', extensions: ['json'] }] });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      pickSaveAsFile: async () => {
        const current = session.info().file;
        const r = await dialog.showSaveDialog({
          defaultPath: current ?? path.join(app.getPath('documents'), 'framework.json'),
          filters: [{ name: 'Framework project', extensions: ['json'] }],
        });
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      ...exportShellHooks(),
      ...reviewShellHooks(),
      ...recordShellHooks(),
      ...glossaryShellHooks(),
      rendererFlushed,
    });
    registerIpc(handlers, session, () => BrowserWindow.getAllWindows());
    installMenu(session);
    attachDocumentWindow(createMainWindow(), session);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) attachDocumentWindow(createMainWindow(), session);
    });
    attachQuitFlush(session, () => BrowserWindow.getAllWindows());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
