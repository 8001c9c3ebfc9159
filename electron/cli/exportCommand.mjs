// `npm run export`: runs the export command line (electron/cli/export.ts) from a bundle.
//
// Starting through a TypeScript loader costs more than making a .docx, so the command line is
// bundled once with esbuild into out/cli/ (renderers split off and loaded on demand) and run with
// plain Node. The bundle is rebuilt whenever a source it is made from is newer than it.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = path.join(root, 'electron/cli/export.ts');
const outDir = path.join(root, 'out/cli');
const bundle = path.join(outDir, 'export.mjs');
const sources = ['electron/cli/export.ts', 'electron/services', 'shared', 'package-lock.json'].map((p) => path.join(root, p));

function newest(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
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

if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...sources.map(newest))) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    // zod is bundled (tree-shaken: less to read, resolve and compile on every start);
    // pdfmake stays a package of its own (CommonJS, its fonts and internals loaded at run time).
    external: ['pdfmake', 'pdfmake/*', 'esbuild'],
    plugins: [englishOnlyZod],
    minifySyntax: true,
    logLevel: 'warning',
  });
}

await import(pathToFileURL(bundle).href);
