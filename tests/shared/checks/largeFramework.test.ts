import { describe, expect, it } from 'vitest';
import { createChecker, findingsOf, ruleChecker } from '../../../shared/checks/registry';
import { aggregate, checkFieldParity, bilingualRule } from '../../../shared/checks/rules/bilingual';
import { AcronymCache } from '../../../shared/checks/acronyms';
import { TokenMemo, contentTokens, cosine, packedCosine, packedTfidfVectors, tfidfVectors } from '../../../shared/checks/text';
import { forEachField } from '../../../shared/checks/walk';
import type { BiText } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { applyPatch, type Patch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { builtin } from './helpers';

/**
 * The checker on the generated ten-times framework, where its memos (per text, per part of the
 * document, per position) do most of their work: the findings are those the straightforward
 * code gives, and a checker that remembers agrees with a fresh one after edits of every kind.
 */
describe('the checker on the ten-times framework', () => {
  const big = generateLargeFramework(builtin(), { scale: 10 });
  const findings = findingsOf(big);

  it('finds what the checker found before it remembered per text and per position (counts per code)', () => {
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
    // Counted with the checker as it was before the optimisation (commit afa17e3). Since the
    // revised Chinese of section 4 counts "四个组成部分" as the English counts "four components",
    // the forty generated components contradict the count in both languages (2).
    expect(counts).toEqual({
      'name-list-mismatch': 4,
      'name-list-count': 1,
      'name-focus-mismatch': 40,
      'name-count-word': 2,
      'name-variant': 8,
      'schedule-outside-period': 484,
      'coverage-untraced': 130,
      'coverage-proposed': 470,
      'coverage-uncovered': 30,
      'annex-out-of-order': 110,
      'annex-outside-period': 24,
      'annex-likely-duplicate': 835,
      'bilingual-list-length': 1024,
      'bilingual-missing': 600,
    });
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it('bilingual parity, aggregated per part, equals the plain aggregation over every field', () => {
    const fields: Array<{ id: string; field: FieldName; value: BiText }> = [];
    forEachField(big.framework, (id, _kind, field, value) => fields.push({ id, field, value }));
    const reference = aggregate(fields.map((f) => checkFieldParity(f.id, f.field, f.value)));
    const rule = ruleChecker(bilingualRule);
    expect(rule.check(big.framework, big)).toEqual(reference);
    expect(reference.length).toBe(1624);
  });

  it('packed TF-IDF cosines equal the Map-based ones to the last bit, for every component', () => {
    const fw = big.framework;
    const memo = new TokenMemo();
    let compared = 0;
    fw.components.forEach((c, i) => {
      const plan = fw.actionPlan.components[i];
      const docs = [...c.mainActivities.map((m) => memo.get(m.text)), ...plan.actions.flatMap((a) => a.activities.map((x) => [...memo.get(x.text), ...memo.get(a.title)]))];
      const maps = tfidfVectors(docs);
      const packed = packedTfidfVectors(docs);
      for (let a = 0; a < docs.length; a++) {
        for (let b = 0; b < docs.length; b++) {
          expect(packedCosine(packed[a], packed[b])).toBe(cosine(maps[a], maps[b]));
          compared++;
        }
      }
    });
    expect(compared).toBeGreaterThan(10_000);
  });

  it('tokens remembered per text are the tokens of the text', () => {
    const acronyms = new AcronymCache().get(big.framework);
    const memo = new TokenMemo();
    forEachField(big.framework, (_id, _kind, _field, value) => {
      expect(memo.get(value, acronyms)).toEqual(contentTokens(value.en.text, acronyms));
    });
  });

  it('a checker that remembers agrees with a fresh one after typing, inserting, removing and moving', () => {
    const activity: Array<string | number> = ['framework', 'actionPlan', 'components', 17, 'actions', 1, 'activities'];
    const entries: Array<string | number> = ['framework', 'annex', 'areas', 9, 'entries'];
    const at = (p: Project, path: Array<string | number>): unknown => path.reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], p);
    const edits: Array<(p: Project) => Patch> = [
      () => ({ op: 'replace', path: [...activity, 2, 'text', 'en', 'text'], value: 'Joint research on marine plastics (TODO) 2040' }),
      () => ({ op: 'replace', path: [...entries, 40, 'text', 'en', 'text'], value: 'x' }),
      // A copy of another month's entry: a new likely duplicate.
      (p) => ({ op: 'replace', path: [...entries, 40], value: { ...(at(p, [...entries, 3]) as object), id: 'copy-of-3' } }),
      () => ({ op: 'replace', path: ['framework', 'components', 23, 'mainActivities', 1, 'text', 'en', 'text'], value: 'Plastics research' }),
      (p) => ({ op: 'insert', path: activity, index: 1, value: { ...(at(p, [...activity, 0]) as object), id: 'new-activity' } }),
      () => ({ op: 'remove', path: activity, index: 3 }),
      () => ({ op: 'move', path: ['framework', 'annex', 'areas'], from: 2, to: 7 }),
      () => ({ op: 'remove', path: ['framework', 'components', 23, 'mainActivities'], index: 0 }),
      () => ({ op: 'replace', path: ['framework', 'components', 5, 'title', 'zh', 'text'], value: '' }),
    ];
    const checker = createChecker();
    let p = big;
    checker.check(p);
    for (const edit of edits) {
      p = applyPatch(p, edit(p)).result;
      expect(checker.check(p)).toEqual(findingsOf(p));
    }
  });
});
