import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readProgressPacket } from '../../../shared/record/progressReport';
import { ROOT, pdfPages, readDocx } from '../export/readers';

/**
 * `npm run progress` as the secretariat scripts it: the exit codes of a clean import, a repeated
 * import, the template and report commands' files as their readers open them, and the usage
 * errors worded in Chinese under ACEC_LANG=zh. (tests/electron/record/progress.test.ts has the
 * refused rows, the lock and the Chinese row messages.)
 */

const BUILTIN = path.join(ROOT, 'resources/editions/framework-2021-2025.json');
const SHEET = path.join(ROOT, 'tests/fixtures/record/events-2021-2025.csv');
const FRAMEWORK_ID = JSON.parse(readFileSync(BUILTIN, 'utf8')).framework.id as string;

const cli = (args: string[], lang: 'en' | 'zh' = 'en') =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'electron/cli/progress.ts'), ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ACEC_LANG: lang },
  });

/** The fixture without its three unreadable rows: every row imports (the repeated one merges). */
function cleanSheet(dir: string): string {
  const lines = readFileSync(SHEET, 'utf8').split('\n').filter((l) => !/Bad month row|Unknown activity row|No such day/.test(l));
  const file = path.join(dir, 'clean.csv');
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('npm run progress: successful runs', () => {
  it('exits 0 when every row is imported, adds nothing the second time, and writes a template and a report that their readers open', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'acec-progress-cli-'));
    const project = path.join(dir, 'p.json');
    copyFileSync(BUILTIN, project);
    const sheet = cleanSheet(dir);

    const first = cli(['import', project, sheet]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('clean.csv: events imported: 10, already recorded: 0, rows refused: 0');
    expect(first.stdout).toContain('the same event as line');
    const saved = readFileSync(project, 'utf8');
    expect(JSON.parse(saved).record.events).toHaveLength(10);

    const second = cli(['import', project, sheet]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('clean.csv: events imported: 0, already recorded: 10, rows refused: 0, statuses: 0');
    expect(JSON.parse(readFileSync(project, 'utf8')).record.events).toEqual(JSON.parse(saved).record.events);

    const out = path.join(dir, 'out');
    const template = cli(['template', project, '--country', 'kh', '--out', out]);
    expect(template.status).toBe(0);
    const xlsx = path.join(out, `${FRAMEWORK_ID}-progress-KH.xlsx`);
    const packetFile = path.join(out, `${FRAMEWORK_ID}-progress-KH.acec-progress.json`);
    expect(template.stdout).toContain(`wrote ${xlsx}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const events = wb.getWorksheet('Events')!;
    expect(events.getRow(1).values).toContain('title_en');
    expect(events.getRow(2).getCell(3).value).toBe('Seminar on Marine Plastics and Microplastics');
    expect(wb.getWorksheet('Activities')!.rowCount).toBeGreaterThan(10);
    const packet = readProgressPacket(readFileSync(packetFile, 'utf8'), FRAMEWORK_ID);
    expect(packet.ok && packet.packet.country).toBe('KH');
    expect(packet.ok && packet.packet.events.map((e) => e.title.en.text)).toEqual(['Seminar on Marine Plastics and Microplastics']);

    const report = cli(['report', project, '--out', out, '--format', 'docx,pdf', '--layout', 'en']);
    expect(report.status).toBe(0);
    const written = [...report.stdout.matchAll(/^wrote (.+)$/gm)].map((m) => m[1]);
    expect(written.map((f) => path.extname(f))).toEqual(['.docx', '.pdf']);
    for (const f of written) expect(existsSync(f)).toBe(true);
    expect(readDocx(written[0]).units.join('\n')).toContain('Self-Evaluation Report');
    const docxTables = readDocx(written[0]).tables.flatMap((t) => t.rows.flat()).join('\n');
    expect(docxTables).toContain('Workshop on Peatland Protection');
    expect(pdfPages(written[1], 'raw').join('\n').replace(/\s+/g, ' ')).toContain('Workshop on Peatland Protection');
    expect(execFileSync('pdfinfo', [written[1]], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
  }, 300_000);
});

describe('npm run progress: usage errors under ACEC_LANG=zh', () => {
  it('words each usage error in Chinese, then the usage, with exit 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'acec-progress-cli-'));
    const project = path.join(dir, 'p.json');
    copyFileSync(BUILTIN, project);
    const cases: Array<[string[], string]> = [
      [['publish', project], '未知命令“publish”'],
      [['template', project, '--country', 'FR', '--out', dir], '--country须为东盟成员国或中国的ISO代码'],
      [['report', project, '--out', dir, '--year', '2031'], '--year 2031不在计划期2021-2025内'],
      [['import', project], 'import需要2个文件参数，实际为1个'],
    ];
    for (const [args, words] of cases) {
      const r = cli(args, 'zh');
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`progress: ${words}`);
      expect(r.stderr).toContain('用法：npm run progress -- import');
      expect(r.stderr).not.toMatch(/unknown command|must be|outside the plan period|takes \d file/);
    }
  }, 300_000);
});
