import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { events } from '../../shared/ipc/contract';
import type { MenuCommand } from '../../shared/ipc/menuCommands';
import type { ProjectSession } from '../services/projectSession';

/**
 * The native menus. Each item sends a command to the renderer (event `menu:command`), which runs
 * it exactly as its keyboard shortcut does in the browser build. The words follow the UI language
 * kept in the settings; the menu is rebuilt when that or the recent list changes.
 */
const WORDS = {
  en: {
    file: 'File', newFromBuiltin: 'New from the 2021-2025 Edition…', newEmpty: 'New Empty Framework…', open: 'Open…', recent: 'Open Recent', noRecent: 'No recent projects',
    saveAs: 'Save As…', export: 'Export…', quit: 'Quit', edit: 'Edit', undo: 'Undo', redo: 'Redo', find: 'Find and Replace…',
    view: 'View', actionPlan: 'Action Plan Table', language: 'Interface Language', reload: 'Reload', devTools: 'Developer Tools',
  },
  zh: {
    file: '文件', newFromBuiltin: '基于2021-2025年版本新建…', newEmpty: '新建空白框架…', open: '打开…', recent: '最近打开', noRecent: '没有最近的项目',
    saveAs: '另存为…', export: '导出…', quit: '退出', edit: '编辑', undo: '撤销', redo: '重做', find: '查找和替换…',
    view: '视图', actionPlan: '行动计划表', language: '界面语言', reload: '重新加载', devTools: '开发者工具',
  },
} as const;

function send(command: MenuCommand): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  win?.webContents.send(events.menuCommand.channel, command);
}

/** The menu template for a UI language and a recent-projects list. Pure apart from `send`, so it can be inspected. */
export function menuTemplate(lang: 'en' | 'zh', recent: readonly string[], platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const w = WORDS[lang];
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
          ? recent.map((file) => ({ label: path.basename(file), sublabel: file, click: () => send({ command: 'openRecent', file }) }))
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
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
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
      { role: 'toggleDevTools', label: w.devTools },
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
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(uiLanguage, recentProjects)));
  };
  update();
  session.onChange(update);
  // The language changes without a document change; settings are cheap to re-read.
  setInterval(update, 1000).unref();
}
