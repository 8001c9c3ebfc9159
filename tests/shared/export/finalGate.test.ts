import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signOffPatches, requirementsPatches } from '../../../shared/export/finalChanges';
import { finalGate, makeSignOff, type GateFinding } from '../../../shared/export/finalGate';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../../shared/model/project';

/** The final gate: requirements per project, what blocks each, and sign-off of the exact text. */

const builtin = (): Project => ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));

const error: GateFinding = { key: 'e1', code: 'schedule-reversed', severity: 'error', elementId: 'ap-c2-a1-x1', field: 'schedule', lang: 'en', waived: false };
const warning: GateFinding = { key: 'w1', code: 'name-variant', severity: 'warning', elementId: 's1', waived: false };

function approveAll(p: Project): Project {
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, unknown>;
    if (r.text !== undefined && r.status !== undefined && typeof r.text === 'string' && r.text.trim()) r.status = 'approved';
    for (const v of Object.values(r)) walk(v);
  };
  const copy = structuredClone(p);
  walk(copy.framework);
  copy.framework.metadata.status = 'final';
  return copy;
}

describe('final gate', () => {
  it('lists every default requirement with what blocks it on the built-in edition (cover set back to Draft)', () => {
    const p = builtin();
    p.framework.metadata.status = 'draft';
    const gate = finalGate({ framework: p.framework, languages: ['en', 'zh'], findings: [error, warning], openComments: [{ elementId: 'p1', field: 'text', lang: 'zh' }], final: p.final });
    expect(gate.items.map((i) => [i.requirement, i.met])).toEqual([
      ['noErrors', false], ['allApproved', false], ['noOpenComments', false], ['warningsAcknowledged', false], ['coverFinal', false], ['signOff', false],
    ]);
    expect(gate.items[0].targets).toEqual([{ elementId: 'ap-c2-a1-x1', field: 'schedule', lang: 'en', code: 'schedule-reversed' }]);
    // Hundreds of draft fields (the revised Chinese is a draft): counted whole, listed up to the limit.
    expect(gate.items[1].count).toBeGreaterThan(300);
    expect(gate.items[1].targets).toHaveLength(50);
    expect(gate.items[2].targets).toEqual([{ elementId: 'p1', field: 'text', lang: 'zh' }]);
    expect(gate.items[3].targets).toEqual([{ elementId: 's1', code: 'name-variant' }]);
    expect(gate).toMatchObject({ allowed: false, signOffAllowed: false, signOff: null, warningKeys: ['w1'] });
    expect(gate.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(makeSignOff(gate, { name: 'Li Wei', role: 'Head', acknowledgeWarnings: true }, '2026-12-03T10:00:00Z')).toEqual({ ok: false, reason: 'requirements-unmet' });
  });

  it('approval counts only the exported languages; a waived error or a requirement turned off does not block', () => {
    const p = builtin();
    const onlyEn = approveAll(p);
    for (const el of [onlyEn.framework.metadata.title]) el.zh.status = 'draft';
    const en = finalGate({ framework: onlyEn.framework, languages: ['en'], findings: [{ ...error, waived: true }], openComments: [], final: p.final });
    expect(en.items.filter((i) => !i.met).map((i) => i.requirement)).toEqual(['signOff']);
    expect(en.signOffAllowed).toBe(true);
    const zh = finalGate({ framework: onlyEn.framework, languages: ['zh'], findings: [], openComments: [], final: p.final });
    expect(zh.items[1]).toMatchObject({ met: false, count: 1, targets: [{ elementId: '#metadata', field: 'title', lang: 'zh' }] });

    const relaxed = applyPatches(p, requirementsPatches(p, { allApproved: false, coverFinal: false, noOpenComments: false })).result;
    const gate = finalGate({ framework: relaxed.framework, languages: ['en', 'zh'], findings: [], openComments: [{ elementId: 'p1' }], final: relaxed.final });
    expect(gate.items.find((i) => i.requirement === 'allApproved')).toMatchObject({ required: false, met: true, count: 0 });
    expect(gate.items.filter((i) => !i.met).map((i) => i.requirement)).toEqual(['signOff']);
  });

  it('signs off the current text: warnings must be acknowledged, and an edit afterwards asks for a new sign-off', () => {
    let p = approveAll(builtin());
    const input = () => ({ framework: p.framework, languages: ['en', 'zh'] as const, findings: [warning], openComments: [], final: p.final });
    const before = finalGate(input());
    expect(before).toMatchObject({ allowed: false, signOffAllowed: true });
    expect(makeSignOff(before, { name: 'Li Wei', role: 'Head', acknowledgeWarnings: false }, '2026-12-03T10:00:00Z')).toEqual({ ok: false, reason: 'warnings-unacknowledged' });
    expect(makeSignOff(before, { name: ' ', role: 'Head', acknowledgeWarnings: true }, '2026-12-03T10:00:00Z')).toEqual({ ok: false, reason: 'who-missing' });
    const made = makeSignOff(before, { name: 'Li Wei', role: 'Head of the secretariat', note: 'for ASOEN', acknowledgeWarnings: true }, '2026-12-03T10:00:00Z');
    if (!made.ok) throw new Error(made.reason);
    expect(made.signOff).toEqual({ name: 'Li Wei', role: 'Head of the secretariat', at: '2026-12-03T10:00:00Z', note: 'for ASOEN', contentHash: before.contentHash, acknowledgedWarnings: ['w1'] });
    p = applyPatches(p, signOffPatches(p, made.signOff)).result;
    // Kept in the project and valid through its schema (a saved file loads it back).
    expect(ProjectSchema.parse(p).final.signOffs).toEqual([made.signOff]);
    const after = finalGate(input());
    expect(after).toMatchObject({ allowed: true, signOff: made.signOff });
    // A new warning the signer did not see is not acknowledged.
    const more = finalGate({ ...input(), findings: [warning, { ...warning, key: 'w2' }] });
    expect(more.items.find((i) => i.requirement === 'warningsAcknowledged')).toMatchObject({ met: false, count: 1 });
    // Any edit of the text after the sign-off: the sign-off no longer covers it.
    p = structuredClone(p);
    p.framework.sections[0].title.en.text += ' (revised)';
    const edited = finalGate(input());
    expect(edited).toMatchObject({ allowed: false, signOff: null });
    expect(edited.items.find((i) => i.requirement === 'signOff')!.met).toBe(false);
  });
});
