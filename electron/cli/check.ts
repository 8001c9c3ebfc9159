import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Severity } from '../../shared/checks/finding';
import { interpolate, messageOf, type MessageTable } from '../../shared/checks/messages';
import { bySeverity, checkProject } from '../../shared/checks/registry';
import { elementLocator } from '../../shared/checks/locate';
import type { Project } from '../../shared/model/project';
import { loadBuiltinEdition } from '../services/builtinEdition';
import { describeFailure, loadProjectBytes } from '../services/projectStore';

/**
 * The consistency checker from the command line, for secretariat scripts:
 *
 *   npm run check -- <project.json> | --builtin [--lang en|zh] [--format text|json]
 *
 * Prints the findings (waived ones are left out of the list and counted), in English or Chinese,
 * as text or JSON. Exit code: 0 = no error-level finding remains, 1 = errors remain, 2 = bad
 * usage or a file that cannot be read (the message says which file and why). Read-only: no lock.
 */

type Lang = 'en' | 'zh';
interface Options {
  file: string | null;
  builtin: boolean;
  lang: Lang;
  format: 'text' | 'json';
}

const LOCALES = fileURLToPath(new URL('../../renderer/i18n/locales/', import.meta.url));

interface Words {
  codes: MessageTable;
  level: Record<Severity, string>;
  cli: { usage: string; none: string; summary: string; cannotRead: string };
}

async function words(lang: Lang): Promise<Words> {
  const json = JSON.parse(await fs.readFile(path.join(LOCALES, `${lang}.json`), 'utf8')) as { findings: Words };
  return json.findings;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { file: null, builtin: false, lang: 'en', format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--builtin') opts.builtin = true;
    else if (a === '--lang') {
      const v = value();
      if (v !== 'en' && v !== 'zh') throw new UsageError(`--lang must be en or zh, not "${v}"`);
      opts.lang = v;
    } else if (a === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
      opts.format = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (opts.file) throw new UsageError(`one project file at a time (got ${opts.file} and ${a})`);
    else opts.file = a;
  }
  if (opts.builtin === !!opts.file) throw new UsageError(opts.builtin ? 'give either a project file or --builtin, not both' : 'no project file given');
  return opts;
}

async function readProject(opts: Options): Promise<{ project: Project; name: string }> {
  if (opts.builtin) return { project: await loadBuiltinEdition(), name: 'built-in 2021-2025 edition' };
  const file = path.resolve(opts.file!);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    throw new ReadError(file, describeFailure({ code: 'io', detail: (e as Error).message }));
  }
  const result = loadProjectBytes(bytes);
  if (!result.ok) throw new ReadError(file, describeFailure(result.failure));
  return { project: result.project, name: file };
}

class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} ${reason}`);
  }
}

/** "ap-c2-a1-x1 (6. › Component 2 › Action 1 › Activity 1-1)": the id, and the printed labels of it and its ancestors. */
function locator(project: Project, lang: Lang): (id: string) => string {
  const labelsOf = elementLocator(project.framework, lang);
  return (id) => {
    const chain = labelsOf(id);
    return chain ? `${id} (${chain})` : id;
  };
}

function where(f: Finding, locate: (id: string) => string): string {
  const parts = f.elementIds.map(locate);
  const field = f.field ? ` · ${f.field}${f.lang ? ` [${f.lang}]` : ''}` : f.lang ? ` [${f.lang}]` : '';
  return `${parts.join(', ') || '(document)'}${field}`;
}

async function main(argv: readonly string[]): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const w = await words('en');
    process.stderr.write(`check: ${e.message}\n${w.cli.usage}\n`);
    return 2;
  }
  const w = await words(opts.lang);
  let loaded: { project: Project; name: string };
  try {
    loaded = await readProject(opts);
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    process.stderr.write(`check: ${interpolate(w.cli.cannotRead, { data: { file: e.file, reason: e.reason } })}\n`);
    return 2;
  }
  const { project } = loaded;
  const result = checkProject(project);
  const active = bySeverity(result.active);
  const exit = result.counts.error > 0 ? 1 : 0;

  if (opts.format === 'json') {
    const out = {
      project: loaded.name,
      counts: { ...result.counts, waived: result.waived.length },
      findings: active.map((f) => ({ ...f, message: messageOf(f, w.codes, opts.lang) })),
      waived: result.waived.map(({ finding, waiver }) => ({ ...finding, message: messageOf(finding, w.codes, opts.lang), waiver })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return exit;
  }

  const locate = locator(project, opts.lang);
  const lines: string[] = [loaded.name, ''];
  if (active.length === 0) lines.push(w.cli.none);
  for (const f of active) {
    lines.push(`${w.level[f.severity].padEnd(8)} ${f.code}  ${where(f, locate)}`);
    lines.push(`         ${messageOf(f, w.codes, opts.lang)}`);
  }
  lines.push('', interpolate(w.cli.summary, { data: { errors: result.counts.error, warnings: result.counts.warning, infos: result.counts.info, waived: result.waived.length } }));
  process.stdout.write(`${lines.join('\n')}\n`);
  return exit;
}

process.exitCode = await main(process.argv.slice(2));
