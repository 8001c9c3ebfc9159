import type { Language } from '../model/bilingual';
import type { Block, ListBlock, ParagraphBlock, Run, TableCell } from './types';

/**
 * Typesetting rules the document's text carries into every renderer (GB/T 15834 punctuation and
 * the line-breaking practice of Chinese government publications), applied to the export model once
 * so the PDF and the .docx cannot disagree:
 *
 * - no italics in Chinese: a Chinese paragraph's runs are upright, titles in 《》 and their Latin
 *   digits included (Chinese marks titles with the brackets, not with a slanted face);
 * - no space beside full-width punctuation in Chinese text ("组成部分1：环境…", not "： 环境");
 * - full-width list markers in Chinese ("（1）", not "(1)");
 * - stretches that must not break across lines are runs of their own marked `keep`: a
 *   CJK–hyphen–CJK compound ("中国－东盟"), a year range ("2021-2025", in both languages) and a
 *   number with its 年/月/日 or unit ("2023年", "2021-2025年", "30%").
 */

/** Full-width and CJK punctuation (、。〈〉《》「」【】，：；！？（）－ and the like). */
const FULL_WIDTH_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
const SPACE_AFTER_PUNCT = new RegExp(`([${FULL_WIDTH_PUNCT}])[ \\t\\u00a0]+`, 'gu');
const SPACE_BEFORE_PUNCT = new RegExp(`[ \\t\\u00a0]+(?=[${FULL_WIDTH_PUNCT}])`, 'gu');
const ENDS_IN_PUNCT = new RegExp(`[${FULL_WIDTH_PUNCT}]$`, 'u');
const STARTS_WITH_PUNCT = new RegExp(`^[${FULL_WIDTH_PUNCT}]`, 'u');
/** The spaces the two patterns above take out. */
const SPACE = /[ \t\u00a0]/u;

const HAN = '\\p{Script=Han}';
const HYPHENS = '\\-\\u2010\\u2011\\u2013\\uff0d';
const NUMBER = '\\d+(?:[.,]\\d+)*';
const UNITS = '年|月|日|号|个|次|项|届|名|人|家|天|周|倍|万|亿|元|吨|公里|千米|米|%|％';

/** Chinese: a compound ("中国－东盟"), a range with or without its unit, a number with its unit or a full date. */
const ZH_KEEP = new RegExp(
  [
    `${HAN}{1,2}[${HYPHENS}]${HAN}{1,2}`,
    `${NUMBER}\\s*[${HYPHENS}~～至]\\s*${NUMBER}(?:\\s*(?:${UNITS}))?`,
    `(?:${NUMBER}\\s*(?:年|月|日))+`,
    `${NUMBER}\\s*(?:${UNITS})`,
  ].join('|'),
  'gu',
);
/** English: a year range ("2021-2025", "2021–2025"). */
const EN_KEEP = new RegExp(`\\b\\d{4}\\s?[${HYPHENS}]\\s?\\d{4}\\b`, 'gu');

/** `runs` cut so that each stretch that must stay on one line is a run of its own, marked `keep`. */
export function markKeeps(runs: readonly Run[], paragraphLang: Language): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const rx = run.lang === 'zh' || paragraphLang === 'zh' ? ZH_KEEP : EN_KEEP;
    if (run.keep || !/\d|[\u2010\u2011\u2013\uff0d-]/u.test(run.text)) {
      out.push(run);
      continue;
    }
    let at = 0;
    rx.lastIndex = 0;
    for (let m = rx.exec(run.text); m; m = rx.exec(run.text)) {
      if (m.index > at) out.push({ ...run, text: run.text.slice(at, m.index) });
      out.push({ ...run, text: m[0], keep: true });
      at = m.index + m[0].length;
    }
    if (at === 0) out.push(run);
    else if (at < run.text.length) out.push({ ...run, text: run.text.slice(at) });
  }
  return out;
}

/**
 * A Chinese paragraph's runs: upright, no space beside full-width punctuation (also where a
 * label's "：" and the text after it are different runs), then the keep stretches marked.
 */
export function typesetChineseRuns(runs: readonly Run[]): Run[] {
  const cleaned: Run[] = [];
  for (const run of runs) {
    // A copy without `italic` (left out rather than deleted: a deleted property makes every run a slow dictionary object).
    const { italic: _upright, ...next } = run;
    if (run.lang === 'zh' && !run.change) {
      // Most Chinese runs have no space at all to take out.
      if (SPACE.test(next.text)) next.text = next.text.replace(SPACE_AFTER_PUNCT, '$1').replace(SPACE_BEFORE_PUNCT, '');
      const prev = cleaned[cleaned.length - 1];
      if (prev && prev.lang === 'zh' && !prev.change) {
        if (ENDS_IN_PUNCT.test(prev.text)) next.text = next.text.replace(/^[ \t\u00a0]+/u, '');
        if (STARTS_WITH_PUNCT.test(next.text)) prev.text = prev.text.replace(/[ \t\u00a0]+$/u, '');
      }
    }
    if (next.text) cleaned.push(next);
  }
  return markKeeps(cleaned, 'zh');
}

/** A paragraph's runs typeset for its language. */
export function typesetRuns(runs: readonly Run[], lang: Language): Run[] {
  return lang === 'zh' ? typesetChineseRuns(runs) : markKeeps(runs, 'en');
}

/** A list marker in Chinese uses full-width parentheses: "(1)" → "（1）", "(iv)" → "（iv）". */
export function listMarker(label: string, lang: Language): string {
  if (lang !== 'zh') return label;
  return label.replace(/^\((.*)\)$/u, '（$1）').replace(/^(.*\S)\)$/u, '$1）');
}

const lineLang = (line: readonly Run[]): Language => line[0]?.lang ?? 'en';

function paragraph(p: ParagraphBlock): ParagraphBlock {
  return { ...p, runs: typesetRuns(p.runs, p.lang) };
}

function list(l: ListBlock): ListBlock {
  return { ...l, items: l.items.map((it) => ({ ...it, label: listMarker(it.label, it.lang), runs: typesetRuns(it.runs, it.lang) })) };
}

function cell(c: TableCell | null): TableCell | null {
  if (!c) return c;
  return { ...c, content: c.content.map(paragraph), ...(c.continued ? { continued: c.continued.map(paragraph) } : {}) };
}

/** Every block's text typeset (a new tree; the input is not changed). */
export function typesetBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'paragraph':
        return paragraph(b);
      case 'list':
        return list(b);
      case 'heading':
        return { ...b, lines: b.lines.map((line) => typesetRuns(line, lineLang(line))) };
      case 'table':
        return { ...b, rows: b.rows.map((row) => row.map(cell)) };
      case 'parallel':
        return { ...b, rows: b.rows.map((r) => ({ left: typesetBlocks(r.left) as typeof r.left, right: typesetBlocks(r.right) as typeof r.right })) };
      case 'toc':
        return { ...b, title: b.title.map((line) => typesetRuns(line, lineLang(line))) };
      default:
        return b;
    }
  });
}

/** Runs of one line (a running header, a title) typeset for the language of its first run. */
export function typesetLine(line: readonly Run[]): Run[] {
  return typesetRuns(line, lineLang(line));
}
