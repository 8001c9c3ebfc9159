import type { Content, TableCell as PdfTableCell } from 'pdfmake/interfaces';
import type { ParagraphBlock, TableBlock } from '../../../../shared/export/types';
import type { Language } from '../../../../shared/model/bilingual';
import type { BreakFacts, RowBreak } from './planRowBreak';

/**
 * The action plan as pdfmake rows that may break between pages, with "(continued)" where a merged
 * cell goes on, laid out in one pass.
 *
 * pdfmake cannot break a row with a merged (rowSpan) cell cleanly: a merged Focus/Action cell's
 * text spills below the table's bottom rule, its bottom border vanishes at the page end, and a
 * continuation shows an empty cell; keeping rows whole leaves a quarter of a page empty before a
 * tall bilingual activity. So the PDF draws the table without rowSpans: every model row becomes
 * one sub-row per language (English, then Chinese: the natural break inside a bilingual row), with
 * no rule between the sub-rows of one merged cell. A sub-row is kept whole unless it does not fit in
 * the space left; then it breaks between two lines of its cells, never leaving a single line of a
 * cell on either page and never splitting a merged cell's own text (planRowBreak.ts). A merged
 * cell's text sits in its first sub-rows (per language), as the published table prints it at the
 * top of the span.
 *
 * Where a page breaks inside a merged cell is known only once pdfmake has placed the row, and
 * laying the document out again to add the words there cost a whole layout pass (or three). So
 * every later sub-row of a merged cell carries the cell's `continued` words in its own language
 * ("Component 2 (continued)" / "组成部分2（续）") from the start: the row is as tall as it will be
 * if a page starts with it, and nothing after it moves. As pdfmake finishes each sub-row
 * (`TableProcessor.endRow`, planContinuations.ts) the words stay only where the sub-row is the
 * first of the table on its page, and the rule closing the cells at the foot of the page before
 * is drawn; the repeated header row closes them at the top. A sub-row broken across pages gets the
 * words at the top of its part on the next page instead. The cost is a little white space in a
 * short continuation sub-row whose words are taller than its own text.
 */

/** Marks the inlines of continued words (pdfmake copies unknown inline properties onto the laid-out words). */
export const CONTINUED = '_acecContinued';

export interface PlanTableMeta {
  headerRows: number;
  /** Per sub-row: a merged cell goes on below it (no rule under it unless a page ends there). */
  open: boolean[];
  /** Per sub-row: what deciding a break inside it needs (planRowBreak.ts). */
  facts: BreakFacts[];
  /** Per sub-row: the model row it is a language of (its sub-rows in other languages share it). */
  model?: number[];
  /** Per sub-row, once laid out: it opens its page's part of the table (starts the page or goes on to it), or follows one of its own model row that does, so it keeps its continued words. */
  tops?: boolean[];
  /** Per sub-row, once laid out: its page (0-based) and the y of its bottom there. */
  pages: number[];
  bottoms: number[];
  /** The sub-row being laid out breakable, from its start until pdfmake ends it. */
  breaking: { row: number; plan: RowBreak; page: number; items: number; left: number; cut: number } | null;
}

/** The property a table node carries its sub-row bookkeeping under (pdfmake keeps unknown properties). */
export const PLAN_META = '_acecPlanRows';

type Paragraph = (p: ParagraphBlock) => Content;

const langsOf = (t: TableBlock): Language[] => {
  const seen: Language[] = [];
  for (const row of t.rows.slice(t.headerRows)) for (const cell of row) for (const p of cell?.content ?? []) if (!seen.includes(p.lang)) seen.push(p.lang);
  return seen.length ? seen : ['en'];
};

/**
 * A text's length in ems: a Chinese or full-width character (U+2E80–9FFF, F900–FAFF, FF00–FFEF)
 * one, any other UTF-16 unit half. Counted in a loop: every cell of every table is counted, and a
 * global match built an array of every Chinese character to count them.
 */
function textEms(text: string): number {
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef)) wide++;
  }
  return wide + (text.length - wide) / 2;
}

/** A paragraph's length in ems. */
const emsOf = (p: ParagraphBlock): number => textEms(p.runs.map((r) => r.text).join(''));

/**
 * Bookkeeping for a table of plain rows (no merged cells, no continued words: side-by-side text,
 * annex entries) whose rows break like the action plan's: kept whole unless one does not fit in the
 * space left, then broken between lines with two or more lines of every paragraph on each side
 * (planRowBreak.ts), else moved whole. `rows`: per body row, per column, the paragraphs' texts;
 * `size`: their font size.
 */
export function plainRowsMeta(headerRows: number, rows: ReadonlyArray<ReadonlyArray<readonly string[]>>, size: number): PlanTableMeta {
  return {
    headerRows,
    open: rows.map(() => false),
    facts: rows.map((cells) => ({
      whole: cells.map(() => false),
      words: cells.map(() => -1),
      ems: cells.map((texts) => texts.reduce((n, t) => n + textEms(t), 0)),
      paragraphs: Math.max(1, ...cells.map((texts) => texts.length)),
      size,
    })),
    pages: [],
    bottoms: [],
    breaking: null,
  };
}

/** Continued words as pdfmake content, each word marked so a sub-row not first on its page can drop them. */
function marked(p: Content): Content {
  const text = (p as unknown as { text: Array<Record<string, unknown>> }).text;
  return { ...(p as object), text: text.map((inline) => ({ ...inline, [CONTINUED]: true })) } as unknown as Content;
}

/** The action-plan table as pdfmake content (see above). */
export function planTable(t: TableBlock, widths: number[], paragraph: Paragraph): Content {
  const langs = langsOf(t);
  const header: PdfTableCell[][] = t.rows.slice(0, t.headerRows).map((row) => row.map((cell) => (cell ? { stack: cell.content.map(paragraph), ...(cell.shade ? { fillColor: '#e8edf3' } : {}) } : {})));
  const body: PdfTableCell[][] = [];
  const open: boolean[] = [];
  const facts: BreakFacts[] = [];
  const model: number[] = [];
  // The merged cell covering each column, while it lasts: its cell and the model row it ends on.
  const owner: Array<{ cell: NonNullable<TableBlock['rows'][number][number]>; start: number; end: number } | null> = t.widths.map(() => null);
  // Per sub-row and column: the merged cell covering it (null for a cell of one row), its language, and whether the sub-row holds its continued words.
  const spans: Array<Array<{ cell: object; lang: Language; holdsWords: boolean } | null>> = [];
  for (let r = t.headerRows; r < t.rows.length; r++) {
    const row = t.rows[r];
    row.forEach((cell, c) => {
      if (cell) owner[c] = { cell, start: r, end: r + (cell.rowSpan ?? 1) - 1 };
    });
    langs.forEach((lang, li) => {
      let goesOn = false;
      const ems: number[] = [];
      let paragraphs = 1;
      const span: (typeof spans)[number] = [];
      body.push(
        owner.map((o): PdfTableCell => {
          const own = o && o.start === r ? o.cell.content.filter((p) => p.lang === lang) : [];
          const first = (o?.start ?? r) === r && li === 0;
          const last = (o?.end ?? r) === r && li === langs.length - 1;
          if (!last) goesOn = true;
          // A later sub-row of a merged cell: its continued words in this sub-row's language (all, if none is).
          const words = first || own.length ? [] : (o?.cell.continued ?? []);
          const label = words.some((p) => p.lang === lang) ? words.filter((p) => p.lang === lang) : words;
          const shown = own.length ? own : label;
          ems.push(shown.reduce((n, p) => n + emsOf(p), 0));
          paragraphs = Math.max(paragraphs, shown.length);
          span.push(o && o.end > o.start && o.cell.continued?.length ? { cell: o.cell, lang, holdsWords: !own.length && label.length > 0 } : null);
          return { stack: own.length ? own.map(paragraph) : label.map((p) => marked(paragraph(p))), border: [true, first, true, last] };
        }),
      );
      open.push(goesOn);
      model.push(r);
      spans.push(span);
      facts.push({ whole: span.map(Boolean), words: [], ems, paragraphs });
    });
  }
  // Where each sub-row's merged cells find their continued words in its language: the sub-row itself, or the next one of the span that holds them.
  facts.forEach((f, i) => {
    f.words = spans[i].map((s, c) => {
      if (!s) return -1;
      for (let k = i; k < spans.length && spans[k][c]?.cell === s.cell; k++) if (spans[k][c]!.holdsWords && spans[k][c]!.lang === s.lang) return t.headerRows + k;
      return -1;
    });
  });
  return {
    table: { headerRows: t.headerRows, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: [...header, ...body] },
    layout: 'grid',
    style: 'table',
    [PLAN_META]: { headerRows: t.headerRows, open, facts, model, tops: [], pages: [], bottoms: [], breaking: null } satisfies PlanTableMeta,
  } as Content;
}

