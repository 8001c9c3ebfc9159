import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectSession } from '../../electron/services/projectSession';
import { listBackups, loadProjectBytes } from '../../electron/services/projectStore';
import { editText } from '../../shared/model/operations';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

async function start() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-disk-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 5, store: { backupIntervalMs: 0 } });
  sessions.push(session);
  const file = path.join(dataDir, 'projects', 'p.json');
  await session.newFromBuiltin(file);
  return { session, file };
}

function type(session: ProjectSession, text: string) {
  const op = editText(session.current, 's1', 'title', 'en', text);
  session.applyChange(op.label, op.patches);
}

/** Let the debounced save run (and fail or succeed). */
async function saved(session: ProjectSession) {
  await session.flush();
  return session.info();
}

const otherProject = (file: string) => {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  p.framework.id = 'someone-elses-framework';
  return JSON.stringify(p);
};
const editedByThem = (file: string) => {
  const p = JSON.parse(readFileSync(file, 'utf8'));
  p.framework.sections[0].title.en.text = 'Their title';
  return JSON.stringify(p);
};

describe('a project file changed on disk while open', () => {
  it.each([
    ['replaced by garbage', 'disk-unreadable', (f: string) => writeFileSync(f, 'garbage \u0000\u00ff')],
    ['edited by another program', 'disk-modified', (f: string) => writeFileSync(f, editedByThem(f))],
    ['deleted', 'disk-deleted', (f: string) => rmSync(f)],
    ['replaced by another valid project', 'disk-other-project', (f: string) => writeFileSync(f, otherProject(f))],
  ])('%s: the next save stops, asks (%s), and neither overwrites nor backs up their file', async (_how, code, change) => {
    const { session, file } = await start();
    type(session, 'Mine 1');
    await saved(session);
    const backupsBefore = (await listBackups(file)).length;
    change(file);
    const theirs = existsSync(file) ? readFileSync(file) : null;
    type(session, 'Mine 2');
    const info = await saved(session);
    expect(info.saveState).toBe('error');
    expect(info.saveError?.code).toBe(code);
    expect(info.saveError?.file).toBe(file);
    // Their file is exactly as they left it, and was not taken as a backup.
    if (theirs) expect(readFileSync(file).equals(theirs)).toBe(true);
    else expect(existsSync(file)).toBe(false);
    expect((await listBackups(file)).length).toBe(backupsBefore);
    // Further edits do not write either; the question stays.
    type(session, 'Mine 3');
    expect((await saved(session)).saveError?.code).toBe(code);
    if (theirs) expect(readFileSync(file).equals(theirs)).toBe(true);
  });

  it('the modification time decides nothing: touched with the same bytes saves on, same size and restored time with other bytes asks', async () => {
    const { session, file } = await start();
    type(session, 'Mine 1');
    await saved(session);
    // A sync client or `touch`: a new time, the same bytes. No question.
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    type(session, 'Mine 2');
    expect((await saved(session)).saveState).toBe('saved');
    // Another program writes the same number of bytes and puts the time back (`cp -p`, `rsync -t`).
    const before = statSync(file);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('Mine 2');
    bytes.write('Thei 2', at);
    writeFileSync(file, bytes);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    type(session, 'Mine 3');
    expect((await saved(session)).saveError?.code).toBe('disk-modified');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('keep mine: their file is kept as a copy beside it, then mine is written and saving resumes', async () => {
    const { session, file } = await start();
    type(session, 'Mine 1');
    await saved(session);
    const theirs = editedByThem(file);
    writeFileSync(file, theirs);
    type(session, 'Mine 2');
    await saved(session);
    const r = await session.resolveDiskChange('keepMine');
    expect(r.theirsCopy).toMatch(/p\.theirs-.*\.json$/);
    expect(readFileSync(r.theirsCopy!, 'utf8')).toBe(theirs);
    const mine = loadProjectBytes(readFileSync(file));
    expect(mine.ok && mine.project.framework.sections[0].title.en.text).toBe('Mine 2');
    type(session, 'Mine 3');
    expect((await saved(session)).saveState).toBe('saved');
    const again = loadProjectBytes(readFileSync(file));
    expect(again.ok && again.project.framework.sections[0].title.en.text).toBe('Mine 3');
  });

  it('reload theirs: their text replaces mine (undo history cleared) and saving resumes on their file', async () => {
    const { session, file } = await start();
    type(session, 'Mine 1');
    await saved(session);
    writeFileSync(file, editedByThem(file));
    type(session, 'Mine 2');
    await saved(session);
    const r = await session.resolveDiskChange('reload');
    expect(r.project.framework.sections[0].title.en.text).toBe('Their title');
    expect(r.info.undoLabel).toBeNull();
    expect(r.info.saveState).toBe('saved');
    type(session, 'After reload');
    expect((await saved(session)).saveState).toBe('saved');
  });

  it('reload is refused while their file does not load; mine stays in memory', async () => {
    const { session, file } = await start();
    writeFileSync(file, '{"schemaVersion": 1, "framework": ');
    type(session, 'Mine');
    await saved(session);
    await expect(session.resolveDiskChange('reload')).rejects.toMatchObject({ code: 'load-truncated', file });
    expect(session.current.framework.sections[0].title.en.text).toBe('Mine');
    expect(session.info().saveError?.code).toBe('disk-unreadable');
  });

  it('save as: mine goes to a new file and their file is left alone', async () => {
    const { session, file } = await start();
    rmSync(file);
    type(session, 'Mine');
    await saved(session);
    const elsewhere = path.join(path.dirname(file), 'mine.json');
    const snap = await session.saveAs(elsewhere);
    expect(snap.info.saveError).toBeNull();
    expect(existsSync(file)).toBe(false);
    const mine = loadProjectBytes(readFileSync(elsewhere));
    expect(mine.ok && mine.project.framework.sections[0].title.en.text).toBe('Mine');
  });

  it('recovery offers only backups that load', async () => {
    const { session, file } = await start();
    type(session, 'One');
    await saved(session);
    type(session, 'Two');
    await saved(session);
    const good = await session.listBackups(file);
    expect(good.length).toBeGreaterThan(0);
    // A damaged backup newer than the others (as a copy cut off by a crash would be) is not offered.
    const dir = path.dirname(good[0].file);
    writeFileSync(path.join(dir, '9999-12-31T00-00-00-000Z.json'), '{"schemaVersion": 1, "fram');
    const offered = await session.listBackups(file);
    expect(offered.map((b) => b.file)).toEqual(good.map((b) => b.file));
    expect(readdirSync(dir)).toContain('9999-12-31T00-00-00-000Z.json');
  });
});
