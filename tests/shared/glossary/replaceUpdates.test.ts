import { describe, expect, it } from 'vitest';
import { termUpdatesAfterReplace } from '../../../shared/glossary/replaceUpdates';
import type { GlossaryTerm } from '../../../shared/model/glossary';
import type { SearchMatch, SearchQuery } from '../../../shared/search/findReplace';

const glossary: GlossaryTerm[] = [
  { id: 'envoys', en: 'Green Envoys Program', zh: '绿色使者计划' },
  { id: 'forum', en: 'ASEAN-China Environmental Cooperation Forum', zh: '中国－东盟环境合作论坛', acronym: 'CAECF' },
];
const match = (lang: 'en' | 'zh', text: string): SearchMatch => ({ elementId: 'x', kind: 'paragraph', field: 'text', lang, start: 0, end: 1, text });

describe('glossary entries a replace-all changes', () => {
  it('proposes the English of a term used in a changed text, with the same replacement', () => {
    const q: SearchQuery = { text: 'Program', wholeWord: true, langs: ['en'] };
    const ups = termUpdatesAfterReplace(glossary, [match('en', 'the green envoys program runs')], q, 'Programme');
    expect(ups.map((u) => [u.term.id, u.next.en, u.langs])).toEqual([['envoys', 'Green Envoys Programme', ['en']]]);
  });

  it('proposes a new agreed Chinese and keeps the old one as a variant not to use', () => {
    const q: SearchQuery = { text: '绿色使者计划', langs: ['zh'] };
    const [u] = termUpdatesAfterReplace(glossary, [match('zh', '开展绿色使者计划')], q, '绿色使者项目');
    expect(u.next).toEqual({ id: 'envoys', en: 'Green Envoys Program', zh: '绿色使者项目', variants: ['绿色使者计划'] });
  });

  it('proposes nothing for a term the changed texts do not use, or words the term does not contain', () => {
    expect(termUpdatesAfterReplace(glossary, [match('en', 'a program of work')], { text: 'Program', langs: ['en'] }, 'Programme')).toEqual([]);
    expect(termUpdatesAfterReplace(glossary, [match('en', 'the Green Envoys Program')], { text: 'Green', langs: ['zh'] }, 'Blue')).toEqual([]);
    expect(termUpdatesAfterReplace(glossary, [match('en', 'Forum held')], { text: 'held', langs: ['en'] }, 'convened')).toEqual([]);
  });
});
