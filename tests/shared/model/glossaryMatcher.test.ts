import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../shared/model/glossary';
import {
  GlossaryMatcher,
  GlossaryMatcherCache,
  normaliseEnglish,
  normaliseEnglishKeepCase,
  outermost,
  type TermMatchKind,
  type TermOccurrence,
} from '../../../shared/model/glossaryMatcher';
import { forEachField } from '../../../shared/checks/walk';
import { generateLargeFramework } from '../../../shared/model/generate/largeFramework';
import { builtin } from '../checks/helpers';

/**
 * The one-pass glossary matcher against the straightforward definition it replaces: one regular
 * expression per term, tried on every text (the code glossaryUsage had before).
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Per term index, how the text uses it ('term' wins over 'acronym'), by one regular expression per term. */
function reference(glossary: readonly GlossaryTerm[], english: string): Map<number, TermMatchKind> {
  const lower = normaliseEnglish(english);
  const out = new Map<number, TermMatchKind>();
  glossary.forEach((t, i) => {
    if (new RegExp(`(?<![a-z])${escape(normaliseEnglish(t.en))}(?:e?s)?(?![a-z])`).test(lower)) out.set(i, 'term');
    else if (t.acronym && new RegExp(`(?<![A-Za-z])${escape(t.acronym)}(?![A-Za-z])`).test(english)) out.set(i, 'acronym');
  });
  return out;
}

function fast(matcher: GlossaryMatcher, english: string): Map<number, TermMatchKind> {
  const out = new Map<number, TermMatchKind>();
  for (const o of matcher.occurrences(english)) if (out.get(o.term) !== 'term') out.set(o.term, o.kind);
  return out;
}

const sorted = (m: Map<number, TermMatchKind>) => [...m].sort((a, b) => a[0] - b[0]);

const project = builtin();
const glossary = project.glossary;
const matcher = new GlossaryMatcher(glossary);

describe('GlossaryMatcher', () => {
  it('finds exactly the terms one regular expression per term finds, in every English text of the ten-times framework', () => {
    const big = generateLargeFramework(project, { scale: 10 });
    let texts = 0;
    let uses = 0;
    forEachField(big.framework, (_id, _kind, _field, value) => {
      const found = fast(matcher, value.en.text);
      expect(sorted(found), value.en.text).toEqual(sorted(reference(glossary, value.en.text)));
      texts++;
      uses += found.size;
    });
    expect(texts).toBeGreaterThan(3000);
    expect(uses).toBeGreaterThan(3000);
  });

  it('agrees with the regular expressions on made-up text: spacing, hyphens, case, plurals, emphasis, digits', () => {
    // Pieces of the glossary's own words, so that terms, near-misses and nested terms all occur.
    const words = [...new Set(glossary.flatMap((t) => [...t.en.split(/[\s-]+/), ...(t.acronym ? [t.acronym] : [])]))];
    const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom('', 's', 'es', 'x', '2019'), fc.constantFrom('as is', 'upper', 'lower', 'emphasis'));
    const separator = fc.constantFrom(' ', '  ', '-', ' - ', '–', ', ', ' (', ') ', '2020 ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts
          .map(([[w, tail, form], sep]) => {
            const base = form === 'upper' ? (w + tail).toUpperCase() : form === 'lower' ? (w + tail).toLowerCase() : w + tail;
            return (form === 'emphasis' ? `*${base}*` : base) + sep;
          })
          .join('');
        expect(sorted(fast(matcher, text))).toEqual(sorted(reference(glossary, text)));
      }),
      { numRuns: 400 },
    );
  });

  it('reports where each use is: the term (plural included) between non-letters of the normalised text', () => {
    const text = 'Workshops on *Marine  Litter* and the ASEAN - China Environmental Cooperation Forum2019 (CAECF)';
    const norm = normaliseEnglishKeepCase(text);
    const at = matcher.occurrences(text).map((o) => `${glossary[o.term].id}:${o.kind}:${norm.slice(o.start, o.end)}`);
    expect(at).toEqual([
      'workshop:term:Workshops',
      'marine-litter:term:Marine Litter',
      'asean-china:term:ASEAN-China',
      'caecf:term:ASEAN-China Environmental Cooperation Forum',
      'asean:acronym:ASEAN',
      'caecf:acronym:CAECF',
    ]);
  });

  it('outermost keeps the longest use where uses nest: the forum, not "ASEAN-China" or "ASEAN" inside it', () => {
    const uses = outermost(matcher.occurrences('the ASEAN-China Environmental Cooperation Forum and ASEAN'));
    expect(uses.map((o) => `${glossary[o.term].id}:${o.kind}`)).toEqual(['caecf:term', 'asean:acronym']);
  });

  it('outermost, sorting only uses out of order and without a work array, keeps what a stable sort by start, longest first, keeps', () => {
    const reference = (list: readonly TermOccurrence[]) => {
      const sortedUses = list.slice().sort((a, b) => a.start - b.start || b.end - a.end);
      let maxEnd = -1;
      let maxEndStart = -1;
      return sortedUses.filter((o) => {
        if (o.end > maxEnd) {
          maxEnd = o.end;
          maxEndStart = o.start;
          return true;
        }
        return !(o.end < maxEnd || maxEndStart < o.start);
      });
    };
    const use = fc.record({ term: fc.nat(5), kind: fc.constantFrom<'term' | 'acronym'>('term', 'acronym'), start: fc.nat(12), length: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(use, { maxLength: 10 }), (raw) => {
        const list: TermOccurrence[] = raw.map(({ term, kind, start, length }) => ({ term, kind, start, end: start + length }));
        expect(outermost(list)).toEqual(reference(list));
      }),
      { numRuns: 500 },
    );
  });

  it('lists uses by where they start, terms before acronyms at one place, as a stable sort of the two lists would', () => {
    for (const text of ['ASEAN-China Environmental Cooperation Forum (CAECF) and ASEAN', 'CAECF, ASEAN and the ASEAN-China Environmental Cooperation Forum', 'ASEAN ASEAN-China']) {
      const uses = matcher.occurrences(text);
      const terms = uses.filter((u) => u.kind === 'term');
      const acronyms = uses.filter((u) => u.kind === 'acronym');
      expect(uses).toEqual([...terms, ...acronyms].sort((a, b) => a.start - b.start));
      expect(acronyms.length).toBeGreaterThan(0);
    }
  });

  it('matches nothing for a term whose English is only emphasis markers (it would match everywhere)', () => {
    const odd = new GlossaryMatcher([{ id: 'stars', en: '**', zh: '星' }]);
    expect(odd.occurrences('any text at all')).toEqual([]);
  });
});

describe('normaliseEnglishKeepCase', () => {
  it('skips no text that needs normalising: every character, alone or beside a space or a hyphen, as the full replacement does', () => {
    const full = (t: string) => t.replace(/\*/g, '').replace(/\s*[-\u2010-\u2013]\s*/g, '-').replace(/\s+/g, ' ');
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `a ${ch}b`, `a${ch} b`, `a-${ch}b`, `a${ch}-b`]) {
        if (normaliseEnglishKeepCase(text) !== full(text)) expect(normaliseEnglishKeepCase(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`).toBe(full(text));
      }
    }
  });
});

describe('GlossaryMatcherCache', () => {
  it('gives the same matcher for the same glossary, or an equal one in new objects, and a new one when a term changes', () => {
    const cache = new GlossaryMatcherCache();
    const first = cache.of(glossary);
    const generation = cache.generation;
    expect(cache.of(glossary)).toBe(first);
    // A project that crossed IPC: equal content, all new objects.
    expect(cache.of(structuredClone(glossary))).toBe(first);
    expect(cache.generation).toBe(generation);
    const changed = glossary.map((t) => (t.id === 'workshop' ? { ...t, zh: '工作坊' } : t));
    const second = cache.of(changed);
    expect(second).not.toBe(first);
    expect(cache.generation).toBe(generation + 1);
    expect(second.chinese[glossary.findIndex((t) => t.id === 'workshop')].zh).toBe('工作坊');
  });
});

describe('compiled matchers shared between checkers', () => {
  it('a glossary equal in every term gets the matcher compiled for it; one that differs only in an id does not (findings name terms by id)', () => {
    const a = new GlossaryMatcherCache().of(structuredClone(glossary));
    expect(new GlossaryMatcherCache().of(structuredClone(glossary))).toBe(a);
    const renamed = glossary.map((t, i) => (i === 0 ? { ...t, id: 'asean-renamed' } : t));
    const b = new GlossaryMatcherCache().of(renamed);
    expect(b).not.toBe(a);
    expect(b.glossary[0].id).toBe('asean-renamed');
  });
});
