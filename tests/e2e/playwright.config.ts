import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Two projects run the same specs:
 * - `chromium`: the built renderer in Debian's Chromium, talking to the real Node services over
 *   loopback (tests/e2e/fixtures.ts starts one server per test with its own data folder);
 * - `electron`: the built Electron app, where an Electron binary exists (skipped with the reason
 *   where none does — see tests/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: '.',
  outputDir: `${root}/test-results`,
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', use: { appTarget: 'browser' } as never },
    { name: 'electron', use: { appTarget: 'electron' } as never },
  ],
});
