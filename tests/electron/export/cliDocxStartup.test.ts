import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * What the command line evaluates before it writes a .docx. The bundle (electron/cli/exportCommand.mjs)
 * is one CommonJS file: a module reached from the entry by static imports only is run on every
 * start; one behind a dynamic import() is run only when that import is reached. So the modules a
 * .docx export from the built-in edition does not use must sit behind a dynamic import.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The inputs reached from `entry` through static imports alone (evaluated at start-up). */
function staticClosure(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    for (const imp of meta.inputs[file]?.imports ?? []) {
      if (imp.kind !== 'import-statement' && imp.kind !== 'require-call') continue;
      if (imp.external || seen.has(imp.path)) continue;
      seen.add(imp.path);
      todo.push(imp.path);
    }
  }
  return seen;
}

describe('command-line .docx start-up', () => {
  it('does not evaluate the PDF, spreadsheet, checker, project-store or i18n machinery at start-up', async () => {
    const entry = 'electron/cli/export.ts';
    const { metafile } = await build({
      entryPoints: [path.join(ROOT, entry)],
      absWorkingDir: ROOT,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      write: false,
      metafile: true,
      outfile: path.join(ROOT, 'out/cli-test/export.cjs'),
      define: { 'import.meta.url': '__bundleUrl' },
      external: ['pdfmake', 'pdfmake/*', 'esbuild'],
      logLevel: 'silent',
    });
    const eager = [...staticClosure(metafile, entry)];
    const loaded = (pattern: RegExp) => eager.filter((f) => pattern.test(f));
    // Sanity: the closure is the real one (the export model is needed and found).
    expect(loaded(/shared\/export\/buildModel\.ts$/)).toHaveLength(1);
    expect(loaded(/node_modules\/(pdfmake|exceljs|fontkit|echarts|@resvg)\//)).toEqual([]);
    expect(loaded(/electron\/services\/export\/pdf\//)).toEqual([]);
    expect(loaded(/node_modules\/i18next\//)).toEqual([]);
    expect(loaded(/node_modules\/lowdb\//)).toEqual([]);
    expect(loaded(/electron\/services\/(projectStore|fileLock|fileIdentity)\.ts$/)).toEqual([]);
    // The checker and its rules (the waiver schema in shared/checks/ is part of the project schema).
    expect(loaded(/shared\/checks\/(?!waiver\.ts$)/)).toEqual([]);
    expect(loaded(/shared\/export\/checkFindings\.ts$/)).toEqual([]);
    expect(loaded(/electron\/cli\/(problemText|gateText|signOff)\.ts$/)).toEqual([]);
  });
});
