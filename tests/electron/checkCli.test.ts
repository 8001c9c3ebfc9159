import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** `npm run check`, spawned as a secretariat script would run it. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const builtinFile = path.join(root, 'resources/editions/framework-2021-2025.json');

function check(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'electron/cli/check.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('check command line', () => {
  it('--builtin: prints the findings in English and exits 1 because an error remains', () => {
    const r = check('--builtin');
    expect(r.code).toBe(1);
    expect(r.out).toContain('schedule-reversed  ap-c2-a1-x1 (6. › Component 2 › Action 1 › Activity 1-1)');
    expect(r.out).toContain('the range ends (2015) before it starts (2020)');
    expect(r.out).toMatch(/Errors: 1, warnings: \d+, notes: \d+ \(waived: 0\)/);
  });

  it('--lang zh --format json: each finding with code, severity, element ids, data and a Chinese message', () => {
    const r = check('--builtin', '--lang', 'zh', '--format', 'json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as { counts: { error: number }; findings: Array<{ code: string; severity: string; elementIds: string[]; data: object; message: string }> };
    expect(json.counts.error).toBe(1);
    const reversed = json.findings.find((f) => f.code === 'schedule-reversed')!;
    expect(reversed).toMatchObject({ severity: 'error', elementIds: ['ap-c2-a1-x1'], data: { start: 2020, end: 2015 } });
    expect(reversed.message).toContain('区间的结束年份（2015）早于开始年份（2020）');
    expect(json.findings.map((f) => f.code)).toContain('annex-likely-duplicate');
  });

  it('--lang zh: labels in the locations and messages read in Chinese', () => {
    const r = check('--builtin', '--lang', 'zh');
    expect(r.out).toContain('schedule-reversed  ap-c2-a1-x1 (6. › 组成部分2 › 行动1 › 活动1-1)');
    expect(r.out).toContain('组成部分2 在第4节列表中');
    expect(r.out).not.toMatch(/\((?:[^)]*›\s*)?(?:Component|Action|Activity) \d/);
  });

  it('a project whose only error is waived exits 0 and lists the waiver apart', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-cli-'));
    const project = JSON.parse(readFileSync(builtinFile, 'utf8')) as Record<string, unknown>;
    project.waivers = [{ key: 'schedule-reversed|ap-c2-a1-x1|schedule|en', reason: 'as published', at: '2026-01-01T00:00:00Z' }];
    const file = path.join(dir, 'draft.json');
    writeFileSync(file, JSON.stringify(project));
    const r = check(file);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('schedule-reversed');
    expect(r.out).toMatch(/Errors: 0, .* \(waived: 1\)/);
    const j = JSON.parse(check(file, '--format', 'json').out) as { waived: Array<{ code: string; waiver: { reason: string } }> };
    expect(j.waived).toEqual([expect.objectContaining({ code: 'schedule-reversed', waiver: expect.objectContaining({ reason: 'as published' }) })]);
  });

  it('an unreadable or damaged file exits 2 naming the file and the reason; bad usage exits 2', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'check-cli-'));
    const bad = path.join(dir, 'broken.json');
    writeFileSync(bad, '{ "schemaVersion": 1, ');
    const r = check(bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(bad);
    expect(r.err).toContain('is cut off before its end');
    const missing = check(path.join(dir, 'none.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('none.json');
    expect(check('--lang', 'fr', '--builtin').code).toBe(2);
    expect(check().err).toContain('Usage');
  });
});
