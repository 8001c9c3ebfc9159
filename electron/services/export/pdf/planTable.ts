import { createRequire } from 'node:module';
import type { Content, TableCell as PdfTableCell } from 'pdfmake/interfaces';
import type { ParagraphBlock, TableBlock } from '../../../../shared/export/types';
import type { Language } from '../../../../shared/model/bilingual';
import { SCRATCH } from './keepWithNext';

/**
 * The action plan as pdfmake rows that may break between pages, with "(continued)" where a merged
 * cell goes on, laid out in one pass.
 *
 * pdfmake cannot break a row with a merged (rowSpan) cell cleanly: a merged Focus/Action cell's
 * text spills below the table's bottom rule, its bottom border vanishes at the page end, and a
 * continuation shows an empty cell; keeping rows whole leaves a quarter of a page empty before a
 * tall bilingual activity. So the PDF draws the table without rowSpans: every model row becomes
 * one sub-row per language (English, then Chinese: the natural break inside a bilingual row), each
 * unbreakable (no line of a cell is ever left alone on a page: widow/orphan control by
 * construction), with no rule between the sub-rows of one merged cell. A merged cell's text sits in
 * its first sub-rows (per language), as the published table prints it at the top of the span.
 *
 * Where a page breaks inside a merged cell is known only once pdfmake has placed the row, and
 * laying the document out again to add the words there cost a whole layout pass (or three). So
 * every later sub-row of a merged cell carries the cell's `continued` words in its own language
 * ("Component 2 (continued)" / "组成部分2（续）") from the start: the row is as tall as it will be
 * if a page starts with it, and nothing after it moves. As pdfmake finishes each sub-row
 * (`TableProcessor.endRow`, installPlanContinuations) the words stay only where the sub-row is the
 * first of the table on its page, and the rule closing the cells at the foot of the page before
 * is drawn; the repeated header row closes them at the top. The cost is a little white space in a
 * short continuation sub-row whose words are taller than its own text.
 */

/** Marks the inlines of continued words (pdfmake copies unknown inline properties onto the laid-out words). */
const CONTINUED = '_acecContinued';

export interface PlanTableMeta {
  headerRows: number;
  /** Per sub-row: a merged cell goes on below it (no rule under it unless a page ends there). */
  open: boolean[];
  /** Per sub-row, once laid out: its page (0-based) and the y of its bottom there. */
  pages: number[];
  bottoms: number[];
}

/** The property a table node carries its sub-row bookkeeping under (pdfmake keeps unknown properties). */
export const PLAN_META = '_acecPlanRows';

type Paragraph = (p: ParagraphBlock) => Content;

const langsOf = (t: TableBlock): Language[] => {
  const seen: Language[] = [];
  for (const row of t.rows.slice(t.headerRows)) for (const cell of row) for (const p of cell?.content ?? []) if (!seen.includes(p.lang)) seen.push(p.lang);
  return seen.length ? seen : ['en'];
};

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
  // The merged cell covering each column, while it lasts: its cell and the model row it ends on.
  const owner: Array<{ cell: NonNullable<TableBlock['rows'][number][number]>; start: number; end: number } | null> = t.widths.map(() => null);
  for (let r = t.headerRows; r < t.rows.length; r++) {
    const row = t.rows[r];
    row.forEach((cell, c) => {
      if (cell) owner[c] = { cell, start: r, end: r + (cell.rowSpan ?? 1) - 1 };
    });
    langs.forEach((lang, li) => {
      let goesOn = false;
      body.push(
        owner.map((o): PdfTableCell => {
          const own = o && o.start === r ? o.cell.content.filter((p) => p.lang === lang) : [];
          const first = (o?.start ?? r) === r && li === 0;
          const last = (o?.end ?? r) === r && li === langs.length - 1;
          if (!last) goesOn = true;
          // A later sub-row of a merged cell: its continued words in this sub-row's language (all, if none is).
          const words = first || own.length ? [] : (o?.cell.continued ?? []);
          const label = words.some((p) => p.lang === lang) ? words.filter((p) => p.lang === lang) : words;
          return { stack: own.length ? own.map(paragraph) : label.map((p) => marked(paragraph(p))), border: [true, first, true, last] };
        }),
      );
      open.push(goesOn);
    });
  }
  return {
    table: { headerRows: t.headerRows, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: [...header, ...body] },
    layout: 'grid',
    style: 'table',
    [PLAN_META]: { headerRows: t.headerRows, open, pages: [], bottoms: [] } satisfies PlanTableMeta,
  } as Content;
}

/** The parts of pdfmake's private layout objects the row hook uses. */
interface PageItem {
  type: string;
  item: { inlines?: Array<Record<string, unknown>> } & Record<string, unknown>;
}
interface LayoutContext {
  page: number;
  x: number;
  y: number;
  pages: Array<{ items: PageItem[] }>;
}
interface RowWriter {
  transactionLevel: number;
  contextStack: LayoutContext[];
  context(): LayoutContext;
}
interface RowProcessor {
  tableNode: Record<string, unknown>;
  rowSpanData: Array<{ left: number }>;
  layout: { hLineWidth(i: number, node: unknown): number; hLineColor: string | ((i: number, node: unknown, col: number) => string) };
}

/** After pdfmake placed sub-row `rowIndex`: keep its continued words only at the top of a page, close the cells at the page end before. */
function settleRow(processor: RowProcessor, meta: PlanTableMeta, rowIndex: number, writer: RowWriter, before: { page: number; items: number }): void {
  const i = rowIndex - meta.headerRows;
  const ctx = writer.context();
  const placed = writer.transactionLevel === 0;
  meta.pages[i] = ctx.page;
  meta.bottoms[i] = ctx.y;
  const startsPage = placed && i > 0 && meta.pages[i - 1] !== ctx.page;
  // This sub-row's words: what the row added to the page it is on.
  const items = ctx.pages[ctx.page]?.items;
  if (items && !startsPage) {
    const from = ctx.page === before.page ? before.items : 0;
    for (let k = items.length - 1; k >= from; k--) {
      const entry = items[k];
      if (entry.type === 'line' && entry.item.inlines?.some((inline) => inline[CONTINUED])) items.splice(k, 1);
    }
  }
  if (startsPage && meta.open[i - 1]) {
    // The foot of the page before: the rule under the last sub-row there, across the table.
    const width = processor.layout.hLineWidth(rowIndex, processor.tableNode);
    const color = typeof processor.layout.hLineColor === 'function' ? processor.layout.hLineColor(rowIndex, processor.tableNode, 0) : processor.layout.hLineColor;
    const y = meta.bottoms[i - 1] - width / 2;
    const right = processor.rowSpanData[processor.rowSpanData.length - 1].left;
    ctx.pages[meta.pages[i - 1]]?.items.push({ type: 'vector', item: { type: 'line', x1: ctx.x, x2: ctx.x + right, y1: y, y2: y, lineWidth: width, lineColor: color } });
  }
}

let installed = false;

/** Hook pdfmake's row end (once per process): the continued words and page-end rules of action-plan tables, in the one layout pass. */
export function installPlanContinuations(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  type EndRow = (this: RowProcessor, rowIndex: number, writer: RowWriter, ...rest: unknown[]) => unknown;
  const TableProcessor = (require('pdfmake/js/TableProcessor.js') as { default: { prototype: { endRow: EndRow } } }).default;
  const endRow = TableProcessor.prototype.endRow;
  if (typeof endRow !== 'function') return;
  TableProcessor.prototype.endRow = function (this: RowProcessor, rowIndex, writer, ...rest) {
    const meta = this.tableNode[PLAN_META] as PlanTableMeta | undefined;
    // A scratch copy laid out to measure a heading's room (keepWithNext.ts) leaves no trace.
    if (!meta || this.tableNode[SCRATCH] || rowIndex < meta.headerRows) return endRow.call(this, rowIndex, writer, ...rest);
    const main = writer.contextStack[0] ?? writer.context();
    const before = { page: main.page, items: main.pages[main.page]?.items.length ?? 0 };
    const result = endRow.call(this, rowIndex, writer, ...rest);
    settleRow(this, meta, rowIndex, writer, before);
    return result;
  };
}
