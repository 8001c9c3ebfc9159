import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, EXPORT_LAYOUTS, ExportFormatSchema, ExportLayoutSchema, PaperSchema, type ExportFormat, type ExportOptions } from '../../shared/export/types';
import type { Project } from '../../shared/model/project';
import { loadBuiltinEdition } from '../services/builtinEdition';
import { defaultExportName, exportProject } from '../services/export/exportService';
import { problemText } from './problemText';
import { describeFailure, loadProjectBytes } from '../services/projectStore';

/**
 * Export the framework document from the command line:
 *
 *   npm run export -- --builtin --format docx,pdf --layout bilingual --out DIR
 *   npm run export -- project.json --format pdf --layout side-by-side --paper letter --final --out DIR
 *
 * Prints each file it wrote (one per line) and exits non-zero on failure, saying why.
 */
const USAGE = `usage: export (--builtin | PROJECT.json) --out DIR [--format ${EXPORT_FORMATS.join(',')}] [--layout ${EXPORT_LAYOUTS.join('|')}] [--paper a4|letter] [--final] [--date YYYY-MM-DD] [--force]`;

interface CliOptions {
  source: { builtin: true } | { file: string };
  out: string;
  formats: ExportFormat[];
  options: ExportOptions;
  /** Write over an existing file of the same name (refused otherwise). */
  force: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): CliOptions {
  let builtin = false;
  let file: string | undefined;
  let out: string | undefined;
  let formats: ExportFormat[] = ['docx', 'pdf'];
  let layout: ExportOptions['layout'] = 'bilingual';
  let paper: ExportOptions['paper'] = 'a4';
  let stage: ExportOptions['stage'] = 'draft';
  let date: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    const pick = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, v: string, what: string): T => {
      const r = schema.safeParse(v);
      if (!r.success) throw new UsageError(`unknown ${what} "${v}"`);
      return r.data;
    };
    switch (arg) {
      case '--builtin':
        builtin = true;
        break;
      case '--out':
        out = value();
        break;
      case '--format':
        formats = [...new Set(value().split(',').map((f) => pick(ExportFormatSchema, f.trim(), 'format')))];
        break;
      case '--layout':
        layout = pick(ExportLayoutSchema, value(), 'layout');
        break;
      case '--paper':
        paper = pick(PaperSchema, value().toLowerCase(), 'paper');
        break;
      case '--final':
        stage = 'final';
        break;
      case '--force':
        force = true;
        break;
      case '--draft':
        stage = 'draft';
        break;
      case '--date': {
        date = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date wants YYYY-MM-DD, not "${date}"`);
        break;
      }
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
        if (file) throw new UsageError(`one project at a time (got ${file} and ${arg})`);
        file = arg;
    }
  }
  if (builtin === Boolean(file)) throw new UsageError('give either --builtin or a project file');
  if (!out) throw new UsageError('--out DIR is required');
  return { source: builtin ? { builtin: true } : { file: file! }, out, formats, options: { layout, paper, stage, ...(date ? { date } : {}) }, force };
}

async function loadSource(source: CliOptions['source']): Promise<Project> {
  if ('builtin' in source) return loadBuiltinEdition();
  const bytes = await fs.readFile(source.file).catch((e: Error) => {
    throw new Error(`${source.file} cannot be read: ${e.message}`);
  });
  const result = loadProjectBytes(bytes);
  if (!result.ok) throw new Error(`${source.file} ${describeFailure(result.failure)}`);
  return result.project;
}

async function main(argv: readonly string[]): Promise<number> {
  let cli: CliOptions;
  try {
    cli = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`export: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  try {
    const project = await loadSource(cli.source);
    const projectFile = 'file' in cli.source ? cli.source.file : null;
    const targets = cli.formats.map((format) => ({ format, target: path.resolve(cli.out, defaultExportName(project, format, cli.options, projectFile)) }));
    // Nothing is written over unless asked: an existing file of the same name refuses the whole run.
    if (!cli.force) {
      const existing = (await Promise.all(targets.map(async ({ target }) => ((await fs.stat(target).catch(() => null)) ? target : null)))).filter(Boolean);
      if (existing.length) {
        console.error(`export: ${existing.join(', ')} already exists; nothing was written (--force writes over it)`);
        return 1;
      }
    }
    for (const { format, target } of targets) {
      const result = await exportProject(project, format, cli.options, target);
      console.log(result.file);
    }
    return 0;
  } catch (e) {
    console.error(`export failed ${await problemText(e)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
