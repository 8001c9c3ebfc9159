import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cloneJson } from '../../../shared/model/clone';
import { GlossaryTermSchema, glossaryUsage, type GlossaryTerm } from '../../../shared/model/glossary';
import { ProjectSchema, type Project } from '../../../shared/model/project';

/** glossaryUsage: where the English uses a term and whether the Chinese of that field follows the glossary. */

const project: Project = ProjectSchema.parse(
  JSON.parse(readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')),
);

const term = (t: Partial<GlossaryTerm> & Pick<GlossaryTerm, 'en' | 'zh'>): GlossaryTerm => GlossaryTermSchema.parse({ id: 't', ...t });

describe('glossaryUsage', () => {
  it('reports a field whose Chinese drifts from the agreed term, and only that field', () => {
    const fw = cloneJson(project.framework);
    const caec = [term({ id: 'caec', en: 'China-ASEAN Environmental Cooperation Center', zh: '中国－东盟环境保护合作中心', acronym: 'CAEC', short: '中国－东盟环保合作中心' })];
    expect(glossaryUsage(fw, caec)[0].fields.every((f) => f.zhHasTerm)).toBe(true);

    // A translator writes a different name for CAEC in note 1 (full name in the English).
    const note = fw.notes.items[0];
    note.text.zh.text = note.text.zh.text.replace('中国－东盟环境保护合作中心', '中国东盟环境合作中心');
    const usage = glossaryUsage(fw, caec)[0].fields;
    expect(usage.filter((f) => !f.zhHasTerm)).toEqual([
      { elementId: 'n1', field: 'text', path: ['framework', 'notes', 'items', 0, 'text'], match: 'term', zhHasTerm: false },
    ]);
  });

  it('matches the English across the published spellings: hyphen spacing, emphasis, plural, a year run on', () => {
    const fw = project.framework;
    const [eisp, forum, wetland] = glossaryUsage(fw, [
      term({ en: 'ASEAN-China Environmental Information Sharing Platform', zh: '中国－东盟环境信息共享平台' }),
      term({ en: 'ASEAN-China Environmental Cooperation Forum', zh: '中国－东盟环境合作论坛' }),
      term({ en: 'coastal wetland', zh: '滨海湿地' }),
    ]);
    // "“ASEAN- China Environmental Information Sharing Platform”" in annex row 2 of area 1.
    expect(eisp.fields.map((f) => f.elementId)).toContain('annex-a1-e2');
    // "ASEAN-China Environmental Cooperation Forum2019" (as printed, no space).
    expect(forum.fields.map((f) => f.elementId)).toContain('annex-a1-e1');
    // "Coastal Wetlands" in the annex title of the 2016 forum.
    expect(wetland.fields.map((f) => f.elementId)).toContain('annex-a4-e4');
  });

  it('matches an acronym used alone, case-sensitively and as a whole word, and accepts its short form in the Chinese', () => {
    const fw = project.framework;
    const [un, caec] = glossaryUsage(fw, [
      term({ en: 'United Nations', zh: '联合国', acronym: 'UN' }),
      term({ en: 'China-ASEAN Environmental Cooperation Center', zh: '中国－东盟环境保护合作中心', acronym: 'CAEC', short: '中国－东盟环保合作中心' }),
    ]);
    // "UN" alone (s1-p1: "the UN Sustainable Development Summit"), never inside "UNEP" or "UNEA-4".
    expect(un.fields.find((f) => f.elementId === 's1-p1')).toMatchObject({ match: 'acronym', zhHasTerm: true });
    const changed = cloneJson(fw);
    changed.annex.areas[3].entries[4].text.en.text = 'Regional ABS Sharing Seminar with the UNEP Asian Pacific Office and UNEA-4';
    expect(glossaryUsage(changed, [un.term])[0].fields.map((f) => f.elementId)).not.toContain('annex-a4-e5');
    expect(un.fields.map((f) => f.elementId)).toContain('annex-a4-e5');
    // "CAECF" is not "CAEC"; section 5.1 item 3 names CAEC by acronym only and the Chinese writes its short form.
    const caecIds = caec.fields.map((f) => f.elementId);
    expect(caecIds).toContain('s5.1-l1-i3');
    expect(caec.fields.find((f) => f.elementId === 's5.1-l1-i3')).toMatchObject({ match: 'acronym', zhHasTerm: true });
    expect(caecIds).not.toContain('s2.2-l1-i1');
  });

  it('counts an empty Chinese as not following the glossary', () => {
    const fw = cloneJson(project.framework);
    fw.components[3].mainActivities[1].text.zh = { text: '', status: 'missing' };
    const [cbd] = glossaryUsage(fw, [term({ en: 'Convention on Biological Diversity', zh: '生物多样性公约' })]);
    expect(cbd.fields.find((f) => f.elementId === 'c4-m2')).toMatchObject({ zhHasTerm: false });
  });

  it('rejects a glossary term without Chinese or with a malformed id', () => {
    expect(GlossaryTermSchema.safeParse({ id: 'x', en: 'ASEAN', zh: '' }).success).toBe(false);
    expect(GlossaryTermSchema.safeParse({ id: 'bad id', en: 'ASEAN', zh: '东盟' }).success).toBe(false);
  });
});
