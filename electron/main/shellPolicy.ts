import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The desktop shell's decisions that do not need Electron to be made, so that they are tested
 * without an Electron binary: when DevTools exist, where the spell checker may get dictionaries,
 * and the order of things when a window closes or the app quits.
 */

/**
 * DevTools only while developing (`npm run dev`: the renderer comes from the dev server and the
 * app is not packaged). A production build has neither the menu item nor the tools themselves
 * (webPreferences.devTools false also disables the keyboard shortcut).
 */
export function devToolsAllowed(env: { isPackaged: boolean; rendererDevServer: string | undefined }): boolean {
  return !env.isPackaged && typeof env.rendererDevServer === 'string' && env.rendererDevServer.length > 0;
}

/**
 * Spell checking without network: Chromium's Hunspell dictionaries (Windows, Linux) are looked
 * for in a folder shipped with the app (a file: URL), never downloaded from Google's servers,
 * which these workstations cannot reach. With no dictionary there, words are simply not checked.
 * macOS uses the system's own checker and ignores both settings.
 */
export function spellCheckerSetup(resourcesDir: string): { dictionaryUrl: string; languages: string[] } {
  const dir = path.join(resourcesDir, 'dictionaries');
  return { dictionaryUrl: `${pathToFileURL(dir).href}/`, languages: ['en-US'] };
}

/** Wait for `p` at most `ms`; false when it did not settle in time (or failed). */
async function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([p.then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Before deciding whether a window may close (or the app may quit): first the renderer sends the
 * typing it has not committed yet (it holds up to a few hundred ms of keystrokes), then the
 * session writes everything to disk. Only then is the save state read: "saved" closes without a
 * question. A renderer that does not answer (hung, crashed) does not block closing forever.
 */
export async function flushBeforeClose(steps: {
  flushRenderer: () => Promise<void>;
  saveSession: () => Promise<void>;
  saveState: () => 'saved' | 'saving' | 'error' | string;
  rendererTimeoutMs?: number;
}): Promise<{ rendererFlushed: boolean; saveState: string }> {
  const rendererFlushed = await within(steps.flushRenderer(), steps.rendererTimeoutMs ?? 3000);
  await steps.saveSession().catch(() => undefined);
  return { rendererFlushed, saveState: steps.saveState() };
}
