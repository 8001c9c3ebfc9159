import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importReviewDocx } from '../../../electron/services/review/wordFiles';
import { resolveAnchor } from '../../../shared/review/anchors';
import { indexElements } from '../../../shared/model/elements';
import { sampleFields, zipOf } from './hostileDocx';
import { formattingOnly, spansFields, tableStructure, wordStyle } from './trackedFixtures';
import { drafterSession, newSession } from './session';

/**
 * Tracked changes the import cannot turn into a suggestion on one field are listed with their
 * reason, in the import result and in `npm run review -- import`'s output; a Word-style file
 * (rsid-split runs, w:delText, a move) imports its replacement and lists its move.
 */
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function reviewCli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron/cli/review.ts'), ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    p.stdout.on('data', (b) => (out += b));
    p.stderr.on('data', (b) => (err += b));
    p.on('close', (code) => resolve({ code, out, err }));
  });
}

const CASES = [
  { reason: 'formatting-only', make: formattingOnly },
  { reason: 'table-structure', make: tableStructure },
  { reason: 'spans-fields', make: spansFields },
] as const;

describe('tracked changes that cannot be placed', () => {
  for (const { reason, make } of CASES) {
    it(`lists a ${reason} change with its reason and author, makes no suggestion of it, and changes no field`, async () => {
      const s = await drafterSession();
      const fieldsBefore = JSON.stringify(s.current.framework);
      const r = await importReviewDocx(s, `${reason}.docx`, await zipOf(make(s.current, 'Ana Reyes')));
      if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.refusal)}`);
      expect(r.suggestions).toBe(0);
      expect(r.unplacedChanges.length).toBeGreaterThan(0);
      expect(new Set(r.unplacedChanges.map((u) => u.reason))).toEqual(new Set([reason]));
      expect(r.unplacedChanges.every((u) => u.author === 'Ana Reyes')).toBe(true);
      expect(s.current.review.items.filter((i) => i.kind === 'suggestion')).toEqual([]);
      expect(JSON.stringify(s.current.framework)).toBe(fieldsBefore);
    });
  }

  it('names each of the three reasons in the command line output (exit 1)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-tracked-unplaced-'));
    const s = await newSession();
    const project = path.join(dir, 'framework.json');
    await s.newFromBuiltin(project);
    const files = [];
    for (const { reason, make } of CASES) {
      const file = path.join(dir, `${reason}.docx`);
      writeFileSync(file, await zipOf(make(s.current, 'Ana Reyes')));
      files.push(file);
    }
    await s.close();
    const r = await reviewCli('import', project, ...files);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('formatting-only.docx: 0 Word comments and 0 tracked changes read');
    expect(r.out).toMatch(/ {2}NOT PLACED \[formatting-only\] formatting-only\.docx: a tracked change by Ana Reyes was not made a suggestion — it changes formatting only, no words/);
    expect(r.out).toMatch(/ {2}NOT PLACED \[table-structure\] table-structure\.docx: a tracked change by Ana Reyes was not made a suggestion — it changes a table's rows or cells/);
    expect(r.out).toMatch(/ {2}NOT PLACED \[spans-fields\] spans-fields\.docx: a tracked change by Ana Reyes was not made a suggestion — it runs across two fields[^\n]*joined on to/);
  }, 60_000);
});

describe('a Word-style tracked-change file (rsid-split runs, w:delText, w:moveFrom / w:moveTo)', () => {
  it('makes the replacement a suggestion on exactly the deleted words by its author, and lists both halves of the move (nothing dropped)', async () => {
    const s = await drafterSession();
    const [first] = sampleFields(s.current);
    const { parts, replaced, replacement, moved } = wordStyle(s.current, 'Ana Reyes');
    const r = await importReviewDocx(s, 'word-style.docx', await zipOf(parts), { organisation: 'DENR', country: 'Philippines' });
    if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.refusal)}`);
    expect(r).toMatchObject({ changed: true, suggestions: 1, refused: [] });
    const [suggestion] = s.current.review.items.filter((i) => i.kind === 'suggestion');
    if (suggestion?.kind !== 'suggestion') throw new Error('expected one suggestion');
    expect(suggestion).toMatchObject({ author: { name: 'Ana Reyes', organisation: 'DENR', country: 'Philippines' }, replacement, anchor: { lang: 'en', quote: { exact: replaced } } });
    const where = resolveAnchor(suggestion.anchor, indexElements(s.current.framework));
    expect(where.status === 'ok' && `${where.text.slice(0, where.start)}[${where.text.slice(where.start, where.end)}]`).toBe(`${first.text.slice(0, first.text.indexOf(replaced))}[${replaced}]`);
    // The move is not placed (the drafter moves text by hand) but listed: where it left and where it went.
    expect(r.unplacedChanges.map((u) => [u.reason, u.author, u.text.trim()])).toEqual([
      ['move', 'Ana Reyes', moved],
      ['move', 'Ana Reyes', moved],
    ]);
  });
});
