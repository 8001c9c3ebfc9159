import { createRequire } from 'node:module';
import type { Content, TableCell as PdfTableCell } from 'pdfmake/interfaces';
import type { ParagraphBlock, TableBlock } from '../../../../shared/export/types';
import type { Language } from '../../../../shared/model/bilingual';

/**
 * The action plan as pdfmake rows that may break between pages, with "(continued)" where a merged
 * cell goes on.
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
 * Where a page breaks inside a merged cell, pdfmake only knows after laying the page out: the
 * layout hook (installPlanContinuations) then puts the cell's `continued` words ("Component 2
 * (continued)" / "组成部分2（续）") in the first sub-row of the next page, draws the cell's bottom
 * rule at the page end and its top rule at the next page's top, and lays the document out again
 * (until nothing changes; at most three times).
 */

/** One cell of a sub-row that belongs to a group of several sub-rows (a merged cell, or one model row's languages). */
interface Slot {
  col: number;
  /** First / last sub-row of its group. */
  first: boolean;
  last: boolean;
  /** This sub-row's own content in the group is empty (the merged cell's text is above it). */
  empty: boolean;
  /** Make the cell: its own content, or the continued words; with its top and bottom rules. */
  make(label: boolean, top: boolean, bottom: boolean): PdfTableCell;
  /** Current state, as last made. */
  state: string;
}

interface SubRow {
  slots: Slot[];
}

export interface PlanTableMeta {
  headerRows: number;
  rows: SubRow[];
  /**
   * The page each sub-row ended up on in the last layout (1-based), recorded as pdfmake finishes
   * the row: a node's own positions are not enough, as a row that pdfmake moves to the next page
   * as an unbreakable block keeps the positions it had before the move.
   */
  pages: number[];
}

/** The property a table node carries its sub-row bookkeeping under (pdfmake keeps unknown properties). */
export const PLAN_META = '_acecPlanRows';

type Paragraph = (p: ParagraphBlock) => Content;

const langsOf = (t: TableBlock): Language[] => {
  const seen: Language[] = [];
  for (const row of t.rows.slice(t.headerRows)) for (const cell of row) for (const p of cell?.content ?? []) if (!seen.includes(p.lang)) seen.push(p.lang);
  return seen.length ? seen : ['en'];
};

/** The action-plan table as pdfmake content (see above). */
export function planTable(t: TableBlock, widths: number[], paragraph: Paragraph): Content {
  const langs = langsOf(t);
  const header: PdfTableCell[][] = t.rows.slice(0, t.headerRows).map((row) => row.map((cell) => (cell ? { stack: cell.content.map(paragraph), ...(cell.shade ? { fillColor: '#e8edf3' } : {}) } : {})));
  const body: PdfTableCell[][] = [];
  const meta: SubRow[] = [];
  // The merged cell covering each column, while it lasts: its cell and the model row it ends on.
  const owner: Array<{ cell: NonNullable<TableBlock['rows'][number][number]>; start: number; end: number } | null> = t.widths.map(() => null);
  for (let r = t.headerRows; r < t.rows.length; r++) {
    const row = t.rows[r];
    row.forEach((cell, c) => {
      if (cell) owner[c] = { cell, start: r, end: r + (cell.rowSpan ?? 1) - 1 };
    });
    langs.forEach((lang, li) => {
      const cells: PdfTableCell[] = [];
      const slots: Slot[] = [];
      owner.forEach((o, c) => {
        const own = o && o.start === r ? o.cell.content.filter((p) => p.lang === lang) : [];
        const content = own.map(paragraph);
        const first = (o?.start ?? r) === r && li === 0;
        const last = (o?.end ?? r) === r && li === langs.length - 1;
        const continued = (o?.cell.continued ?? []).map(paragraph);
        const make = (label: boolean, top: boolean, bottom: boolean): PdfTableCell => ({
          stack: label ? continued.map((p) => ({ ...(p as object) }) as Content) : content.map((p) => ({ ...(p as object) }) as Content),
          border: [true, top, true, bottom],
        });
        const slot: Slot = { col: c, first, last, empty: own.length === 0, make, state: '' };
        const made = make(false, first, last);
        slot.state = `0${first ? 1 : 0}${last ? 1 : 0}`;
        cells.push(made);
        if (!(first && last)) slots.push(slot);
      });
      body.push(cells);
      meta.push({ slots });
    });
  }
  return {
    table: { headerRows: t.headerRows, dontBreakRows: true, keepWithHeaderRows: 1, widths, body: [...header, ...body] },
    layout: 'grid',
    style: 'table',
    [PLAN_META]: { headerRows: t.headerRows, rows: meta, pages: [] } satisfies PlanTableMeta,
  } as Content;
}

/**
 * After a layout: put the continued words and the page-end rules where the pages broke. True when
 * a cell changed (the document must be laid out again).
 */
export function settleContinuations(table: { table: { body: PdfTableCell[][] } } & Record<string, unknown>): boolean {
  const meta = table[PLAN_META] as PlanTableMeta | undefined;
  if (!meta) return false;
  let changed = false;
  const pages = meta.rows.map((_, i) => meta.pages[i] ?? 0);
  meta.rows.forEach((row, i) => {
    const startsPage = i > 0 && pages[i] !== pages[i - 1];
    const endsPage = i + 1 < pages.length && pages[i + 1] !== pages[i];
    for (const slot of row.slots) {
      const label = startsPage && !slot.first && slot.empty;
      const top = slot.first || startsPage;
      const bottom = slot.last || endsPage;
      const state = `${label ? 1 : 0}${top ? 1 : 0}${bottom ? 1 : 0}`;
      if (state === slot.state) continue;
      const cells = table.table.body[meta.headerRows + i];
      if (state[0] !== slot.state[0]) cells[slot.col] = slot.make(label, top, bottom);
      else (cells[slot.col] as { border: boolean[] }).border = [true, top, true, bottom];
      slot.state = state;
      changed = true;
    }
  });
  return changed;
}

/** Every action-plan table in a laid-out document structure. */
function planTables(node: unknown, out: Array<{ table: { body: PdfTableCell[][] } } & Record<string, unknown>>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) planTables(n, out);
    return;
  }
  const n = node as Record<string, unknown>;
  if (n[PLAN_META]) {
    out.push(n as never);
    return;
  }
  if (n.stack) planTables(n.stack, out);
  if (n.section) planTables(n.section, out);
  if (n.columns) planTables(n.columns, out);
  if (n.table) planTables((n.table as { body?: unknown }).body, out);
}

let installed = false;

/** Lay a document out again while page breaks inside merged cells call for continued words. */
export function installPlanContinuations(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  type Layout = (this: unknown, docStructure: unknown, ...rest: unknown[]) => unknown;
  const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { layoutDocument: Layout } } }).default;
  const original = LayoutBuilder.prototype.layoutDocument;
  type EndRow = (this: { tableNode: Record<string, unknown> }, rowIndex: number, writer: { context(): { page: number } }, ...rest: unknown[]) => unknown;
  const TableProcessor = (require('pdfmake/js/TableProcessor.js') as { default: { prototype: { endRow: EndRow } } }).default;
  const endRow = TableProcessor.prototype.endRow;
  if (typeof original !== 'function' || typeof endRow !== 'function') return;
  // Where each sub-row ended up: the writer's page once pdfmake has placed the (unbreakable) row.
  TableProcessor.prototype.endRow = function (this: { tableNode: Record<string, unknown> }, rowIndex, writer, ...rest) {
    const result = endRow.call(this, rowIndex, writer, ...rest);
    const meta = this.tableNode[PLAN_META] as PlanTableMeta | undefined;
    if (meta && rowIndex >= meta.headerRows) meta.pages[rowIndex - meta.headerRows] = writer.context().page + 1;
    return result;
  };
  LayoutBuilder.prototype.layoutDocument = function layoutDocument(this: unknown, docStructure: unknown, ...rest: unknown[]) {
    let pages = original.call(this, docStructure, ...rest);
    const tables: Array<{ table: { body: PdfTableCell[][] } } & Record<string, unknown>> = [];
    planTables(docStructure, tables);
    for (let pass = 0; pass < 3 && tables.length; pass++) {
      let changed = false;
      for (const t of tables) changed = settleContinuations(t) || changed;
      if (!changed) break;
      pages = original.call(this, docStructure, ...rest);
    }
    return pages;
  };
}
