import { app, dialog, type BrowserWindow } from 'electron';
import type { ProjectInfo } from '../../shared/ipc/contract';
import type { ProjectSession } from '../services/projectSession';
import { shellWords } from './shellWords';

/** "• framework.json — App" while there are changes not yet on disk (the app's name in the UI language). */
export function windowTitle(info: ProjectInfo, lang: 'en' | 'zh'): string {
  return `${info.saveState === 'saved' ? '' : '• '}${info.name} — ${shellWords(lang).appName}`;
}

/**
 * Keep the window's title in step with the project and its save state, and ask before closing
 * with changes that are not on disk (waiting for the save when it can still succeed).
 */
export function attachDocumentWindow(win: BrowserWindow, session: ProjectSession): void {
  const update = () => {
    if (win.isDestroyed()) return;
    const info = session.info();
    win.setTitle(windowTitle(info, session.settingsStore.value.uiLanguage));
    win.setDocumentEdited(info.saveState !== 'saved');
  };
  update();
  const off = session.onChange(update);
  win.on('page-title-updated', (e) => e.preventDefault());
  win.on('closed', off);

  let closing = false;
  win.on('close', (e) => {
    const info = session.info();
    if (closing || info.builtin || info.saveState === 'saved') return;
    e.preventDefault();
    const w = shellWords(session.settingsStore.value.uiLanguage).closeDialog;
    const failed = info.saveState === 'error';
    const buttons = failed ? [w.cancel, w.discard] : [w.wait, w.discard, w.cancel];
    void dialog
      .showMessageBox(win, { type: 'warning', message: w.message, detail: failed ? w.failed : w.saving, buttons, defaultId: 0, cancelId: failed ? 0 : 2, noLink: true })
      .then(async ({ response }) => {
        const choice = buttons[response];
        if (choice === w.cancel) return;
        if (choice === w.wait) {
          await session.flush();
          if (session.info().saveState !== 'saved') return update();
        }
        closing = true;
        win.close();
      });
  });
  app.on('before-quit', () => update());
}
