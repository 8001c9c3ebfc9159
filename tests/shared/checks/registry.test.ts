import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FindingSchema, findingKey } from '../../../shared/checks/finding';
import { messageOf } from '../../../shared/checks/messages';
import { ALL_CODES, applyWaivers, countByElement, createChecker, findingsOf } from '../../../shared/checks/registry';
import { shareStructure } from '../../../shared/checks/shareStructure';
import { applyPatch, type Patch } from '../../../shared/model/patch/patch';
import { addComment } from '../../../shared/review/operations';
import { builtin } from './helpers';

const locale = (lang: 'en' | 'zh') =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../renderer/i18n/locales/${lang}.json`, import.meta.url)), 'utf8')) as {
    findings: { codes: Record<string, string> };
  };

describe('registry', () => {
  it('codes are stable: scripts and waivers refer to them', () => {
    expect([...ALL_CODES.keys()].sort()).toEqual(
      [
        'activity-carried-over', 'annex-likely-duplicate', 'annex-number-duplicate', 'annex-number-gap', 'annex-number-pattern', 'annex-out-of-order',
        'annex-outside-period', 'annex-time-unreadable', 'bilingual-acronyms', 'bilingual-list-length', 'bilingual-missing',
        'bilingual-numbers', 'bilingual-stale', 'bilingual-untranslated', 'content-empty', 'content-placeholder',
        'coverage-proposed', 'coverage-trace-invalid', 'coverage-uncovered', 'coverage-untraced', 'label-duplicate',
        'label-in-text', 'label-pattern', 'label-position', 'name-count-word', 'name-focus-mismatch', 'name-list-count',
        'name-list-mismatch', 'name-reference-missing', 'name-variant', 'objective-unserved', 'plan-component-duplicate',
        'plan-component-missing', 'plan-component-unknown', 'plan-order', 'schedule-duplicate-year', 'schedule-empty',
        'schedule-launch-after-range', 'schedule-launch-after-start', 'schedule-launch-before-range', 'schedule-launch-conflict',
        'schedule-outside-period', 'schedule-reversed', 'schedule-unordered-years', 'schedule-unreadable',
        'term-not-used', 'term-variant', 'comments-unresolved', 'comments-detached',
        'record-activity-nothing-recorded', 'record-event-outside-period', 'record-event-unlinked', 'record-likely-duplicate',
        'record-status-completed-no-event', 'record-status-not-started-with-event', 'record-unplanned-year',
      ].sort(),
    );
  });

  it('every code has a message in English and in Chinese, with the same placeholders', () => {
    const en = locale('en').findings.codes;
    const zh = locale('zh').findings.codes;
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of ALL_CODES.keys()) {
      expect(en[code], code).toBeTypeOf('string');
      expect(zh[code], code).toBeTypeOf('string');
      expect(vars(zh[code]), code).toEqual(vars(en[code]));
    }
  });

  it('every finding matches the schema, and its message leaves no placeholder unfilled', () => {
    const en = locale('en').findings.codes;
    const zh = locale('zh').findings.codes;
    // The built-in edition, and a copy where the glossary and review rules have something to say.
    let p = builtin();
    p.framework.notes.items[0].text.zh.text = '中国东盟环境合作中心';
    p.framework.annex.areas[6].entries[7].text.zh.text = '东盟－中国水污染控制能力建设活动';
    const author = { name: 'Dara', organisation: '', country: '', role: '' };
    for (const [id, elementId] of [['k1', 'n1'], ['k2', 'gone']]) {
      p = applyPatch(p, addComment(p, { id, author, now: '2026-02-01T09:00:00.000Z', body: 'x', anchor: { elementId, field: 'text', lang: 'en' } }).patches[0]).result;
    }
    const findings = [...findingsOf(builtin()), ...findingsOf(p)];
    for (const code of ['term-not-used', 'term-variant', 'comments-unresolved', 'comments-detached']) expect(findings.map((f) => f.code)).toContain(code);
    for (const f of findings) {
      expect(FindingSchema.parse(f)).toEqual(f);
      expect(messageOf(f, en), f.key).not.toMatch(/\{\{/);
      expect(messageOf(f, zh), f.key).not.toMatch(/\{\{/);
      expect(ALL_CODES.get(f.code)).toEqual({ severity: f.severity, family: f.family });
    }
  });

  it('waivers set findings aside by key, and count only what is left', () => {
    const findings = findingsOf(builtin());
    const key = findingKey('schedule-reversed', ['ap-c2-a1-x1'], 'schedule', 'en');
    const result = applyWaivers(findings, [{ key, reason: 'as published', at: '2026-01-01T00:00:00Z' }]);
    expect(result.waived.map((w) => w.finding.key)).toEqual([key]);
    expect(result.counts.error).toBe(0);
    expect(result.active).toHaveLength(findings.length - 1);
    expect(countByElement(result.active).get('ap-c2-a1-x2')).toEqual({ error: 0, warning: 1, info: 1 });
  });
});

describe('incremental re-check', () => {
  const project = builtin();
  // Paths of text fields of the edition to type into.
  const paths: Array<Array<string | number>> = [
    ['framework', 'actionPlan', 'components', 1, 'actions', 0, 'activities', 0, 'schedule', 'text', 'en', 'text'],
    ['framework', 'actionPlan', 'components', 0, 'focus', 'en', 'text'],
    ['framework', 'components', 1, 'title', 'en', 'text'],
    ['framework', 'components', 0, 'mainActivities', 2, 'text', 'en', 'text'],
    ['framework', 'annex', 'areas', 6, 'entries', 24, 'time', 'en', 'text'],
    ['framework', 'annex', 'areas', 5, 'entries', 3, 'place', 'en', 'text'],
    ['framework', 'notes', 'items', 0, 'text', 'zh', 'text'],
    ['framework', 'sections', 3, 'blocks', 0, 'text', 'en', 'text'],
    ['framework', 'metadata', 'period', 'end'],
  ];
  const values = ['', '2025-2021', 'TODO', 'Component 9', 'December 2012', 'Shiyuan, China', '2030', 'plastics', 'x'];

  it('a checker that remembers gives the same findings as a fresh one after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(paths.length - 1), fc.nat(values.length - 1)), { minLength: 1, maxLength: 8 }), (edits) => {
        const checker = createChecker();
        let p = project;
        checker.check(p);
        for (const [pi, vi] of edits) {
          const path = paths[pi];
          const value: unknown = path[path.length - 1] === 'end' ? 2021 + vi : values[vi];
          const patch: Patch = { op: 'replace', path, value };
          p = applyPatch(p, patch).result;
          expect(checker.check(p)).toEqual(findingsOf(p));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('after a snapshot crosses IPC, sharing restores the identity of untouched parts', () => {
    const changed = applyPatch(project, { op: 'replace', path: ['framework', 'notes', 'items', 0, 'text', 'en', 'text'], value: 'x' }).result;
    const received = JSON.parse(JSON.stringify(changed)) as typeof changed;
    const shared = shareStructure(project, received);
    expect(shared).toEqual(changed);
    expect(shared.framework.annex).toBe(project.framework.annex);
    expect(shared.framework.components).toBe(project.framework.components);
    expect(shared.framework.notes).not.toBe(project.framework.notes);
    expect(shareStructure(project, JSON.parse(JSON.stringify(project)) as typeof project)).toBe(project);
  });
});
