import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportCache } from '../../../electron/services/export/docx/renderDocx';
import { exportProject } from '../../../electron/services/export/exportService';

/**
 * The command line makes one export per format and process (electron/cli/export.ts passes
 * `oneShot`): its .docx is built without the block cache, which it would pay for and never use.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-one-shot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('one-shot .docx export', () => {
  it('keeps no blocks for a next export', async () => {
    const project = await loadBuiltinEdition();
    const options = { layout: 'bilingual', paper: 'a4', stage: 'draft', date: '2026-12-04' } as const;
    exportCache.clear();
    const once = await exportProject(project, 'docx', options, path.join(dir, 'once.docx'), undefined, { oneShot: true });
    // The export after it finds nothing kept: every block is built.
    await exportProject(project, 'docx', options, path.join(dir, 'cached.docx'));
    expect(exportCache.last.hits).toBe(0);
    expect(exportCache.last.misses).toBeGreaterThan(100);
    // A cached export after a cached one finds its blocks (the cache itself still works).
    await exportProject(project, 'docx', options, path.join(dir, 'again.docx'));
    expect(exportCache.last.misses).toBe(0);
    // What it writes is the uncached render, which tests/electron/word/blockCache.test.ts compares part
    // for part with cached ones; here: a whole .docx.
    expect(readFileSync(once.file).subarray(0, 2).toString()).toBe('PK');
  }, 60_000);
});
