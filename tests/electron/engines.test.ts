import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * package.json `engines` says the Node versions the project really runs on: every version it
 * admits satisfies the `engines` of each package the code and its build and test tools need
 * (vite 8, electron-vite 6 and @vitejs/plugin-react want ^20.19.0 || >=22.12.0; vitest 4 leaves
 * out Node 23). The few packages that declare more than they need are named here with why.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// semver: a dev dependency (the same copy vite, babel and eslint use); only its range checks are used here.
const semver = createRequire(import.meta.url)('semver') as { subset(a: string, b: string): boolean; satisfies(v: string, r: string): boolean };

/** Declared newer than needed: not run under the project's Node, or run on Node 20.19+ by this suite. */
const OVER_DECLARED: Record<string, string> = {
  // The npm package only downloads the Electron binary (install-electron, npm start); the app runs
  // on the Node inside Electron 45 (22.x), never on the system's.
  electron: 'downloader only',
  // Declares >=22.12.0; the e2e accessibility specs run it on Node 20 here.
  '@axe-core/playwright': 'runs on 20.19+',
};

const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { engines: { node: string }; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const enginesOf = (name: string) => (JSON.parse(readFileSync(`${ROOT}/node_modules/${name}/package.json`, 'utf8')) as { engines?: { node?: string } }).engines?.node;

describe('engines', () => {
  it('admits only Node versions every direct dependency (runtime, build, test) supports', () => {
    const ours = pkg.engines.node;
    const names = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)].filter((n) => !(n in OVER_DECLARED));
    const unmet = names.filter((n) => enginesOf(n) && !semver.subset(ours, enginesOf(n)!)).map((n) => `${n} wants ${enginesOf(n)}`);
    expect(unmet).toEqual([]);
    // The build chain's narrowest range is the reason for the floor: 20.15 (the old floor) is not enough.
    for (const n of ['vite', 'electron-vite', '@vitejs/plugin-react']) expect(semver.satisfies('20.15.0', enginesOf(n)!), n).toBe(false);
    expect(semver.satisfies('20.15.0', ours)).toBe(false);
  });

  it('admits the Node this suite runs on', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });
});
