import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run bench`: runs every tests/bench/*.ts that exports `bench()` (or only those named on the
 * command line: `npm run bench -- export check`). Each prints its own medians and ratios.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

for (const f of files) {
  const mod = (await import(pathToFileURL(path.join(here, f)).href)) as { bench?: () => Promise<void> };
  if (typeof mod.bench !== 'function') continue;
  console.log(`\n== ${f.replace(/\.ts$/, '')}`);
  await mod.bench();
}
