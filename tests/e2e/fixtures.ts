import { test as base, chromium, _electron, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, stopServer } from './webServer';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

/** Debian's Chromium; Playwright cannot download its own browsers on these machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where an Electron binary is, or why there is none. `electron`'s npm package fetches it on first use. */
export function electronBinary(): { path: string } | { reason: string } {
  if (process.env.ELECTRON_EXEC_PATH && existsSync(process.env.ELECTRON_EXEC_PATH)) return { path: process.env.ELECTRON_EXEC_PATH };
  try {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('electron/package.json'));
    const bin = path.join(dir, 'dist', process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
    if (existsSync(bin)) return { path: bin };
    return { reason: `no Electron binary at ${bin} (electron 45 downloads it on first use; this machine has no network for it)` };
  } catch (e) {
    return { reason: `electron package not resolvable: ${(e as Error).message}` };
  }
}

export interface AppHandle {
  page: Page;
  dataDir: string;
  /** Close and reopen the app on the same data folder (what a user does to check persistence). */
  restart(): Promise<Page>;
}

type Target = 'browser' | 'electron';

/**
 * The page is loaded before the app has its first snapshot; keyboard shortcuts and panels exist
 * only once the workspace is shown. Wait for that, as a user waits for the window to fill.
 */
async function appReady(page: Page): Promise<void> {
  await page.getByTestId('project-name').waitFor({ state: 'visible', timeout: 30_000 });
}

export const test = base.extend<{ appTarget: Target; app: AppHandle; freshDataDir: string }>({
  appTarget: ['browser', { option: true }],
  freshDataDir: async ({}, use) => {
    await use(mkdtempSync(path.join(os.tmpdir(), 'acec-e2e-')));
  },
  app: async ({ appTarget, freshDataDir }, use, testInfo) => {
    if (appTarget === 'electron') {
      const bin = electronBinary();
      testInfo.skip('reason' in bin, 'reason' in bin ? `Electron end-to-end skipped: ${bin.reason}` : '');
      if (!('path' in bin)) return;
      let electronApp = await _electron.launch({
        executablePath: bin.path,
        args: [path.join(ROOT, 'out/main/index.js')],
        env: { ...process.env, ACEC_DATA_DIR: freshDataDir },
      });
      const handle: AppHandle = {
        page: await electronApp.firstWindow(),
        dataDir: freshDataDir,
        restart: async () => {
          await electronApp.close();
          electronApp = await _electron.launch({
            executablePath: bin.path,
            args: [path.join(ROOT, 'out/main/index.js')],
            env: { ...process.env, ACEC_DATA_DIR: freshDataDir },
          });
          handle.page = await electronApp.firstWindow();
          await appReady(handle.page);
          return handle.page;
        },
      };
      await appReady(handle.page);
      await use(handle);
      await electronApp.close();
      return;
    }

    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    let server = await startServer(freshDataDir);
    let context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const handle: AppHandle = {
      page: await context.newPage(),
      dataDir: freshDataDir,
      restart: async () => {
        await context.close();
        await stopServer(server.proc);
        server = await startServer(freshDataDir);
        context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        handle.page = await context.newPage();
        await handle.page.goto(server.url);
        await appReady(handle.page);
        return handle.page;
      },
    };
    await handle.page.goto(server.url);
    await appReady(handle.page);
    await use(handle);
    await context.close();
    await browser.close();
    await stopServer(server.proc);
  },
});

export { expect } from '@playwright/test';
