// `npm run export`: runs the export command line (electron/cli/export.ts) from a bundle.
//
// Starting through a TypeScript loader costs more than making a .docx, so the command line is
// bundled once with esbuild into out/cli/ and run with plain Node. The bundle is rebuilt whenever a
// file it is made from is newer than it.
//
// It is one CommonJS file run through V8's code cache (what Node 22's module.enableCompileCache
// does, which Node 20 lacks): the first run after a build compiles the functions it calls and
// leaves their bytecode in export.cjs.v8cache; later runs skip that compiling. Measured on the
// bilingual .docx: 0.56 s of CPU without the cache, 0.50 s with it (medians of 6, A/B alternated).
// V8 checks the cache against the source, its version and flags and refuses a stale one, which
// is then written again.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// One export and out: V8's optimising compiler (TurboFan) spends more CPU compiling the hot
// functions of the docx library, pdfmake and the model than the optimised code saves in a single
// run. Measured as CPU time on this shared machine under load: the bilingual .docx 0.43 s -> 0.36 s
// (medians of 6), the ten-times framework's .docx 1.54 s -> 1.18 s and the bilingual PDF 2.80 s ->
// 2.54 s (2 and 1 runs). Set before the bundle is compiled, so the code cache is made and checked
// under the same flags (V8 refuses a cache made under others).
v8.setFlagsFromString('--no-opt');

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = path.join(root, 'electron/cli/export.ts');
const outDir = path.join(root, 'out/cli');
const bundle = path.join(outDir, 'export.cjs');
const codeCache = `${bundle}.v8cache`;
// The project's own files the bundle was made from (esbuild's metafile), written beside it: only
// these are looked at to decide whether to rebuild (a dozen ms less than walking the source
// folders, and a file outside them, such as another electron/cli/ module, is not missed).
const inputsFile = path.join(outDir, 'export.inputs.json');
const lockFile = path.join(root, 'package-lock.json');

/** The newest modification time of the bundle's inputs; Infinity when one is gone or the list is missing. */
function newestInput() {
  if (!existsSync(inputsFile)) return Infinity;
  let max = statSync(lockFile).mtimeMs;
  for (const input of JSON.parse(readFileSync(inputsFile, 'utf8'))) {
    const file = path.join(root, input);
    if (!existsSync(file)) return Infinity;
    max = Math.max(max, statSync(file).mtimeMs);
  }
  return max;
}

/**
 * zod exports its ~40 message locales as one namespace (`z.locales`), which a bundler cannot
 * shake: a third of the bundle, read and compiled on every start. The command line only ever
 * speaks English (its messages are zod's defaults), so the namespace is built from English alone.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`) ? { path: path.join(path.dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestInput()) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [entry],
    metafile: true,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    // The sources find resources/ and fonts from their own URL: in the bundle, the bundle's (out/cli/
    // is two folders below the repository root, as electron/services/ is).
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // zod is bundled (tree-shaken: less to read, resolve and compile on every start);
    // pdfmake stays a package of its own (CommonJS, its fonts and internals loaded at run time).
    external: ['pdfmake', 'pdfmake/*', 'esbuild'],
    plugins: [englishOnlyZod],
    minifySyntax: true,
    logLevel: 'warning',
  });
  // Paths relative to the root, as esbuild gives them (packages: package-lock.json stands for them).
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules/') && !p.includes(':'));
  writeFileSync(inputsFile, JSON.stringify(inputs));
}

const cachedData = existsSync(codeCache) ? readFileSync(codeCache) : undefined;
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, { filename: bundle, cachedData });
process.once('exit', () => {
  if (cachedData && !script.cachedDataRejected) return;
  // Another run may be writing it too: each writes its own file and renames it over (atomic).
  const temporary = `${codeCache}.${process.pid}`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, codeCache);
  } catch {
    // A read-only install runs without the cache.
    rmSync(temporary, { force: true });
  }
});
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, outDir);
