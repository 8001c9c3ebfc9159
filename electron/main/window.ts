import { BrowserWindow, app, session as electronSession, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devToolsAllowed, spellCheckerSetup } from './shellPolicy';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The URL the renderer is loaded from: the dev server in `npm run dev`, else the built file. */
export function rendererUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  return dev ?? `file://${path.join(here, '../renderer/index.html')}`;
}

/** True when `url` is the app's own page (same file or dev-server origin). */
export function isAppUrl(url: string): boolean {
  const own = new URL(rendererUrl());
  const target = new URL(url);
  return own.protocol === 'file:' ? target.protocol === 'file:' && target.pathname === own.pathname : target.origin === own.origin;
}

/** DevTools only in `npm run dev` (see shellPolicy.ts). */
export function devToolsEnabled(): boolean {
  return devToolsAllowed({ isPackaged: app.isPackaged, rendererDevServer: process.env.ELECTRON_RENDERER_URL });
}

/** The one window factory: isolated, sandboxed, no Node in the page. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
      // No DevTools in a production build (shellPolicy.ts): neither the menu item nor the shortcut.
      devTools: devToolsEnabled(),
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl());
  return win;
}

/**
 * App-wide guards, installed once: no new windows, no navigation away from the app (links open
 * in the system browser only for http(s)), every permission request denied.
 */
export function installSecurityGuards(): void {
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (/^https?:\/\//.test(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  // Spell checking never reaches the network for dictionaries (shellPolicy.ts).
  const spell = spellCheckerSetup(path.join(here, '../../resources'));
  electronSession.defaultSession.setSpellCheckerDictionaryDownloadURL(spell.dictionaryUrl);
  if (process.platform !== 'darwin') electronSession.defaultSession.setSpellCheckerLanguages(spell.languages);
  electronSession.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  electronSession.defaultSession.setPermissionCheckHandler(() => false);
}
