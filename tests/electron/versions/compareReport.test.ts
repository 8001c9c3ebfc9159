import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../shared/model/framework';
import type { Patch } from '../../../shared/model/patch/patch';
import { versionSessions } from './versionSessions';

const ARTIFACTS = path.join(path.dirname(new URL(import.meta.url).pathname), '../../artifacts/versions');

const startSession = versionSessions();

/** A project with a named version, then: an activity moved and edited, a Chinese-only edit, an annex entry removed. */
async function editedProject() {
  const { dataDir, session, versions } = await startSession('acec-report-', 'p.json', { now: () => new Date('2026-11-29T10:00:00Z') });
  const v = await versions.saveNamed({ name: 'Sent to NFPs' });
  const fw: Framework = session.current.framework;
  const moved = structuredClone(fw.actionPlan.components[1].actions[0].activities[2]);
  moved.text.en.text = `${moved.text.en.text} with youth networks`;
  const patches: Patch[] = [
    { op: 'remove', path: ['framework', 'actionPlan', 'components', 1, 'actions', 0, 'activities'], index: 2 },
    { op: 'insert', path: ['framework', 'actionPlan', 'components', 2, 'actions', 1, 'activities'], index: 0, value: moved },
    { op: 'replace', path: ['framework', 'metadata', 'title', 'zh', 'text'], value: fw.metadata.title.zh.text.replace('合作战略', '合作新战略') },
    { op: 'remove', path: ['framework', 'annex', 'areas', 0, 'entries'], index: 0 },
  ];
  session.applyChange('edits', patches);
  const removedText = fw.annex.areas[0].entries[0].text.en.text;
  return { dataDir, versions, named: v, removedText };
}

describe('comparison report', () => {
  it('writes a .docx whose insertions and deletions are real tracked changes, with every change listed', async () => {
    const { versions, named, removedText, dataDir } = await editedProject();
    const out = await versions.exportReport({ kind: 'named', id: named.id }, { kind: 'current' }, 'docx', 'en');
    expect(path.dirname(out.file)).toBe(path.join(dataDir, 'exports'));
    const xml = await (await JSZip.loadAsync(readFileSync(out.file))).file('word/document.xml')!.async('string');
    const inserted = [...xml.matchAll(/<w:ins\b[\s\S]*?<\/w:ins>/g)].map((m) => m[0].replace(/<[^>]+>/g, '')).join('|');
    const deleted = [...xml.matchAll(/<w:del\b[\s\S]*?<\/w:del>/g)].map((m) => m[0].replace(/<w:delText[^>]*>/g, '').replace(/<[^>]+>/g, '')).join('|');
    expect(inserted).toContain('with youth networks');
    expect(inserted).toContain('新');
    expect(deleted).toContain(removedText);
    // A hyphen between digits is Word's non-breaking hyphen ("Activity 1-3" never breaks at it).
    const text = xml.replace(/<w:noBreakHyphen\/>/g, '-').replace(/<[^>]+>/g, '');
    expect(text).toContain('Comparison report');
    expect(text).toContain('Sent to NFPs');
    expect(text).toContain('Activity 1-3 moved from Component 2 › Action 1 to Component 3 › Action 2 (now Activity 2-1)');
    expect(text).toContain('Cover — title (Chinese)');
  });

  it('writes a PDF in Chinese with the changes marked, readable by pdftotext', async () => {
    const { versions, named } = await editedProject();
    const out = await versions.exportReport({ kind: 'named', id: named.id }, { kind: 'current' }, 'pdf', 'zh');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out.file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('比较报告');
    expect(text).toContain('活动1-3从组成部分2 › 行动1移至组成部分3 › 行动2（现为活动2-1）');
    expect(text).toContain('with youth networks');
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '2', '-l', '2', out.file, path.join(ARTIFACTS, 'compare-report-zh-p2')]);
  });
});
