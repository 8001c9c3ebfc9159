import type { BiText, Language } from '../model/bilingual';
import type { Framework, Section } from '../model/framework';
import { computeLabels } from '../model/labels';
import { Emitter, decoration, runsText, textRuns } from './emit';
import { actionPlanTable, annexTable } from './tables';
import type { Block, ExportDocument, ExportOptions, HeadingBlock, Run } from './types';
import { layoutLanguages } from './types';
import { typesetBlocks, typesetLine } from './typeset';
import { DOCUMENT_WORDS, LANGUAGE_TAGS, documentDate, localizeLabel } from './vocabulary';
import { stripInlineMarkup } from '../text/inline';

/**
 * Build the export model of a framework: cover (both titles, publisher block), contents, the
 * numbered sections with their paragraphs and lists, the components, the action-plan table, the
 * notes and the annex, in the order and with the labels of the published edition.
 *
 * Pure and deterministic: the same framework and options give the same model, whatever renders it.
 */
export function buildExportModel(fw: Framework, options: ExportOptions): ExportDocument {
  const languages = layoutLanguages(options.layout);
  const labelMap = computeLabels(fw);
  const labels = (id: string): string => labelMap.get(id)?.label ?? '';
  const em = new Emitter(options.layout);

  const heading = (anchor: string, level: HeadingBlock['level'], number: ((lang: Language) => string) | null, title: BiText, extra: Partial<HeadingBlock> = {}): HeadingBlock => ({
    kind: 'heading',
    level,
    anchor,
    toc: true,
    lines: em.perLanguage((lang) => em.runs(title, lang)).map(({ runs }) => runs),
    number: number ? number(languages[0]) : null,
    keepWithNext: true,
    ...extra,
  });

  // Components, the action plan and the notes print where their anchor stands; without an anchor
  // they follow the last section, so nothing the framework holds is ever left out.
  const printed = { components: false, actionPlan: false, notes: false };
  const components = () => {
    printed.components = true;
    for (const c of fw.components) {
      const label = labels(c.id);
      em.push(heading(c.id, 3, (lang) => `${localizeLabel(label, lang)}${DOCUMENT_WORDS.labelSeparator[lang].trimEnd()}`, c.title));
      for (const p of c.paragraphs) em.paragraph('body', (lang) => em.runs(p.text, lang));
      for (const m of c.mainActivities) em.listItem((lang) => localizeLabel(labels(m.id), lang), (lang) => em.runs(m.text, lang));
    }
  };
  const actionPlan = () => {
    printed.actionPlan = true;
    em.push(actionPlanTable(em, fw, labels));
  };
  const notes = () => {
    printed.notes = true;
    if (!fw.notes.items.length) return;
    em.paragraph('noteTitle', (lang) => {
      const runs = em.runs(fw.notes.title, lang);
      return runs.length ? [...runs, decoration(DOCUMENT_WORDS.notesTitleEnd[runs[0].lang], runs)] : [];
    }, { keepWithNext: true });
    for (const n of fw.notes.items) {
      em.paragraph('note', (lang) => {
        const runs = em.runs(n.text, lang);
        return runs.length ? [decoration(`${labels(n.id)} `, runs), ...runs] : [];
      });
    }
  };

  const section = (s: Section, depth: number) => {
    const level = Math.min(depth, 2) as 1 | 2;
    em.push(heading(s.id, level, () => labels(s.id), s.title));
    for (const b of s.blocks) {
      if (b.type === 'paragraph') em.paragraph('body', (lang) => em.runs(b.text, lang));
      else if (b.type === 'list') for (const it of b.items) em.listItem((lang) => localizeLabel(labels(it.id), lang), (lang) => em.runs(it.text, lang));
      else if (b.type === 'components') components();
      else if (b.type === 'actionPlan') actionPlan();
      else notes();
    }
    for (const sub of s.subsections) section(sub, depth + 1);
  };
  for (const s of fw.sections) section(s, 1);
  if (!printed.components) components();
  if (!printed.actionPlan) actionPlan();
  if (!printed.notes) notes();

  em.push(heading(fw.annex.id, 1, null, fw.annex.title, { pageBreakBefore: true }));
  em.push(annexTable(em, fw, labels));
  const body: Block[] = typesetBlocks(em.blocks);

  const md = fw.metadata;
  const lead = languages[0];
  const inLead = (f: BiText) => (f[lead].text || f[lead === 'en' ? 'zh' : 'en'].text).trim();
  const exportDate = options.date ?? md.date ?? '';
  // A draft is dated the day it was exported; a final text carries its own date.
  const coverDate = options.stage === 'final' ? (md.date ?? exportDate) : exportDate;
  const draftWords = languages.map((l) => DOCUMENT_WORDS.draft[l]).join(' ');
  const title = stripInlineMarkup(inLead(md.title));
  return {
    layout: options.layout,
    languages,
    paper: options.paper,
    title,
    properties: {
      title,
      subject: stripInlineMarkup(inLead(md.shortTitle)),
      author: inLead(md.publisher.name),
      language: LANGUAGE_TAGS[lead],
      keywords: [md.edition, DOCUMENT_WORDS[options.stage === 'final' && md.status === 'final' ? 'statusFinal' : 'statusDraft'][lead]].filter(Boolean),
    },
    header: em.perLanguage((lang) => em.runs(md.shortTitle, lang)).map(({ runs }) => typesetLine(runs)),
    watermark: options.stage === 'draft' ? `${draftWords} ${exportDate}`.trim() : null,
    parts: [
      { kind: 'cover', blocks: typesetBlocks(cover(fw, languages, options.stage === 'draft' ? 'draft' : md.status, coverDate)) },
      { kind: 'contents', blocks: typesetBlocks([{ kind: 'toc', title: em.perLanguage((lang) => em.runs(fw.contentsTitle, lang)).map(({ runs }) => runs) }]) },
      { kind: 'body', blocks: body },
    ],
  };
}

/**
 * The cover, in the layout's languages only and in their order (English-only carries no Chinese,
 * Chinese-only no English; bilingual and side-by-side: English then Chinese for the title and for
 * the publisher alike): the titles, the publisher, and this text's edition, status and date; then
 * the imprint page with the publisher's address.
 */
function cover(fw: Framework, languages: Language[], status: 'draft' | 'final', date: string): Block[] {
  const md = fw.metadata;
  const p = md.publisher;
  const blocks: Block[] = [];
  const para = (style: 'coverTitle' | 'coverSubtitle' | 'publisher', runs: Run[], lang: Language, align: 'center' | 'left' = 'center') => {
    if (runsText(runs).trim()) blocks.push({ kind: 'paragraph', style, runs, lang, align });
  };
  // A field missing in a one-language layout prints the other language's text (muted), as the body does.
  const own = (f: BiText, lang: Language): Run[] => {
    if (f[lang].text.trim() || languages.length > 1) return textRuns(f[lang].text, lang);
    const other = lang === 'en' ? 'zh' : 'en';
    return textRuns(f[other].text, other, { fallback: true });
  };
  for (const lang of languages) para('coverTitle', own(md.title, lang), lang);
  for (const lang of languages) para('coverSubtitle', own(p.name, lang), lang);
  for (const lang of languages) {
    const w = (word: keyof typeof DOCUMENT_WORDS) => DOCUMENT_WORDS[word][lang];
    const parts = [
      md.edition ? `${w('edition')}${md.edition}` : '',
      `${w('status')}${w(status === 'final' ? 'statusFinal' : 'statusDraft')}`,
      date ? `${w('date')}${documentDate(date, lang)}` : '',
    ].filter(Boolean);
    para('publisher', [{ text: parts.join(lang === 'zh' ? '　' : '   ·   '), lang }], lang);
  }
  blocks.push({ kind: 'pageBreak' });
  for (const lang of languages) {
    const t = (f: BiText) => f[lang].text || f[lang === 'en' ? 'zh' : 'en'].text;
    const line = (word: keyof typeof DOCUMENT_WORDS, value: string) => {
      if (value) para('publisher', [{ text: DOCUMENT_WORDS[word][lang], lang }, ...textRuns(value, lang)], lang, 'left');
    };
    para('publisher', textRuns(t(p.name), lang, { bold: true }), lang, 'left');
    line('address', t(p.address));
    line('phone', p.phone);
    line('fax', p.fax);
    line('email', p.email);
    line('web', p.web);
  }
  return blocks;
}
