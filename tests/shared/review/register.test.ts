import { describe, expect, it } from 'vitest';
import { indexElements } from '../../../shared/model/elements';
import { applyPatches } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { diffWords } from '../../../shared/review/diff';
import { planImport } from '../../../shared/review/importPackets';
import { matrixCsv } from '../../../shared/review/matrix';
import { acceptSuggestion, setDisposition, setResolved } from '../../../shared/review/operations';
import { filterRegister, registerRows } from '../../../shared/review/register';
import { unresolvedComments } from '../../../shared/review/threads';
import { builtinProject, DARA, LI } from './builtin';
import { samplePacket } from './packets';

function withPackets(): Project {
  const p = builtinProject();
  const plan = planImport(p, [
    { name: 'd', text: JSON.stringify(samplePacket(p, DARA, 'dara')) },
    { name: 'l', text: JSON.stringify(samplePacket(p, LI, 'li-wei', '2026-02-02T08:00:00.000Z')) },
  ]);
  if (!plan.ok || !plan.change) throw new Error('import failed');
  return applyPatches(p, plan.change.patches).result;
}
const run = (p: Project, c: { patches: Parameters<typeof applyPatches>[1] }) => applyPatches(p, c.patches).result;

describe('disposition register and comments matrix', () => {
  it('lists each comment and suggestion once, with its component, and filters by reviewer, country, component, status and decision', () => {
    let p = withPackets();
    p = run(p, setDisposition(p, 'dara-c1', { decision: 'partly-accepted', response: { en: 'Scope narrowed.', zh: '已缩小范围。' } }, 'Secretariat', '2026-02-10T00:00:00.000Z'));
    p = run(p, acceptSuggestion(p, 'li-wei-s1', 'Secretariat', '2026-02-10T00:00:00.000Z'));
    const rows = registerRows(p);
    expect(rows.map((r) => r.itemId)).toEqual(['dara-c1', 'dara-s1', 'li-wei-c1', 'li-wei-s1']);
    expect(rows.every((r) => r.componentId === 'c1')).toBe(true);
    expect(filterRegister(rows, { country: 'China' }).map((r) => r.itemId)).toEqual(['li-wei-c1', 'li-wei-s1']);
    expect(filterRegister(rows, { status: 'resolved' }).map((r) => r.itemId)).toEqual(['li-wei-s1']);
    expect(filterRegister(rows, { decision: 'none' })).toHaveLength(2);
    expect(filterRegister(rows, { component: 'general' })).toHaveLength(0);
    expect(unresolvedComments(p)).toHaveLength(3);
    const csv = matrixCsv(rows);
    expect(csv.startsWith('\uFEFFNo. / 序号,Reviewer / 审阅人')).toBe(true);
    expect(csv).toContain('Partly accepted / 部分采纳,Scope narrowed.,已缩小范围。');
    // One record per row: replies stay inside their row's (quoted) cell.
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 4);
    expect(csv).toContain('"dara: please clarify the scope\n↳ Dara Sok: dara: see also the annex"');
  });

  it('names where each comment is with the label in the rows\' language', () => {
    const p = withPackets();
    const en = registerRows(p);
    const zh = registerRows(p, 'zh');
    expect(en.map((r) => r.elementLabel).some((l) => /^(Component|Action|Activity) /.test(l))).toBe(true);
    expect(zh.map((r) => r.elementLabel)).toEqual(en.map((r) => r.elementLabel.replace(/^Component /, '组成部分').replace(/^Action /, '行动').replace(/^Activity /, '活动')));
  });

  it('resolving then reopening a thread leaves it open, as a later revision of the drafter record', () => {
    let p = withPackets();
    p = run(p, setResolved(p, 'dara-c1', true, 'S', '2026-02-10T00:00:00.000Z'));
    p = run(p, setResolved(p, 'dara-c1', false, 'S', '2026-02-11T00:00:00.000Z'));
    expect(registerRows(p).find((r) => r.itemId === 'dara-c1')!.status).toBe('open');
    expect(p.review.resolutions[0].rev).toBe(1);
  });

  it('re-finds the anchors of a packet made against an older text, and shows a rewritten span as "text changed" with old and new words', () => {
    const original = builtinProject();
    const packet = samplePacket(original, DARA, 'dara');
    const c = packet.items.find((i) => i.kind === 'comment')!;
    if (c.kind !== 'comment' || !c.anchor.quote) throw new Error('sample comment has a quote');
    // The drafter has since edited the text: words before the span (anchor still found), then the span itself.
    const act = registerRows(withPackets()).find((r) => r.itemId === 'dara-c1')!;
    const field = act.resolution.status === 'ok' ? act.resolution.text : '';
    const locate = (p: Project) => {
      const plan = planImport(p, [{ name: 'd', text: JSON.stringify(packet) }]);
      if (!plan.ok || !plan.change) throw new Error('import failed');
      expect(plan.packets[0].olderVersion).toBe(true);
      return registerRows(applyPatches(p, plan.change.patches).result).find((r) => r.itemId === 'dara-c1')!.resolution;
    };
    const edit = (text: string) => {
      const el = [...indexElements(original.framework).values()].find((e) => e.id === c.anchor.elementId)!;
      return applyPatches(original, [{ op: 'replace', path: [...el.fields[0].path, 'en', 'text'], value: text }]).result;
    };
    const moved = locate(edit(`Newly, ${field}`));
    expect(moved.status === 'ok' && moved.text.slice(moved.start, moved.end)).toBe(c.anchor.quote.exact);
    const rewritten = locate(edit(field.replace(c.anchor.quote.exact, 'entirely new words')));
    expect(rewritten).toMatchObject({ status: 'text-changed', oldText: c.anchor.quote.exact, currentText: 'entirely new words' });
  });

  it('diffs suggestions by word (English) and by character (Chinese)', () => {
    expect(diffWords('reduce marine plastics', 'reduce marine litter')).toEqual([{ op: 'same', text: 'reduce marine ' }, { op: 'remove', text: 'plastics' }, { op: 'add', text: 'litter' }]);
    expect(diffWords('海洋塑料', '海洋垃圾')).toEqual([{ op: 'same', text: '海洋' }, { op: 'remove', text: '塑料' }, { op: 'add', text: '垃圾' }]);
  });
});
