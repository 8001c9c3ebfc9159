import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../../shared/checks/registry';
import { builtin } from './helpers';

/**
 * The published 2021-2025 edition, checked. Every finding below was verified against the
 * reference text (tests/fixtures/reference-2021-2025.txt). The English-side findings are
 * asserted exactly; findings in Chinese and bilingual parity are not (the Chinese is a working
 * translation that changes), only that the translation adds no error.
 */
describe('the built-in 2021-2025 edition', () => {
  const findings = findingsOf(builtin());
  const english = findings.filter((f) => f.family !== 'bilingual' && f.family !== 'review' && f.lang !== 'zh').map((f) => `${f.code} ${f.elementIds.join(',')} ${f.field ?? '-'} ${f.lang ?? '-'}`);

  it('finds exactly the known inconsistencies of the published text', () => {
    expect(english).toEqual([
      'name-list-mismatch s4-l1-i2,c2 text en',
      'name-focus-mismatch ap-c1,c1 focus en',
      'name-focus-mismatch ap-c2,c2 focus en',
      'name-variant #metadata,s4-p1 - en',
      'name-variant #publisher,n1 - en',
      'name-variant s2.1-p1,annex-a1-e2 - en',
      'name-variant s2.1-p3,n1 - en',
      'name-variant s2.2-l1-i3,annex-a4-e4 - en',
      'name-variant s2.2-l1-i5,annex-a8-e1 - en',
      'name-variant c4-p1,ap-c4-a2-x2 - en',
      'name-variant ap-c4-a1-x1,annex-a4-e5 - en',
      'label-pattern ap-c3-a1-x3 - -',
      'label-pattern ap-c4-a1-x1 - -',
      'schedule-reversed ap-c2-a1-x1 schedule en',
      'schedule-outside-period ap-c2-a1-x2 schedule en',
      'schedule-outside-period ap-c2-a2-x1 schedule en',
      'schedule-outside-period ap-c2-a2-x2 schedule en',
      'schedule-outside-period ap-c2-a3-x1 schedule en',
      'schedule-outside-period ap-c2-a3-x2 schedule en',
      'schedule-launch-before-range ap-c3-a1-x1 schedule en',
      'schedule-launch-before-range ap-c3-a2-x1 schedule en',
      'schedule-launch-before-range ap-c4-a2-x2 schedule en',
      'coverage-proposed ap-c1-a1-x1 text -',
      'coverage-proposed ap-c1-a1-x2 text -',
      'coverage-untraced ap-c1-a1-x3 text -',
      'coverage-proposed ap-c1-a1-x4 text -',
      'coverage-proposed ap-c1-a2-x1 text -',
      'coverage-uncovered c1-m3,c1 text -',
      'coverage-uncovered c1-m5,c1 text -',
      'coverage-proposed ap-c2-a1-x1 text -',
      'coverage-proposed ap-c2-a1-x2 text -',
      'coverage-proposed ap-c2-a1-x3 text -',
      'coverage-proposed ap-c2-a2-x1 text -',
      'coverage-proposed ap-c2-a2-x2 text -',
      'coverage-untraced ap-c2-a3-x1 text -',
      'coverage-proposed ap-c2-a3-x2 text -',
      'coverage-proposed ap-c3-a1-x1 text -',
      'coverage-proposed ap-c3-a1-x2 text -',
      'coverage-proposed ap-c3-a1-x3 text -',
      'coverage-proposed ap-c3-a2-x1 text -',
      'coverage-proposed ap-c3-a2-x2 text -',
      'coverage-untraced ap-c3-a2-x3 text -',
      'coverage-proposed ap-c4-a1-x1 text -',
      'coverage-proposed ap-c4-a2-x1 text -',
      'coverage-proposed ap-c4-a2-x2 text -',
      'annex-outside-period annex-a5-e5 time -',
      'annex-out-of-order annex-a7-e25,annex-a7-e26 - -',
      'annex-likely-duplicate annex-a2-e1,annex-a7-e4 - -',
      'annex-likely-duplicate annex-a6-e4,annex-a7-e15 - -',
    ]);
  });

  it('the draft Chinese follows the glossary everywhere; the only open threads are the translator\'s queries on the source', () => {
    // Every field whose English uses a glossary term has the agreed Chinese term (or, where the
    // English uses the acronym alone, its short form): the translation was written to the glossary.
    expect(findings.filter((f) => f.family === 'terminology').map((f) => f.key)).toEqual([]);
    // Source-text errors the translation cannot resolve: the reversed schedule, two spellings of a
    // city that does not exist, the old spelling of Dhaka. Each lands on the English it questions.
    expect(findings.filter((f) => f.family === 'review').map((f) => [f.elementIds[0], f.field, f.lang, f.data.authors])).toEqual([
      ['ap-c2-a1-x1', 'schedule', 'en', ['Translator']],
      ['annex-a6-e4', 'place', 'en', ['Translator']],
      ['annex-a7-e15', 'place', 'en', ['Translator']],
      ['annex-a7-e17', 'place', 'en', ['Translator']],
    ]);
  });

  it('the one error is the reversed range "2020-2015" of component 2, activity 1-1', () => {
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.elementIds[0], f.data.text])).toEqual([['schedule-reversed', 'ap-c2-a1-x1', '2020-2015, to be launched in 2020 (planned)']]);
  });

  it('names each finding by an element that exists, with a field that element has', async () => {
    const { indexElements } = await import('../../../shared/model/elements');
    const index = indexElements(builtin().framework);
    for (const f of findings) {
      for (const id of f.elementIds) expect(index.has(id), `${f.key}: ${id}`).toBe(true);
      if (f.field) expect(index.get(f.elementIds[0])!.fields.map((x) => x.name), f.key).toContain(f.field);
    }
  });

  it('keys are unique', () => {
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });
});
