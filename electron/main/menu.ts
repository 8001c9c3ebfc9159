import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { events } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { ProjectSession } from '../services/projectSession';
import { fileHandlesOf } from '../services/fileHandles';
import { shellWords } from './shellWords';
import { devToolsEnabled } from './window';

/**
 * The native menus. Each item sends a command to the renderer (event `menu:command`), which runs
 * it exactly as its keyboard shortcut does in the browser build. The words (shell.menu in the UI
 * locale files) follow the UI language kept in the settings; the menu is rebuilt when that or the
 * recent list changes.
 */

function send(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(events.menuCommand.channel, command);
}

/**
 * The menu template for a UI language and a recent-projects list (each file with the handle the
 * renderer gets to open it: the page never receives a path). Pure apart from `send`, so it can be inspected.
 */
export function menuTemplate(lang: 'en' | 'zh', recent: readonly { file: string; handle: string }[], platform: NodeJS.Platform = process.platform, devTools = false): MenuItemConstructorOptions[] {
  const w = shellWords(lang).menu;
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(command) });
  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      item(w.newFromBuiltin, { command: 'newFromBuiltin' }, 'CmdOrCtrl+N'),
      item(w.newEmpty, { command: 'newEmpty' }, 'Shift+CmdOrCtrl+N'),
      item(w.open, { command: 'open' }, 'CmdOrCtrl+O'),
      {
        label: w.recent,
        submenu: recent.length
          ? recent.map(({ file, handle }) => ({ label: path.basename(file), sublabel: file, click: () => send({ command: 'openRecent', project: handle }) }))
          : [{ label: w.noRecent, enabled: false }],
      },
      { type: 'separator' },
      item(w.saveAs, { command: 'saveAs' }, 'Shift+CmdOrCtrl+S'),
      item(w.export, { command: 'export' }, 'CmdOrCtrl+E'),
      { type: 'separator' },
      { role: 'quit', label: w.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      // The app's own undo (operation-based) rather than the text field's.
      item(w.undo, { command: 'undo' }, 'CmdOrCtrl+Z'),
      item(w.redo, { command: 'redo' }, platform === 'darwin' ? 'Shift+Cmd+Z' : 'Shift+Ctrl+Z'),
      { type: 'separator' },
      { role: 'cut', label: w.cut },
      { role: 'copy', label: w.copy },
      { role: 'paste', label: w.paste },
      { role: 'selectAll', label: w.selectAll },
      { type: 'separator' },
      item(w.find, { command: 'find' }, 'CmdOrCtrl+F'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: w.view,
    submenu: [
      item(w.actionPlan, { command: 'toggleActionPlanGrid' }, 'CmdOrCtrl+T'),
      {
        label: w.language,
        submenu: [
          { label: 'English', type: 'radio', checked: lang === 'en', click: () => send({ command: 'uiLanguageEn' }) },
          { label: '中文', type: 'radio', checked: lang === 'zh', click: () => send({ command: 'uiLanguageZh' }) },
        ],
      },
      { type: 'separator' },
      { role: 'reload', label: w.reload },
      // Only while developing: a production build has no DevTools (shellPolicy.ts).
      ...(devTools ? [{ role: 'toggleDevTools' as const, label: w.devTools }] : []),
    ],
  };
  return platform === 'darwin' ? [{ role: 'appMenu' }, file, edit, view] : [file, edit, view];
}

/** Install the menu and keep it in step with the UI language and the recent list. */
export function installMenu(session: ProjectSession): void {
  let shown = '';
  const update = () => {
    const { uiLanguage, recentProjects } = session.settingsStore.value;
    const key = JSON.stringify([uiLanguage, recentProjects]);
    if (key === shown) return;
    shown = key;
    const files = fileHandlesOf(session);
    const recent = recentProjects.map((file) => ({ file, handle: files.mint(file, 'project').handle }));
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(uiLanguage, recent, process.platform, devToolsEnabled())));
  };
  update();
  session.onChange(update);
  // The language changes without a document change; settings are cheap to re-read.
  setInterval(update, 1000).unref();
}
