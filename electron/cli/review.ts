import { promises as fs, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProjectSession } from '../services/projectSession';
import { readProjectFile } from '../services/projectStore';
import { englishWords } from './englishWords';
import { problemText } from './problemText';
import { importPackets } from '../services/review/reviewFiles';
import { importReviewDocx } from '../services/review/wordFiles';
import { renderReviewDocx } from '../services/review/reviewDocx';
import { safeFileStem } from '../services/review/outputPath';
import { writeFileAtomic } from '../services/atomicFile';

/**
 * Offline review from the command line, for the secretariat's batches:
 *
 *   npm run review -- import PROJECT.json FILE...      comment packets and review .docx files, in any mix
 *   npm run review -- docx PROJECT.json --out DIR     the review .docx (every field, its bookmark, the comments)
 *
 * `import` opens the project as the app does — taking its lock (a project open in the app or the
 * web server is refused, not written behind its back) and saving atomically with a backup — and
 * imports each file on its own: a refused file (with its code, part and reason) does not stop the
 * others. Prints one line per file, then what could not be placed. Exit code: 0 = every file
 * imported, 1 = something was refused (a file, a comment, a tracked change not placed), 2 = bad
 * usage or a project that cannot be opened.
 */

const USAGE = 'usage: npm run review -- import PROJECT.json FILE...\n       npm run review -- docx PROJECT.json --out DIR';

/** The app's English words (set in main, before anything is printed). */
let word: (key: string, data?: Record<string, unknown>) => string = (key) => key;

class UsageError extends Error {}

function parse(argv: readonly string[]): { command: 'import'; project: string; files: string[] } | { command: 'docx'; project: string; out: string } {
  const [command, project, ...rest] = argv;
  if (command === 'import') {
    if (!project || rest.length === 0) throw new UsageError('import needs a project and at least one file');
    return { command, project, files: rest };
  }
  if (command === 'docx') {
    const at = rest.indexOf('--out');
    if (!project || at < 0 || !rest[at + 1] || rest.length !== 2) throw new UsageError('docx needs a project and --out DIR');
    return { command, project, out: rest[at + 1] };
  }
  throw new UsageError(command ? `unknown command ${command}` : 'no command');
}

const isDocx = (name: string, bytes: Uint8Array) => /\.docx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b);

async function runImport(projectFile: string, files: string[]): Promise<number> {
  // A private data folder: the command line never touches the app's settings or recent list.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-review-cli-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 0 });
  let failed = false;
  try {
    try {
      await session.open(path.resolve(projectFile));
    } catch (e) {
      process.stderr.write(`review: ${await problemText(e)} (nothing was imported)\n`);
      return 2;
    }
    for (const file of files) {
      const name = path.basename(file);
      let bytes: Uint8Array;
      try {
        bytes = await fs.readFile(file);
      } catch (e) {
        process.stdout.write(`${name}: REFUSED [unreadable] ${(e as Error).message}\n`);
        failed = true;
        continue;
      }
      if (isDocx(name, bytes)) {
        const r = await importReviewDocx(session, name, bytes);
        if (!r.ok) {
          const { code, part, detail } = r.refusal;
          process.stdout.write(`${name}: REFUSED [${code}]${part ? ` ${part}` : ''} — ${word(`review.refusal.${code}`, { name, part, detail, found: '' })}\n`);
          failed = true;
          continue;
        }
        process.stdout.write(`${word('review.word.imported', { name, count: r.comments, suggestions: r.suggestions, unplaced: r.unplaced })}${r.changed ? '' : ' — nothing new'}\n`);
        for (const u of r.unplacedChanges) {
          process.stdout.write(`  NOT PLACED [${u.reason}] ${word('review.word.unplacedChange', { name, author: u.author, text: u.text, reason: word(`review.word.unplacedReason.${u.reason}`) })}\n`);
        }
        for (const x of r.refused) {
          process.stdout.write(`  REFUSED [${x.code}] ${word('review.word.refusedItem', { name, author: x.author, excerpt: x.excerpt, reason: word(`review.word.itemRefusal.${x.code}`) })} (${x.detail})\n`);
        }
        if (r.unplacedChanges.length || r.refused.length) failed = true;
      } else {
        const r = importPackets(session, [{ name, base64: Buffer.from(bytes).toString('base64') }]);
        if (!r.ok) {
          for (const x of r.refusals) {
            const details = (x.details ?? []).map((d) => `${d.path}: ${d.message}`).join('; ');
            process.stdout.write(`${name}: REFUSED [${x.code}]${x.item ? ` ${x.item}` : ''} — ${word(`review.refusal.${x.code}`, { ...x, name, details })}${x.detail ? ` (${x.detail})` : ''}\n`);
          }
          failed = true;
          continue;
        }
        for (const p of r.packets) {
          process.stdout.write(`${word('review.packets.imported', { name, reviewer: p.reviewer.name, added: p.added, updated: p.updated })}${p.alreadyImported ? ' — already imported' : ''}\n`);
        }
      }
    }
    await session.flush();
    return failed ? 1 : 0;
  } finally {
    await session.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The review .docx of a project (read only: no lock needed), written atomically into DIR. */
async function runDocx(projectFile: string, out: string): Promise<number> {
  let project;
  try {
    project = await readProjectFile(path.resolve(projectFile));
  } catch (e) {
    process.stderr.write(`review: ${await problemText(e)}\n`);
    return 2;
  }
  const version = project.review.issuedCopies.at(-1)?.name ?? project.framework.metadata.edition;
  const bytes = await renderReviewDocx(project, version, { withComments: true });
  const target = path.join(path.resolve(out), `${safeFileStem(`${project.framework.id} review ${version}`)}.docx`);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await writeFileAtomic(target, bytes);
  process.stdout.write(`${target}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const t = await englishWords();
  word = (key, data = {}) => t(key, data);
  let opts;
  try {
    opts = parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`review: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  return opts.command === 'import' ? runImport(opts.project, opts.files) : runDocx(opts.project, opts.out);
}

process.exitCode = await main(process.argv.slice(2));
