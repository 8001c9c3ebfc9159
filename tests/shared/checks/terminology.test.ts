import { describe, expect, it } from 'vitest';
import { applyWaivers, createChecker, findingsOf } from '../../../shared/checks/registry';
import { cloneJson } from '../../../shared/model/clone';
import type { GlossaryTerm } from '../../../shared/model/glossary';
import { applyPatch, type Patch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import { builtin } from './helpers';

/** The terminology rule on the built-in edition, whose draft Chinese follows its glossary. */

const terminology = (p: Project) => findingsOf(p).filter((f) => f.family === 'terminology');

/** The built-in project with `edit` applied to a copy. */
function changed(edit: (p: Project) => void): Project {
  const p = cloneJson(builtin());
  edit(p);
  return p;
}

const noteZh = (p: Project) => p.framework.notes.items[0].text.zh;

describe('terminology rule', () => {
  it('finds nothing in the built-in edition: its Chinese uses the agreed term wherever the English uses one', () => {
    expect(terminology(builtin())).toEqual([]);
  });

  it('term-not-used: the Chinese of note 1 names CAEC another way; the finding says which term and what the glossary wants', () => {
    const p = changed((q) => (noteZh(q).text = noteZh(q).text.replace('中国－东盟环境保护合作中心', '中国东盟环境合作中心')));
    expect(terminology(p)).toEqual([
      {
        code: 'term-not-used',
        severity: 'info',
        family: 'terminology',
        elementIds: ['n1'],
        field: 'text',
        lang: 'zh',
        data: { termId: 'caec', term: 'China-ASEAN Environmental Cooperation Center', zh: '中国－东盟环境保护合作中心', accepted: ['中国－东盟环境保护合作中心'] },
        key: 'term-not-used|n1|text|zh|caec',
      },
    ]);
    // "China-ASEAN" inside the centre's name is governed by the name: no second finding for it,
    // although the new Chinese lacks 中国－东盟 too.
  });

  it('term-variant: the Chinese of note 1 gives the ministry its name before 2018, which the glossary lists as a variant', () => {
    const p = changed((q) => (noteZh(q).text = noteZh(q).text.replace('生态环境部', '环境保护部')));
    expect(terminology(p)).toMatchObject([
      {
        code: 'term-variant',
        severity: 'warning',
        elementIds: ['n1'],
        field: 'text',
        lang: 'zh',
        data: { termId: 'mee', term: 'Ministry of Ecology and Environment', zh: '生态环境部', variant: '环境保护部' },
        key: 'term-variant|n1|text|zh|mee',
      },
    ]);
  });

  it('term-variant: "东盟－中国" in English word order, written with any hyphen', () => {
    const p = changed((q) => {
      const zh = q.framework.annex.areas[6].entries[7].text.zh;
      expect(zh.text).toBe('中国－东盟水污染控制能力建设活动');
      zh.text = '东盟-中国水污染控制能力建设活动';
    });
    expect(terminology(p).map((f) => [f.key, f.data.variant, f.data.zh])).toEqual([['term-variant|annex-a7-e8|text|zh|asean-china', '东盟－中国', '中国－东盟']]);
  });

  it('term-variant of a longer name, when what the Chinese lacks is the variant of a term inside it', () => {
    const p = changed((q) => {
      const zh = q.framework.actionPlan.components[0].actions[0].activities[1].text.zh;
      expect(zh.text).toBe('中国－东盟环境合作论坛（包括部长级对话）');
      zh.text = '东盟－中国环境合作论坛（包括部长级对话）';
    });
    expect(terminology(p).map((f) => [f.key, f.data.term, f.data.variant, f.data.zh])).toEqual([
      ['term-variant|ap-c1-a1-x2|text|zh|caecf', 'ASEAN-China Environmental Cooperation Forum', '东盟－中国', '中国－东盟环境合作论坛'],
    ]);
  });

  it('no variant finding while the agreed term is also there (the variant may be about something else)', () => {
    const p = changed((q) => (noteZh(q).text += '（原环境保护部）'));
    expect(terminology(p)).toEqual([]);
  });

  it('an acronym used alone may be written by its short form; dropping it and the Chinese name is reported, naming the acronym', () => {
    const item = (q: Project) => q.framework.sections[4].subsections[0].blocks[0];
    const kept = changed((q) => {
      const b = item(q);
      if (b.type !== 'list') throw new Error('section 5.1 starts with a list');
      expect(b.items[2].id).toBe('s5.1-l1-i3');
    });
    expect(terminology(kept)).toEqual([]);
    const dropped = changed((q) => {
      const b = item(q);
      if (b.type !== 'list') throw new Error('section 5.1 starts with a list');
      expect(b.items[2].text.zh.text).toContain('中国－东盟环保合作中心');
      b.items[2].text.zh.text = b.items[2].text.zh.text.replaceAll('中国－东盟环保合作中心', '该中心');
    });
    expect(terminology(dropped)).toMatchObject([
      {
        code: 'term-not-used',
        elementIds: ['s5.1-l1-i3'],
        data: { termId: 'caec', term: 'CAEC', accepted: ['中国－东盟环境保护合作中心', '中国－东盟环保合作中心', 'CAEC'] },
      },
    ]);
  });

  it('a short form agreed in the glossary stands for the acronym, not for the full name', () => {
    // Both spellings of the centre's English name carry the short form.
    const withoutShort = (q: Project) => {
      const spellings = q.glossary.filter((t) => t.acronym === 'CAEC');
      expect(spellings.map((t) => t.short)).toEqual(['中国－东盟环保合作中心', '中国－东盟环保合作中心']);
      for (const t of spellings) delete t.short;
    };
    // Where the English names CAEC by acronym only, the Chinese writes the short form.
    const noShort = changed(withoutShort);
    expect(terminology(noShort).map((f) => `${f.code} ${f.data.termId} ${f.elementIds.join()}`)).toEqual(
      ['s2.2-l1-i3', 's5.1-l1-i2', 's5.1-l1-i3', 's5.2-p2', 'n2'].map((id) => `term-not-used caec ${id}`),
    );
    const shortForFull = changed((q) => (noteZh(q).text = noteZh(q).text.replace('中国－东盟环境保护合作中心', '中国－东盟环保合作中心')));
    expect(terminology(shortForFull)).toMatchObject([{ code: 'term-not-used', elementIds: ['n1'], data: { termId: 'caec' } }]);
  });

  it('skips a field whose Chinese is empty: the bilingual rule reports it as untranslated', () => {
    const p = changed((q) => (q.framework.notes.items[0].text.zh = { text: '', status: 'missing' }));
    expect(terminology(p)).toEqual([]);
    expect(findingsOf(p).filter((f) => f.code === 'bilingual-missing').map((f) => f.elementIds[0])).toEqual(['n1']);
  });

  it('two English spellings of one body in one field are one finding; two bodies are two, waived one at a time', () => {
    const p = changed((q) => {
      q.framework.notes.items[0].text = {
        en: { text: 'The ASEAN Centre for Biodiversity (ACB, also ASEAN Center for Biodiversity) and the ASEAN Secretariat', status: 'draft' },
        zh: { text: '该中心与秘书处', status: 'draft' },
      };
    });
    const found = terminology(p);
    expect(found.map((f) => f.key)).toEqual(['term-not-used|n1|text|zh|acb', 'term-not-used|n1|text|zh|asean-secretariat']);
    const result = applyWaivers(found, [{ key: found[0].key, reason: 'paraphrased on purpose', at: '2026-01-01T00:00:00Z' }]);
    expect(result.active.map((f) => f.data.termId)).toEqual(['asean-secretariat']);
  });

  it('reads nothing without a glossary', () => {
    const p = changed((q) => {
      noteZh(q).text = '无关的文字';
      q.glossary = [];
    });
    expect(terminology(p)).toEqual([]);
  });

  it('a checker that remembers agrees with a fresh one as the Chinese, the English and the glossary change', () => {
    const zh: Array<string | number> = ['framework', 'notes', 'items', 0, 'text', 'zh', 'text'];
    const en: Array<string | number> = ['framework', 'notes', 'items', 0, 'text', 'en', 'text'];
    const glossaryZh = (p: Project, id: string, value: string): Patch => ({
      op: 'replace',
      path: ['glossary', p.glossary.findIndex((t) => t.id === id), 'zh'],
      value,
    });
    const edits: Array<(p: Project) => Patch> = [
      // Note 1 names CAEC, US dollars, ASEAN-China and the ministry; this Chinese has none of them.
      () => ({ op: 'replace', path: zh, value: '中国东盟环境合作中心' }),
      () => ({ op: 'replace', path: en, value: 'Workshops and seminars on marine litter' }),
      () => ({ op: 'replace', path: zh, value: '海洋垃圾研讨会' }),
      // The glossary changes its mind: every field using the term is judged again.
      (p) => glossaryZh(p, 'marine-litter', '海洋废弃物'),
      (p) => glossaryZh(p, 'workshop', '研讨会'),
      () => ({ op: 'replace', path: ['glossary'], value: [] }),
      () => ({ op: 'replace', path: ['glossary'], value: cloneJson(builtin().glossary) }),
      (p) => ({
        op: 'replace',
        path: ['framework', 'components', 3, 'mainActivities', 1, 'text', 'zh', 'text'],
        value: p.framework.components[3].mainActivities[1].text.zh.text.replaceAll('生物多样性公约', '生物多样性协定'),
      }),
      () => ({ op: 'replace', path: en, value: 'the Ministry of Ecology and Environment' }),
      () => ({ op: 'replace', path: zh, value: '环境保护部' }),
    ];
    const checker = createChecker();
    let p = builtin();
    checker.check(p);
    const seen = new Set<string>();
    for (const edit of edits) {
      p = applyPatch(p, edit(p)).result;
      const remembered = checker.check(p);
      expect(remembered).toEqual(findingsOf(p));
      for (const f of remembered) if (f.family === 'terminology') seen.add(`${f.code} ${f.data.termId}`);
    }
    // The sequence does reach findings of both codes (else the comparison proves little).
    expect([...seen].sort()).toEqual(
      ['asean-china', 'caec', 'cbd', 'marine-litter', 'mee', 'seminar', 'usd', 'workshop'].map((t) => `term-not-used ${t}`).concat('term-variant mee').sort(),
    );
  });

  it('a glossary that crossed IPC (equal, all new objects) is not a new glossary', () => {
    const checker = createChecker();
    const p = changed((q) => (noteZh(q).text = '中国东盟环境合作中心'));
    const first = checker.check(p);
    const copy: Project = { ...p, glossary: JSON.parse(JSON.stringify(p.glossary)) as GlossaryTerm[] };
    // The same per-field findings (objects) come back: nothing was judged again.
    const again = checker.check(copy).filter((f) => f.family === 'terminology');
    expect(again).toEqual(first.filter((f) => f.family === 'terminology'));
    expect(again[0]).toBe(first.find((f) => f.family === 'terminology'));
  });
});
