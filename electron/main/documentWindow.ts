import { app, dialog, type BrowserWindow } from 'electron';
import type { ProjectInfo } from '../../shared/ipc/contract';
import type { ProjectSession } from '../services/projectSession';

const APP_NAME = 'ASEAN-China Environmental Cooperation Framework';

/** "• framework.json — App" while there are changes not yet on disk. */
export function windowTitle(info: ProjectInfo): string {
  return `${info.saveState === 'saved' ? '' : '• '}${info.name} — ${APP_NAME}`;
}

const CLOSE_WORDS = {
  en: {
    message: 'Some changes are not saved yet.',
    saving: 'Wait for them to be saved, or close without them?',
    failed: 'Saving failed. Close anyway and lose them, or cancel and use Save As to keep them?',
    wait: 'Save and close', discard: 'Close without saving', cancel: 'Cancel',
  },
  zh: {
    message: '部分更改尚未保存。',
    saving: '等待保存完成，还是不保存直接关闭？',
    failed: '保存失败。仍然关闭并丢失这些更改，还是取消并使用“另存为”保留它们？',
    wait: '保存并关闭', discard: '不保存并关闭', cancel: '取消',
  },
} as const;

/**
 * Keep the window's title in step with the project and its save state, and ask before closing
 * with changes that are not on disk (waiting for the save when it can still succeed).
 */
export function attachDocumentWindow(win: BrowserWindow, session: ProjectSession): void {
  const update = () => {
    if (win.isDestroyed()) return;
    const info = session.info();
    win.setTitle(windowTitle(info));
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
    const w = CLOSE_WORDS[session.settingsStore.value.uiLanguage];
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
