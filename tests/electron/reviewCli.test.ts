import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readReviewDocx } from '../../electron/services/review/wordComments';
import { builtinProject, DARA, LI } from '../shared/review/builtin';
import { samplePacket } from '../shared/review/packets';
import { bombZip, reviewDocxXml, zipOf } from './review/hostileDocx';
import { newSession } from './review/session';

/** `npm run review`, spawned as a secretariat script would run it. */
const root = fileURLToPath(new URL('../..', import.meta.url));

function review(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli/review.ts'), ...args], { cwd: root });
    let out = '';
    let err = '';
    p.stdout.on('data', (b) => (out += b));
    p.stderr.on('data', (b) => (err += b));
    p.on('close', (code) => resolve({ code, out, err }));
  });
}

async function projectFile(dir: string): Promise<string> {
  const s = await newSession();
  const file = path.join(dir, 'framework.json');
  await s.newFromBuiltin(file);
  await s.close();
  return file;
}

describe('review command line', () => {
  it('imports packets and .docx files in any mix, each on its own; names every refusal; exit 1 when something is refused, 0 when all is imported', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-review-cli-'));
    const project = await projectFile(dir);
    const p = builtinProject();
    const dara = path.join(dir, 'dara.acec-comments.json');
    writeFileSync(dara, JSON.stringify(samplePacket(p, DARA, 'dara')));
    const forged = path.join(dir, 'forged.acec-comments.json');
    writeFileSync(forged, JSON.stringify({ ...samplePacket(p, LI, 'li'), frameworkId: 'tampered' }));
    const word = path.join(dir, 'word.docx');
    writeFileSync(word, await zipOf(reviewDocxXml(p, [{ id: '1', text: 'From Word', paraId: '00000001' }])));
    const bomb = path.join(dir, 'bomb.docx');
    writeFileSync(bomb, await bombZip(40 * 1024 * 1024));

    const r = await review('import', project, dara, forged, word, bomb);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain('dara.acec-comments.json: Dara Sok, 3 new, 0 updated');
    expect(r.out).toContain('forged.acec-comments.json: REFUSED [hash-mismatch]');
    expect(r.out).toContain('word.docx: 1 Word comment and 0 tracked changes read');
    expect(r.out).toContain('bomb.docx: REFUSED [part-ratio] word/document.xml');
    const saved = JSON.parse(readFileSync(project, 'utf8')) as { review: { items: { body: string; author: { name: string } }[] } };
    expect(saved.review.items.map((i) => i.body)).toContain('From Word');
    expect(saved.review.items.filter((i) => i.author.name !== 'Translator')).toHaveLength(4); // beside the built-in edition's translator's queries

    const again = await review('import', project, dara, word);
    expect(again.code).toBe(0);
    expect(again.out).toContain('already imported');

    const out = path.join(dir, 'out');
    const d = await review('docx', project, '--out', out);
    expect(d.code).toBe(0);
    const written = d.out.trim();
    expect(existsSync(written)).toBe(true);
    const back = await readReviewDocx(readFileSync(written));
    expect(back.comments.map((c) => c.text)).toContain('From Word');
  }, 120_000);

  it('respects the project lock: a project open in the app is not written (exit 2), and bad usage exits 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-review-cli-'));
    const project = await projectFile(dir);
    const before = readFileSync(project, 'utf8');
    const app = await newSession();
    await app.open(project);
    const packet = path.join(dir, 'dara.acec-comments.json');
    writeFileSync(packet, JSON.stringify(samplePacket(builtinProject(), DARA, 'dara')));
    const r = await review('import', project, packet);
    expect(r.code).toBe(2);
    expect(r.err).toContain('[locked]');
    expect(r.err).toContain('is open in another window or program');
    expect(readFileSync(project, 'utf8')).toBe(before);
    expect((await review('import', project)).code).toBe(2);
    expect((await review('frobnicate')).code).toBe(2);
  }, 60_000);
});
