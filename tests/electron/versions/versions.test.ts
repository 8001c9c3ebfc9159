import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../../electron/services/projectSession';
import { versionsFolder } from '../../../electron/services/versions/versionStore';
import { listElements } from '../../../shared/model/elements';
import type { Patch } from '../../../shared/model/patch/patch';
import { versionSessions } from './versionSessions';

const startSession = versionSessions();

/** A session on a fresh copy of the built-in edition, with a clock the test moves. */
async function setup(historyIntervalMs = 5 * 60_000) {
  const clock = { t: Date.parse('2026-11-02T09:00:00Z') };
  const { dataDir, session, versions, file } = await startSession('acec-versions-', 'acec-2021-2025.json', { historyIntervalMs, now: () => new Date(clock.t) });
  const saved = async () => {
    await session.flush();
    await versions.idle();
  };
  return { dataDir, session, versions, clock, file, saved };
}

const editFirstActivity = (session: ProjectSession, text: string): Patch[] => {
  const ref = listElements(session.current.framework).find((e) => e.kind === 'activity')!;
  const field = ref.fields.find((f) => f.name === 'text')!;
  return [{ op: 'replace', path: [...field.path, 'en', 'text'], value: text }];
};

describe('new edition', () => {
  it('creates 2026-2030 in a new file, leaves the 2021-2025 file byte-for-byte unchanged, and opens the new one', async () => {
    const { session, versions, file, dataDir, saved } = await setup();
    session.applyChange('edit', editFirstActivity(session, 'Edited before the new edition'));
    await saved();
    const before = readFileSync(file);
    const beforeListing = readdirSync(path.dirname(file)).sort();
    const snap = await versions.newEdition({ start: 2026, end: 2030 }, undefined);
    await session.flush();
    expect(readFileSync(file).equals(before)).toBe(true);
    // Nothing new beside the old file except the new edition itself (and its own lock/backup folders).
    const added = readdirSync(path.dirname(file)).filter((n) => !beforeListing.includes(n));
    expect(added).toEqual([path.basename(snap.info.file!)]);
    expect(snap.info.file).toBe(path.join(dataDir, 'projects', 'framework-2026-2030.json'));

    const fw = snap.project.framework;
    expect(fw.id).toBe('acec-2026-2030');
    expect(fw.metadata.period).toEqual({ start: 2026, end: 2030 });
    expect(fw.metadata.edition).toBe('2026-2030');
    expect(fw.metadata.title.en.text).toContain('2026-2030');
    expect(fw.metadata.title.zh.text).toContain('2026-2030');
    expect(fw.metadata.title.zh.text).not.toContain('2021');
    expect(fw.metadata.shortTitle.en.text).toContain('(2026-2030)');
    expect(fw.metadata.status).toBe('draft');
    expect(fw.annex.period).toEqual({ start: 2021, end: 2025 });
    expect(fw.annex.title.en.text).toContain('(2021-2025)');
    const activities = fw.actionPlan.components.flatMap((c) => c.actions.flatMap((a) => a.activities));
    expect(activities.length).toBe(21);
    expect(activities.every((a) => a.carriedOver === true)).toBe(true);
    // Schedules are kept as text for the drafter; ids are kept so the editions compare element by element.
    const old = JSON.parse(before.toString('utf8')) as { framework: typeof fw };
    const oldActivities = old.framework.actionPlan.components.flatMap((c) => c.actions.flatMap((a) => a.activities));
    expect(activities.map((a) => a.schedule.text.en.text)).toEqual(oldActivities.map((a) => a.schedule.text.en.text));
    // Every element but the old annex's areas and rows (which stay with the old edition) keeps its id.
    const oldAnnexIds = new Set(old.framework.annex.areas.flatMap((a) => [a.id, ...a.entries.map((e) => e.id)]));
    expect(fw.annex.areas).toEqual([]);
    expect(listElements(fw).map((e) => e.id)).toEqual(listElements(old.framework).map((e) => e.id).filter((id) => !oldAnnexIds.has(id)));
    expect(activities[0].text.en.text).toBe('Edited before the new edition');
  });

  it('compares the new edition with the previous edition\'s file: nothing added or moved; removed only the old annex', async () => {
    const { versions, file } = await setup();
    await versions.newEdition({ start: 2026, end: 2030 }, undefined);
    const cmp = await versions.compare({ kind: 'file', file }, { kind: 'current' });
    expect(cmp.before).toMatchObject({ name: 'acec-2021-2025.json', edition: '2021-2025' });
    expect(cmp.after.edition).toBe('2026-2030');
    expect(cmp.result.counts).toMatchObject({ added: 0, removed: 8, moved: 0 });
    expect(cmp.result.changes.filter((c) => c.type === 'removed').map((c) => c.element.kind)).toEqual(Array(8).fill('priorityArea'));
    expect(cmp.result.changes.filter((c) => c.type === 'attribute' && c.name === 'carriedOver')).toHaveLength(21);
    await expect(versions.compare({ kind: 'file', file: `${file}.missing` }, { kind: 'current' })).rejects.toMatchObject({ code: 'load-io' });
  });

  it('refuses a period that does not come after the current one, and an existing target file', async () => {
    const { versions, file } = await setup();
    await expect(versions.newEdition({ start: 2016, end: 2020 }, undefined)).rejects.toMatchObject({ code: 'period-not-later' });
    const bytes = readFileSync(file);
    await expect(versions.newEdition({ start: 2026, end: 2030 }, file)).rejects.toMatchObject({ code: 'file-exists' });
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('named versions and history', () => {
  it('keeps named versions with author, date and note, newest first, and compares them with the current text', async () => {
    const { session, versions, clock } = await setup();
    const v1 = await versions.saveNamed({ name: 'Sent to NFPs', author: 'Li Xia', note: 'Circulated 2 Nov' });
    session.applyChange('edit', editFirstActivity(session, 'Revised after comments'));
    clock.t += 3_600_000;
    const v2 = await versions.saveNamed({ name: 'After ASOEN comments' });
    const { named } = await versions.list();
    expect(named.map((v) => [v.name, v.author, v.note])).toEqual([
      ['After ASOEN comments', os.userInfo().username, undefined],
      ['Sent to NFPs', 'Li Xia', 'Circulated 2 Nov'],
    ]);
    expect(named[1].createdAt).toBe('2026-11-02T09:00:00.000Z');
    const cmp = await versions.compare({ kind: 'named', id: v1.id }, { kind: 'named', id: v2.id });
    expect(cmp.before.name).toBe('Sent to NFPs');
    expect(cmp.result.changes.map((c) => [c.type, c.type === 'text' ? c.lang : null])).toEqual([['text', 'en']]);
  });

  it('takes a history snapshot on save at most once per interval, never twice the same content', async () => {
    const { session, versions, clock, saved } = await setup(5 * 60_000);
    session.applyChange('a', editFirstActivity(session, 'one'));
    await saved();
    session.applyChange('b', editFirstActivity(session, 'two'));
    clock.t += 60_000; // 1 minute later: inside the interval
    await saved();
    expect((await versions.list()).history).toHaveLength(1);
    clock.t += 5 * 60_000;
    session.applyChange('c', editFirstActivity(session, 'three'));
    await saved();
    const { history } = await versions.list();
    expect(history).toHaveLength(2);
    const newest = await versions.load({ kind: 'history', id: history[0].id });
    expect(listElements(newest.project.framework).find((e) => e.kind === 'activity')!.fields[0].value.en.text).toBe('three');
    const oldest = await versions.load({ kind: 'history', id: history[1].id });
    expect(listElements(oldest.project.framework).find((e) => e.kind === 'activity')!.fields[0].value.en.text).toBe('one');
  });

  it('restoring a version is one undoable change: undo returns exactly the previous state, redo the restored one', async () => {
    const { session, versions, saved } = await setup(0);
    const v1 = await versions.saveNamed({ name: 'baseline' });
    const baseline = JSON.stringify(session.current.framework);
    session.applyChange('edit 1', editFirstActivity(session, 'first edit'));
    session.applyChange('edit 2', [{ op: 'remove', path: ['framework', 'annex', 'areas', 0, 'entries'], index: 0 }]);
    await saved();
    const beforeRestore = JSON.stringify(session.current);
    const beforeObject = structuredClone(session.current);

    const restored = await versions.restore({ kind: 'named', id: v1.id });
    expect(JSON.stringify(restored.project.framework)).toBe(baseline);
    expect(restored.info.undoLabel).toBe('Restore version “baseline”');

    const undone = session.undo();
    expect(JSON.stringify(undone.project)).toBe(beforeRestore);
    expect(undone.project).toEqual(beforeObject);
    expect(JSON.stringify(session.redo().project.framework)).toBe(baseline);
    // What the restore replaced was also kept in the history, so it survives a restart.
    const { history } = await versions.list();
    const kept = await Promise.all(history.map((h) => versions.load({ kind: 'history', id: h.id })));
    expect(kept.some((k) => JSON.stringify(k.project) === beforeRestore)).toBe(true);
  });

  it('reports a damaged or missing version clearly and changes nothing', async () => {
    const { session, versions, file } = await setup();
    const v = await versions.saveNamed({ name: 'ok' });
    const stored = path.join(versionsFolder(file), 'named', `${v.id}.json`);
    expect(existsSync(stored)).toBe(true);
    writeFileSync(stored, '{"version": {}, "project": {"schemaVersion": 1}}');
    const revision = session.info().revision;
    await expect(versions.restore({ kind: 'named', id: v.id })).rejects.toMatchObject({ code: 'damaged-version' });
    await expect(versions.restore({ kind: 'history', id: '2020-01-01T00-00-00-000Z' })).rejects.toMatchObject({ code: 'no-such-version' });
    expect(session.info().revision).toBe(revision);
  });

  it('the built-in edition has no versions to save', async () => {
    const { session, versions } = await setup();
    await session.openBuiltin();
    expect(await versions.list()).toEqual({ named: [], history: [] });
    await expect(versions.saveNamed({ name: 'x' })).rejects.toMatchObject({ code: 'read-only' });
  });
});
