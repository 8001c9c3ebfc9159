import { LANGUAGE_TAGS } from '../export/vocabulary';
import type { Block, ExportDocument, Paper, ParagraphBlock, Run } from '../export/types';
import type { Language } from '../model/bilingual';
import { LANGUAGES } from '../model/bilingual';
import { indexElements } from '../model/elements';
import type { Framework } from '../model/framework';
import type { Change, CompareResult } from './compare';
import { describeChange } from './describeChange';
import type { DiffOp } from './diffText';
import { reportTranslate } from './reportWords';

/**
 * The comparison report for reviewers who work on paper: the compare result as an export
 * document (shared/export/types.ts), rendered by the same .docx and PDF back ends as the
 * framework itself. Text changes print redline style: inserted runs (`change: 'ins'`, underlined;
 * real tracked insertions in Word) and deleted runs (`change: 'del'`, struck through). Added and
 * removed elements print their text wholly inserted or deleted.
 */

export interface CompareReportInput {
  /** How each side is named on the cover ("Sent to NFPs", "framework-2026-2030.json"…). */
  beforeName: string;
  afterName: string;
  before: Framework;
  after: Framework;
  result: CompareResult;
  /** The language the report's own words are printed in; the document's text keeps its languages. */
  lang: Language;
  /** YYYY-MM-DD, printed on the cover. */
  date: string;
  paper?: Paper;
}

const run = (text: string, lang: Language, extra: Partial<Run> = {}): Run => ({ text, lang, ...extra });

function para(style: ParagraphBlock['style'], runs: Run[], lang: Language): ParagraphBlock {
  return { kind: 'paragraph', style, runs, lang };
}

/** Redline runs of a diff; equal runs plain. */
export function diffRuns(diff: readonly DiffOp[], lang: Language): Run[] {
  return diff.map((d) => run(d.text, lang, d.op === 'insert' ? { change: 'ins' } : d.op === 'delete' ? { change: 'del' } : {}));
}

/** The text of an added or removed element, field by field and language by language, wholly inserted or deleted. */
function wholeElement(fw: Framework, id: string, change: 'ins' | 'del'): ParagraphBlock[] {
  const ref = indexElements(fw).get(id);
  if (!ref) return [];
  const out: ParagraphBlock[] = [];
  for (const f of ref.fields) {
    for (const lang of LANGUAGES) {
      const text = f.value[lang].text;
      if (text) out.push(para('note', [run(text, lang, { change })], lang));
    }
  }
  return out;
}

function changeBlocks(input: CompareReportInput, c: Change, n: number): Block[] {
  const tr = reportTranslate(input.lang);
  const heading = para('body', [run(`${n}. `, input.lang, { bold: true }), run(`[${tr(`type.${c.type}`)}] `, input.lang, { bold: true }), run(describeChange(tr, c), input.lang, { bold: true })], input.lang);
  switch (c.type) {
    case 'text':
      return [heading, para('note', diffRuns(c.diff, c.lang), c.lang)];
    case 'added':
      return [heading, ...wholeElement(input.after, c.element.id, 'ins')];
    case 'removed':
      return [heading, ...wholeElement(input.before, c.element.id, 'del')];
    default:
      return [heading];
  }
}

/** Build the report's export document. */
export function buildCompareReport(input: CompareReportInput): ExportDocument {
  const { lang, result } = input;
  const tr = reportTranslate(lang);
  const title = tr('report.title');
  const subtitle = tr('report.subtitle', { before: input.beforeName, after: input.afterName });
  const body: Block[] = [
    { kind: 'heading', level: 1, number: null, lines: [[run(tr('report.summaryTitle'), lang)]], toc: false, anchor: 'compare-summary', keepWithNext: true },
    para('body', [run(result.changes.length ? tr('report.summary', { ...result.counts }) : tr('report.none'), lang)], lang),
    para('body', [run(tr('report.legend'), lang), run(' ', lang), run(tr('report.legendIns'), lang, { change: 'ins' }), run(' ', lang), run(tr('report.legendDel'), lang, { change: 'del' })], lang),
  ];
  if (result.changes.length) {
    body.push({ kind: 'heading', level: 1, number: null, lines: [[run(tr('report.changesTitle'), lang)]], toc: false, anchor: 'compare-changes', keepWithNext: true });
    result.changes.forEach((c, i) => body.push(...changeBlocks(input, c, i + 1)));
  }
  return {
    layout: lang,
    languages: [lang],
    paper: input.paper ?? 'a4',
    title: `${title}: ${subtitle}`,
    properties: { title: `${title}: ${subtitle}`, subject: subtitle, author: '', language: LANGUAGE_TAGS[lang], keywords: [] },
    header: [[run(`${title} — ${subtitle}`, lang)]],
    watermark: null,
    parts: [
      {
        kind: 'cover',
        blocks: [
          para('coverTitle', [run(title, lang)], lang),
          para('coverSubtitle', [run(subtitle, lang)], lang),
          para('publisher', [run(tr('report.generated', { date: input.date }), lang)], lang),
        ],
      },
      { kind: 'body', blocks: body },
    ],
  };
}
