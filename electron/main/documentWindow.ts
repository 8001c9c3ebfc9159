import { app, dialog, type BrowserWindow } from 'electron';
import { events, type ProjectInfo } from '../../shared/ipc/contract';
import type { ProjectSession } from '../services/projectSession';
import { flushBeforeClose } from './shellPolicy';
import { shellWords } from './shellWords';

/** "• framework.json — App" while there are changes not yet on disk (the app's name in the UI language). */
export function windowTitle(info: ProjectInfo, lang: 'en' | 'zh'): string {
  return `${info.saveState === 'saved' ? '' : '• '}${info.name} — ${shellWords(lang).appName}`;
}

/**
 * Keep the window's title in step with the project and its save state. Closing first flushes the
 * page's uncommitted typing and saves; only changes still not on disk then ask (wait, discard, cancel).
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
    if (closing || session.info().builtin) return;
    // Decide only after the page's uncommitted typing has reached main and everything is saved.
    e.preventDefault();
    void flushBeforeClose({
      flushRenderer: () => rendererFlush(win),
      saveSession: () => session.flush(),
      saveState: () => session.info().saveState,
    }).then(async ({ saveState }) => {
      if (win.isDestroyed()) return;
      if (saveState === 'saved') {
        closing = true;
        win.close();
        return;
      }
      const w = shellWords(session.settingsStore.value.uiLanguage).closeDialog;
      const failed = saveState === 'error';
      const buttons = failed ? [w.cancel, w.discard] : [w.wait, w.discard, w.cancel];
      const { response } = await dialog.showMessageBox(win, { type: 'warning', message: w.message, detail: failed ? w.failed : w.saving, buttons, defaultId: 0, cancelId: failed ? 0 : 2, noLink: true });
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
}

const pendingFlushes = new Map<string, () => void>();
let flushCounter = 0;

/** Ask the page to send its uncommitted typing (menu command `flushBeforeClose`); resolves on its `flushDone`. */
export function rendererFlush(win: BrowserWindow): Promise<void> {
  if (win.isDestroyed() || win.webContents.isCrashed()) return Promise.resolve();
  const id = `flush-${++flushCounter}`;
  return new Promise<void>((resolve) => {
    pendingFlushes.set(id, resolve);
    win.webContents.send(events.menuCommand.channel, { command: 'flushBeforeClose', id });
  }).finally(() => pendingFlushes.delete(id));
}

/** The page answered a flush request (ShellHooks.rendererFlushed). */
export function rendererFlushed(id: string): void {
  pendingFlushes.get(id)?.();
}

/**
 * Quitting waits for the same: every window's typing flushed, the session saved and closed (its
 * lock released), then the app quits for real.
 */
export function attachQuitFlush(session: ProjectSession, windows: () => BrowserWindow[]): void {
  let quitting = false;
  app.on('before-quit', (e) => {
    if (quitting) return;
    e.preventDefault();
    quitting = true;
    void Promise.all(windows().map((win) => flushBeforeClose({ flushRenderer: () => rendererFlush(win), saveSession: () => session.flush(), saveState: () => session.info().saveState })))
      .then(() => session.close())
      .catch(() => undefined)
      .finally(() => app.quit());
  });
}
