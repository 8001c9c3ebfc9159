import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossaryFromCsv, glossaryToCsv } from '../../../shared/glossary/csv';
import { GlossaryError, addTerm, editTerm, importTerms, removeTerm } from '../../../shared/glossary/operations';
import { glossaryFromTbx, glossaryToTbx } from '../../../shared/glossary/tbx';
import { checkFramework } from '../../../shared/checks/registry';
import { GlossaryTermSchema, type GlossaryTerm } from '../../../shared/model/glossary';
import { applyPatches } from '../../../shared/model/patch/patch';
import { ProjectSchema } from '../../../shared/model/project';
import { createChecker } from '../../../shared/checks/registry';

const text = readFileSync(new URL('../../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8');
const builtin = () => ProjectSchema.parse(JSON.parse(text));

describe('glossary exchange files', () => {
  it('TBX-Basic: the built-in glossary exported and imported again is the same glossary', () => {
    const g = builtin().glossary;
    const xml = glossaryToTbx(g);
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    const back = glossaryFromTbx(xml);
    expect(back.skipped).toEqual([]);
    expect(back.terms.map((t) => GlossaryTermSchema.parse(t))).toEqual(g);
  });

  it('CSV: the built-in glossary round-trips, with a BOM for spreadsheets', () => {
    const g = builtin().glossary;
    const csv = glossaryToCsv(g);
    expect(csv.startsWith('\uFEFFid,en,zh,')).toBe(true);
    expect(glossaryFromCsv(csv).terms.map((t) => GlossaryTermSchema.parse(t))).toEqual(g);
  });

  const termArb = fc.record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    en: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== ''),
    zh: fc.constantFrom('东盟', '中国－东盟', '绿色使者计划', '生物多样性 & "引号"', '<环境>'),
    note: fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.trim() !== '' && !s.includes('\n')), { nil: undefined }),
    source: fc.option(fc.constantFrom('https://www.mee.gov.cn/', 'ACSEC 2019, p. 3'), { nil: undefined }),
  });

  it('TBX and CSV round trips hold for any terms (quotes, ampersands, angle brackets, commas)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(termArb, { selector: (t) => t.id, maxLength: 8 }), (terms) => {
        const clean = terms.map((t) => JSON.parse(JSON.stringify(t)) as GlossaryTerm);
        expect(glossaryFromTbx(glossaryToTbx(clean)).terms).toEqual(clean.map((t) => ({ ...t })));
        expect(glossaryFromCsv(glossaryToCsv(clean)).terms).toEqual(clean);
      }),
      { numRuns: 60 },
    );
  });

  it('the TBX is well-formed XML that xmllint reads', () => {
    const xml = glossaryToTbx(builtin().glossary.slice(0, 5));
    const out = execFileSync('python3', ['-c', 'import sys,xml.dom.minidom as m; d=m.parseString(sys.stdin.buffer.read()); print(len(d.getElementsByTagName("conceptEntry")))'], { input: xml }).toString().trim();
    expect(out).toBe('5');
  });

  it('reads TBX v2 (martif/termEntry/langSet/tig) as older tools write it, and names entries it skips', () => {
    const r = glossaryFromTbx(`<?xml version="1.0"?><martif type="TBX"><text><body>
      <termEntry id="e1"><langSet xml:lang="en-US"><tig><term>Green Envoys Programme</term></tig></langSet>
        <langSet xml:lang="zh-CN"><tig><term>绿色使者计划</term></tig><tig><term>绿色使者项目</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>
      <termEntry id="e2"><langSet xml:lang="en"><tig><term>No Chinese</term></tig></langSet></termEntry>
    </body></text></martif>`);
    expect(r.terms).toEqual([{ id: 'e1', en: 'Green Envoys Programme', zh: '绿色使者计划', variants: ['绿色使者项目'] }]);
    expect(r.skipped).toEqual([{ where: 'entry e2', reason: 'no Chinese term' }]);
  });

  it('refuses what is not a termbase, saying where', () => {
    expect(() => glossaryFromTbx('<tbx><text><body>')).toThrow(/Not well-formed XML: line 1/);
    expect(() => glossaryFromTbx('<html><body/></html>')).toThrow(/No TBX termbase/);
    expect(() => glossaryFromCsv('english,chinese\nA,B\n')).toThrow(/no en and zh column/);
    expect(glossaryFromCsv('en,zh\nA,\n,B\nC,丙\n')).toMatchObject({ skipped: [{ where: 'line 2', reason: 'no Chinese term' }, { where: 'line 3', reason: 'no English term' }], terms: [{ id: 'c', en: 'C', zh: '丙' }] });
  });
});

describe('glossary operations', () => {
  it('add, edit and delete are undoable patches; invalid and duplicate terms are refused', () => {
    const p = builtin();
    const n = p.glossary.length;
    const added = applyPatches(p, addTerm(p, { id: 'new-term', en: '  Blue Economy ', zh: '蓝色经济', variants: ['', '海洋经济'] }).patches);
    expect(added.result.glossary[n]).toEqual({ id: 'new-term', en: 'Blue Economy', zh: '蓝色经济', variants: ['海洋经济'] });
    expect(applyPatches(added.result, added.inverse).result.glossary).toHaveLength(n);
    expect(() => addTerm(p, { id: 'x', en: 'ASEAN-China', zh: '中国－东盟' })).toThrow(GlossaryError);
    expect(() => addTerm(p, { id: 'x', en: 'Thing', zh: '' })).toThrow(expect.objectContaining({ code: 'invalid-term', field: 'zh' }));
    const edited = applyPatches(p, editTerm(p, { ...p.glossary[0], note: 'changed' }).patches).result;
    expect(edited.glossary[0].note).toBe('changed');
    expect(applyPatches(p, removeTerm(p, p.glossary[0].id).patches).result.glossary).toHaveLength(n - 1);
  });

  it('a glossary edit changes the terminology findings', () => {
    const p = builtin();
    const checker = createChecker();
    const before = checker.check(p).filter((f) => f.family === 'terminology');
    const asean = p.glossary.find((t) => t.id === 'asean-china')!;
    // Declaring the agreed rendering a variant of a new agreed term: fields using it now get term-variant.
    const changed = applyPatches(p, editTerm(p, { ...asean, zh: '东盟－中国', variants: ['中国－东盟'] }).patches).result;
    const after = checker.check(changed).filter((f) => f.family === 'terminology');
    expect(after.filter((f) => f.code === 'term-variant').length).toBeGreaterThan(before.filter((f) => f.code === 'term-variant').length);
    expect(checkFramework).toBeTypeOf('function');
  });

  it('import merges by English: same English updates in place (id kept), new ones are added; nothing when unchanged', () => {
    const p = builtin();
    const { operation, plan } = importTerms(p, [{ ...p.glossary[0], id: 'other-id', note: 'from the NFPs' }, { id: 'asean', en: 'Brand New', zh: '全新' }]);
    expect(plan.updated.map((t) => t.id)).toEqual([p.glossary[0].id]);
    expect(plan.added.map((t) => t.id)).toEqual(['asean-2']);
    const r = applyPatches(p, operation.patches).result;
    expect(r.glossary[0].note).toBe('from the NFPs');
    expect(importTerms(p, p.glossary).operation.patches).toEqual([]);
  });
});
