import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { confirmLinkPatches, markAdditionalPatches, rejectLinkPatches, unwaivePatches, waivePatches } from '../../shared/checks/changes';
import { createHandlers } from '../../electron/services/handlers';
import { ProjectSession } from '../../electron/services/projectSession';
import { loadProjectText } from '../../shared/model/loadProject';

const sessions: ProjectSession[] = [];
afterEach(async () => {
  while (sessions.length) await sessions.pop()!.close();
});

async function editable() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'acec-checks-'));
  const s = await ProjectSession.start({ dataDir, saveDebounceMs: 10 });
  sessions.push(s);
  const file = path.join(dataDir, 'draft.json');
  await s.newFromBuiltin(file);
  return { s, h: createHandlers(s), file };
}

describe('checks:run and the panel\'s changes', () => {
  it('runs on the open project; a waiver is one undoable change that is saved with the project', async () => {
    const { s, h, file } = await editable();
    const before = await h.runChecks({});
    expect(before.counts.error).toBe(1);
    const key = 'schedule-reversed|ap-c2-a1-x1|schedule|en';
    s.applyChange('Waive finding', waivePatches(s.current, { key, reason: 'as published', at: '2026-01-01T00:00:00Z' }));
    const after = await h.runChecks({});
    expect(after.counts.error).toBe(0);
    expect(after.waived.map((w) => [w.finding.key, w.waiver.reason])).toEqual([[key, 'as published']]);
    await s.flush();
    const saved = loadProjectText(readFileSync(file, 'utf8'));
    expect(saved.ok && saved.project.waivers.map((w) => w.key)).toEqual([key]);
    s.undo();
    expect((await h.runChecks({})).counts.error).toBe(1);
    s.redo();
    s.applyChange('Restore finding', unwaivePatches(s.current, key));
    expect((await h.runChecks({})).waived).toEqual([]);
  });

  it('confirming, rejecting and marking additional settle the coverage findings of an activity', async () => {
    const { s, h } = await editable();
    const of = async (id: string) => (await h.runChecks({})).active.filter((f) => f.family === 'coverage' && f.elementIds.includes(id)).map((f) => f.code);
    expect(await of('ap-c1-a1-x3')).toEqual(['coverage-untraced']);
    expect(await of('c1-m5')).toEqual(['coverage-uncovered']);
    s.applyChange('Confirm link', confirmLinkPatches(s.current, 'ap-c1-a1-x3', 'c1-m5'));
    expect(await of('ap-c1-a1-x3')).toEqual([]);
    expect(await of('c1-m5')).toEqual([]);
    expect(s.current.framework.actionPlan.components[0].actions[0].activities[2].trace.mainActivityIds).toEqual(['c1-m5']);

    expect(await of('ap-c1-a2-x1')).toEqual(['coverage-proposed']);
    s.applyChange('Reject link', rejectLinkPatches(s.current, 'ap-c1-a2-x1', 'c1-m4'));
    expect(await of('ap-c1-a2-x1')).toEqual(['coverage-untraced']);
    s.applyChange('Additional', markAdditionalPatches(s.current, 'ap-c1-a2-x1'));
    expect(await of('ap-c1-a2-x1')).toEqual([]);
    // Nothing carries out main activity 4 any more: that is now reported.
    expect(await of('c1-m4')).toEqual(['coverage-uncovered']);
  });
});
