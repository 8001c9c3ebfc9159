import { promises as fs } from 'node:fs';
import path from 'node:path';
import { EXPORT_FORMATS, EXPORT_LAYOUTS, ExportFormatSchema, ExportLayoutSchema, PaperSchema, type ExportFormat, type ExportOptions } from '../../shared/export/types';
import type { Project } from '../../shared/model/project';
import { isCalendarDate } from '../../shared/model/timestamp';
import { loadBuiltinEdition } from '../services/builtinEdition';
import { defaultExportName, exportProject, preflightFor, type FindingsSource } from '../services/export/exportService';

/**
 * Export the framework document from the command line:
 *
 *   npm run export -- --builtin --format docx,pdf --layout bilingual --out DIR
 *   npm run export -- project.json --format pdf --layout side-by-side --paper letter --final --out DIR
 *
 *   npm run export -- sign-off project.json --name "Li Wei" --role "Head of secretariat" [--note …] [--acknowledge-warnings]
 *
 * Prints each file it wrote (one per line). Exit codes: 0 done; 1 an export failed or a file of
 * that name exists (nothing written without --force); 2 bad usage or an unreadable project;
 * 3 a final export (or a sign-off) refused: the project's final requirements are not met, each
 * listed with where it fails.
 */
const USAGE = `usage: export (--builtin | PROJECT.json) --out DIR [--format ${EXPORT_FORMATS.join(',')}] [--layout ${EXPORT_LAYOUTS.join('|')}] [--paper a4|letter] [--final] [--date YYYY-MM-DD] [--force]
       export sign-off PROJECT.json --name NAME --role ROLE [--note TEXT] [--layout ${EXPORT_LAYOUTS.join('|')}] [--acknowledge-warnings]`;

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
        if (!isCalendarDate(date)) throw new UsageError(`--date wants a day that exists, as YYYY-MM-DD, not "${date}"`);
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
  // The project store (lowdb, the file lock, node:crypto for file identities) is loaded only for a
  // project file: a run on the built-in edition never reads or compiles it.
  const { loadProblem, loadProjectBytes } = await import('../services/projectStore');
  // A file that cannot be read or loaded is refused with its load-<reason> code, as in the app.
  const bytes = await fs.readFile(source.file).catch((e: Error) => {
    throw loadProblem(source.file, { code: 'io', detail: e.message });
  });
  const result = loadProjectBytes(bytes);
  if (!result.ok) throw loadProblem(source.file, result.failure);
  return result.project;
}

function parseSignOff(argv: readonly string[]) {
  let file: string | undefined;
  const named: Record<string, string> = {};
  let layout: ExportOptions['layout'] = 'bilingual';
  let acknowledgeWarnings = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--acknowledge-warnings') acknowledgeWarnings = true;
    else if (arg === '--name' || arg === '--role' || arg === '--note' || arg === '--layout') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--layout') {
        const r = ExportLayoutSchema.safeParse(v);
        if (!r.success) throw new UsageError(`unknown layout "${v}"`);
        layout = r.data;
      } else named[arg.slice(2)] = v;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file) throw new UsageError(`one project at a time (got ${file} and ${arg})`);
    else file = arg;
  }
  if (!file) throw new UsageError('sign-off needs a project file');
  if (!named.name?.trim() || !named.role?.trim()) throw new UsageError('sign-off needs --name and --role');
  return { file, name: named.name, role: named.role, note: named.note ?? '', layout, acknowledgeWarnings };
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'sign-off') {
    let req;
    try {
      req = parseSignOff(argv.slice(1));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      console.error(`export: ${e.message}\n${USAGE}`);
      return 2;
    }
    return (await import('./signOff')).runSignOff(req);
  }
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
    // A final export: the project's gate first, so a refusal says what is not met and where.
    let findings: FindingsSource | undefined;
    if (cli.options.stage === 'final') {
      const { checkerFindings } = await import('../../shared/export/checkFindings');
      const found = checkerFindings(project);
      findings = () => found;
      const gate = preflightFor(project, cli.options, findings).final;
      if (!gate.allowed) {
        console.error(`export: a final export is refused: the project's final requirements are not met; nothing was written`);
        for (const line of await (await import('./gateText')).gateLines(gate)) console.error(line);
        return 3;
      }
      console.error(`final: signed off by ${gate.signOff!.name} (${gate.signOff!.role}) at ${gate.signOff!.at}`);
    }
    // Nothing is written over unless asked: an existing file of the same name refuses the whole run.
    if (!cli.force) {
      const existing = (await Promise.all(targets.map(async ({ target }) => ((await fs.stat(target).catch(() => null)) ? target : null)))).filter(Boolean);
      if (existing.length) {
        console.error(`export: ${existing.join(', ')} already exists; nothing was written (--force writes over it)`);
        return 1;
      }
    }
    for (const { format, target } of targets) {
      // One export per format and process: nothing is kept for a next export (see RenderHow).
      const result = await exportProject(project, format, cli.options, target, findings, { oneShot: true });
      console.log(result.file);
    }
    return 0;
  } catch (e) {
    // The app's English wording of problems is read only when something failed.
    console.error(`export failed ${await (await import('./problemText')).problemText(e)}`);
    return 1;
  }
}

// Not a top-level await: the bundle is CommonJS (see exportCommand.mjs).
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
