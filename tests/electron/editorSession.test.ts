import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/services/handlers';
import { ProjectSession } from '../../electron/services/projectSession';
import { fileHandlesOf } from '../../electron/services/fileHandles';
import { editText, insertElement } from '../../shared/model/operations';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

async function start() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-editor-'));
  const session = await ProjectSession.start({ dataDir, saveDebounceMs: 5 });
  sessions.push(session);
  await session.newFromBuiltin(path.join(dataDir, 'projects', 'p.json'));
  return { session, dataDir };
}

const typed = (s: ProjectSession, text: string, key = 's1/title/zh') => {
  const op = editText(s.current, 's1', 'title', 'zh', text);
  return s.applyChange(op.label, op.patches, undefined, key);
};

describe('editing through the session', () => {
  it('consecutive typing in one field is one undo step; another change ends the run', async () => {
    const { session } = await start();
    const before = session.current.framework.sections[0].title.zh.text;
    typed(session, '背');
    typed(session, '背景');
    typed(session, '背景情况');
    expect(session.info().undoLabel).toBe('editText');
    session.undo();
    expect(session.current.framework.sections[0].title.zh.text).toBe(before);
    session.redo();
    expect(session.current.framework.sections[0].title.zh.text).toBe('背景情况');

    // A structural change in between: the typing after it is a separate step.
    const ins = insertElement(session.current, 'paragraph', 's1', 0, () => 'p-new');
    session.applyChange(ins.label, ins.patches);
    typed(session, '背景二');
    session.undo();
    expect(session.current.framework.sections[0].title.zh.text).toBe('背景情况');
    expect(session.current.framework.sections[0].blocks[0].id).toBe('p-new');
  });

  it('a failed save keeps the edit; Save As writes it elsewhere with the undo history, and the recent list has it', async () => {
    const { session, dataDir } = await start();
    const folder = path.join(dataDir, 'projects');
    rmSync(folder, { recursive: true, force: true });
    writeFileSync(folder, 'not a folder');
    typed(session, '背景');
    await session.flush();
    expect(session.info().saveState).toBe('error');
    expect(session.info().saveError?.file).toContain('p.json');
    expect(session.current.framework.sections[0].title.zh.text).toBe('背景');

    const handlers = createHandlers(session);
    await expect(handlers.retrySave({})).resolves.toMatchObject({ info: { saveState: 'error' } });
    const target = path.join(dataDir, 'rescued', 'r.json');
    // The desktop's save dialog answers with a path in main; the renderer never names one.
    const snap = await createHandlers(session, { pickSaveAsFile: async () => target }).saveAs({});
    expect(snap.info).toMatchObject({ file: target, saveState: 'saved', saveError: null, undoLabel: 'editText' });
    expect(JSON.parse(readFileSync(target, 'utf8')).framework.sections[0].title.zh.text).toBe('背景');
    const [recent] = await handlers.recentProjects({});
    expect(recent.name).toBe('r.json');
    expect(fileHandlesOf(session).resolve(recent.handle, 'project')).toBe(target);
    await expect(handlers.saveAs({})).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('a new empty framework has nothing in it and the requested period', async () => {
    const { session, dataDir } = await start();
    const handlers = createHandlers(session, { pickNewProjectFile: async () => path.join(dataDir, 'empty.json') });
    const snap = await handlers.newEmpty({ start: 2026 });
    const fw = snap.project.framework;
    expect(fw.sections).toEqual([]);
    expect(fw.components).toEqual([]);
    expect(fw.annex.areas).toEqual([]);
    expect(fw.metadata).toMatchObject({ period: { start: 2026, end: 2030 }, edition: '2026-2030', status: 'draft' });
    expect(snap.info.readOnly).toBe(false);
  });

  it('keeps the UI language in the settings file', async () => {
    const { session, dataDir } = await start();
    const handlers = createHandlers(session);
    await handlers.setUiLanguage({ lang: 'zh' });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).uiLanguage).toBe('zh');
    expect(await handlers.getUiLanguage({})).toBe('zh');
  });
});
