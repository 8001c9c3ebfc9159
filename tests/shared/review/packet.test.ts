import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatches } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { canonicalJson } from '../../../shared/review/canonicalJson';
import { planImport, type IncomingFile } from '../../../shared/review/importPackets';
import { readPacket } from '../../../shared/review/packet';
import { buildReviewCopy, readReviewCopy } from '../../../shared/review/reviewCopy';
import { seal } from '../../../shared/review/seal';
import { unresolvedComments } from '../../../shared/review/threads';
import { builtinProject, DARA, LI } from './builtin';
import { samplePacket } from './packets';

const project = builtinProject();
const fwId = project.framework.id;

function resealed(mutate: (o: Record<string, unknown>) => void, base = samplePacket(project, DARA, 'dara')): string {
  const { hash: _h, ...rest } = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  mutate(rest);
  return JSON.stringify(seal(rest));
}

describe('reading a comment packet', () => {
  it('accepts a packet as written', () => {
    const p = samplePacket(project, DARA, 'dara');
    const r = readPacket(JSON.stringify(p, null, 2), fwId);
    expect(r.ok && r.packet.items).toHaveLength(3);
  });

  const cases: [string, () => string, string, object?][] = [
    ['not JSON at all', () => 'Dear secretariat, my comments are below.', 'not-json'],
    ['a Word file', () => 'PK\u0003\u0004\u0014\u0000', 'not-json'],
    ['cut off in transit', () => { const t = JSON.stringify(samplePacket(project, DARA, 'dara')); return t.slice(0, t.length / 2); }, 'truncated'],
    ['some other JSON', () => JSON.stringify({ name: 'package', version: '1.0.0' }), 'not-a-packet'],
    ['a review copy, not a packet', () => JSON.stringify(buildReviewCopy(project, { versionName: 'v', createdAt: '2026-01-01T00:00:00.000Z' })), 'not-a-packet'],
    ['a newer format', () => resealed((o) => (o.formatVersion = 2)), 'unsupported-version', { found: '2' }],
    ['edited after it was made', () => JSON.stringify({ ...samplePacket(project, DARA, 'dara'), reviewer: { ...DARA, name: 'Someone else' } }), 'hash-mismatch'],
    ['an item without an anchor', () => resealed((o) => delete (o.items as Record<string, unknown>[])[0].anchor), 'invalid'],
    ['made for another framework', () => resealed((o) => (o.frameworkId = 'acec-2016-2020')), 'other-framework', { expected: fwId, found: 'acec-2016-2020' }],
  ];
  for (const [what, make, code, extra] of cases) {
    it(`refuses ${what} (${code})`, () => {
      const r = readPacket(make(), fwId);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe(code);
        if (extra) expect(r).toMatchObject(extra);
        if (code === 'invalid') expect(r.details?.[0].path).toBe('items.0.anchor');
      }
    });
  }
});

describe('importing packets into a project', () => {
  const apply = (p: Project, files: IncomingFile[]): Project => {
    const plan = planImport(p, files);
    if (!plan.ok) throw new Error(JSON.stringify(plan.refusals));
    return plan.change ? applyPatches(p, plan.change.patches).result : p;
  };
  const files: IncomingFile[] = [
    { name: 'dara.json', text: JSON.stringify(samplePacket(project, DARA, 'dara')) },
    { name: 'li.json', text: JSON.stringify(samplePacket(project, LI, 'li-wei', '2026-02-02T08:00:00.000Z')) },
    { name: 'dara-2.json', text: JSON.stringify(samplePacket(project, DARA, 'dara-second', '2026-02-03T08:00:00.000Z')) },
  ];

  it('gives the same project for any order, grouping and repetition of imports', () => {
    const expected = canonicalJson(apply(project, files));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 1, 2), { minLength: 3, maxLength: 8 }), fc.nat({ max: 7 }), (order, cut) => {
        const seq = [...order, 0, 1, 2].map((i) => files[i]);
        const k = Math.min(cut, seq.length);
        const p = apply(apply(project, seq.slice(0, k)), seq.slice(k));
        expect(canonicalJson(p)).toBe(expected);
      }),
      { numRuns: 60 },
    );
    const merged = apply(project, files);
    expect(merged.review.items).toHaveLength(9);
    expect(unresolvedComments(merged)).toHaveLength(6);
  });

  it('changes nothing when the same packets are imported again, and says they were', () => {
    const once = apply(project, files);
    const plan = planImport(once, files);
    expect(plan.ok && plan.change).toBeNull();
    expect(plan.ok && plan.packets.every((p) => p.alreadyImported && p.added === 0)).toBe(true);
  });

  it('accepts a packet made against an older version and says so', () => {
    const edited = applyPatches(project, [{ op: 'replace', path: ['framework', 'metadata', 'date'], value: '2026-03-01' }]).result;
    const plan = planImport(edited, files.slice(0, 1));
    expect(plan.ok && plan.packets[0].olderVersion).toBe(true);
    expect(plan.ok && plan.change).not.toBeNull();
  });

  it('refuses the whole import, naming the bad file, when one packet is bad', () => {
    const plan = planImport(project, [...files, { name: 'notes.txt', text: 'hello' }]);
    expect(plan).toEqual({ ok: false, refusals: [{ name: 'notes.txt', refusal: expect.objectContaining({ ok: false, code: 'not-json' }) as unknown }] });
  });
});

describe('review copies', () => {
  it('round-trip, and refuse a copy whose content was edited', () => {
    const copy = buildReviewCopy(project, { versionName: 'Draft 1', createdAt: '2026-01-10T00:00:00.000Z' });
    const r = readReviewCopy(JSON.stringify(copy));
    expect(r.ok && r.copy.project.framework.id).toBe(fwId);
    const tampered = JSON.parse(JSON.stringify(copy));
    tampered.project.framework.metadata.date = '2099-01-01';
    expect(readReviewCopy(JSON.stringify(tampered))).toMatchObject({ ok: false, code: 'hash-mismatch' });
    expect(readReviewCopy(JSON.stringify(samplePacket(project, DARA, 'x')))).toMatchObject({ ok: false, code: 'not-a-review-copy' });
  });
});
