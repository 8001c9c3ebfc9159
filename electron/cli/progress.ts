import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { isCountryCode } from '../../shared/record/countries';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';
import { writeFileAtomic } from '../services/atomicFile';
import { ProjectStore } from '../services/projectStore';
import { ProblemError } from '../../shared/ipc/problem';
import { importProgressFile, progressRefusal } from '../services/record/progressFiles';
import { problemText } from './problemText';
import { cliLanguage, englishWords } from './englishWords';
import { buildTemplatePacket, buildTemplateWorkbook } from '../services/record/progressTemplate';
import { writeSelfEvaluation, type ReportLayout } from '../services/record/reportFiles';

/**
 * The implementation record from the command line (the secretariat scripts it):
 *
 *   npm run progress -- import PROJECT.json FILE.csv|FILE.xlsx|PACKET
 *   npm run progress -- template PROJECT.json --country CODE --out DIR
 *   npm run progress -- report PROJECT.json --out DIR [--year YYYY] [--format docx,pdf] [--layout en|zh|bilingual]
 *
 * Exit codes: 0 = done (every row imported); 1 = some rows refused; 2 = bad usage, a file that
 * cannot be read, or a project open elsewhere (the project lock). Writes are atomic.
 */

// The record's words in the language ACEC_LANG asks for, through i18next as the app reads them.
let t: TFunction;
const say = (group: string, key: string, data: Record<string, string | number> = {}) => t(`record.${group}.${key}`, data);

/** Bad usage: a key of record.cli.usageError in the locales, worded in the CLI's language when printed. */
class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly data: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

interface Parsed {
  command: string;
  positional: string[];
  options: Map<string, string>;
}

function parse(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('noCommand');
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.startsWith('--')) {
      const v = rest[++i];
      if (v === undefined) throw new UsageError('needsValue', { option: a });
      options.set(a.slice(2), v);
    } else positional.push(a);
  }
  return { command, positional, options };
}

function allow(p: Parsed, positional: number, options: string[]): void {
  if (p.positional.length !== positional) throw new UsageError('argCount', { command: p.command, count: positional, got: p.positional.length });
  for (const k of p.options.keys()) if (!options.includes(k)) throw new UsageError('unknownOption', { option: k });
}

async function runImport(p: Parsed): Promise<number> {
  allow(p, 2, []);
  const [projectFile, file] = p.positional;
  const store = await ProjectStore.open(projectFile, { backupIntervalMs: 0 });
  try {
    const result = await importProgressFile(store.project, file);
    if (result.outcome.added > 0 || result.outcome.statuses > 0 || result.project.record.imports.length !== store.project.record.imports.length) {
      await store.save(result.project);
    }
    for (const r of result.refused) {
      process.stdout.write(`${say('cli', 'refusedRow', { line: r.line, reason: say('rowProblem', r.problem, { value: r.value }) })}\n`);
    }
    for (const r of result.repeated) process.stdout.write(`${say('cli', 'repeatedRow', r)}\n`);
    const o = result.outcome;
    process.stdout.write(`${say('cli', 'imported', { file: path.basename(file), added: o.added, known: o.known, refused: result.refused.length, statuses: o.statuses })}\n`);
    return result.refused.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}

async function runTemplate(p: Parsed): Promise<number> {
  allow(p, 1, ['country', 'out']);
  const country = (p.options.get('country') ?? '').toUpperCase();
  const out = p.options.get('out');
  if (!isCountryCode(country)) throw new UsageError('country', { value: p.options.get('country') ?? '' });
  if (!out) throw new UsageError('outRequired');
  const store = await ProjectStore.open(p.positional[0], { lock: false });
  try {
    const project = store.project;
    const now = new Date().toISOString();
    await fs.mkdir(out, { recursive: true });
    const stem = `${project.framework.id}-progress-${country}`;
    const xlsx = path.join(out, `${stem}.xlsx`);
    await writeFileAtomic(xlsx, await buildTemplateWorkbook(project, country, now));
    const packet = path.join(out, `${stem}.acec-progress.json`);
    await writeFileAtomic(packet, JSON.stringify(buildTemplatePacket(project, country, now), null, 1));
    for (const f of [xlsx, packet]) process.stdout.write(`${say('cli', 'wrote', { file: f })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function runReport(p: Parsed): Promise<number> {
  allow(p, 1, ['out', 'year', 'format', 'layout']);
  const out = p.options.get('out');
  if (!out) throw new UsageError('outRequired');
  const yearText = p.options.get('year');
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && /^\d{4}$/.test(yearText!))) throw new UsageError('year', { value: yearText! });
  const formats = (p.options.get('format') ?? 'docx,pdf').split(',').map((f) => f.trim());
  for (const f of formats) if (!EXPORT_FORMATS.includes(f as ExportFormat)) throw new UsageError('format', { value: f });
  const layout = (p.options.get('layout') ?? 'bilingual') as ReportLayout;
  if (!['en', 'zh', 'bilingual'].includes(layout)) throw new UsageError('layout', { value: layout });
  const store = await ProjectStore.open(p.positional[0], { lock: false });
  try {
    const project = store.project;
    if (year !== null && (year < project.framework.metadata.period.start || year > project.framework.metadata.period.end)) {
      throw new UsageError('yearOutside', { year, start: project.framework.metadata.period.start, end: project.framework.metadata.period.end });
    }
    const files = await writeSelfEvaluation(project, { outDir: out, year, formats: formats as ExportFormat[], layout });
    for (const f of files) process.stdout.write(`${say('cli', 'wrote', { file: f })}\n`);
    return 0;
  } finally {
    await store.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  t = await englishWords(cliLanguage());
  try {
    const p = parse(argv);
    if (p.command === 'import') return await runImport(p);
    if (p.command === 'template') return await runTemplate(p);
    if (p.command === 'report') return await runReport(p);
    throw new UsageError('unknownCommand', { command: p.command });
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`progress: ${say('cli.usageError', e.key, e.data)}\n${say('cli', 'usage')}\n`);
      return 2;
    }
    const refused = progressRefusal(e);
    if (refused) {
      process.stderr.write(`progress: ${say('cli', 'refusedFile', { file: refused.file, reason: say('fileProblem', refused.reason, { detail: refused.detail }) })}\n`);
      return 2;
    }
    if (e instanceof ProblemError && e.code === 'locked') {
      process.stderr.write(`progress: ${say('cli', 'locked', { file: e.file ?? '' })}\n`);
      return 2;
    }
    if (e instanceof ProblemError) {
      process.stderr.write(`progress: ${await problemText(e)}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
