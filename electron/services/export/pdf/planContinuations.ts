import { createRequire } from 'node:module';
import { SCRATCH } from './scratch';
import { CONTINUED, PLAN_META, type PlanTableMeta } from './planTable';
import { columnAt, movedLine, planBreak, type BuilderLike, type TableNodeLike } from './planRowBreak';

/**
 * Hooks on pdfmake's table layout for the action plan (planTable.ts), in the one layout pass: as a
 * sub-row starts (`TableProcessor.beginRow`), whether it breaks on this page and where
 * (planRowBreak.ts); as it ends (`TableProcessor.endRow`), its continued words kept only at the top
 * of a page, put at the top of the next page's part of a broken sub-row, and the rules closing the
 * merged cells at each page end.
 */

/** The property a table node carries the layout builder under while it is laid out (the row hooks need it to measure). */
const BUILDER = '_acecBuilder';

interface PageItem {
  type: string;
  item: { inlines?: Array<Record<string, unknown>> } & Record<string, unknown>;
}
interface LayoutContext {
  page: number;
  x: number;
  y: number;
  availableHeight: number;
  pages: Array<{ items: PageItem[] }>;
  moveDown(offset: number): void;
}
interface RowWriter {
  transactionLevel: number;
  beginUnbreakableBlock(): void;
  commitUnbreakableBlock(): void;
  contextStack: LayoutContext[];
  context(): LayoutContext;
}
interface RowProcessor {
  tableNode: Record<string, unknown> & { table: { dontBreakRows?: boolean } };
  dontBreakRows: boolean;
  rowsWithoutPageBreak: number;
  rowPaddingTop: number;
  rowPaddingBottom: number;
  rowSpanData: Array<{ left: number }>;
  layout: {
    hLineWidth(i: number, node: unknown): number;
    hLineColor: string | ((i: number, node: unknown, col: number) => string);
    paddingTop(i: number, node: unknown): number;
    paddingBottom(i: number, node: unknown): number;
  };
}
/** A page break inside a row, as pdfmake records it: the page left, the row's bottom there, and the y the next page's part starts at. */
interface PageBreak {
  prevPage: number;
  prevY: number;
  y: number;
}

/** A rule across the table at `y` on page `page` (the rule pdfmake leaves out under a merged cell that goes on). */
function rule(processor: RowProcessor, ctx: LayoutContext, page: number, rowIndex: number, y: number): void {
  const width = processor.layout.hLineWidth(rowIndex, processor.tableNode);
  const color = typeof processor.layout.hLineColor === 'function' ? processor.layout.hLineColor(rowIndex, processor.tableNode, 0) : processor.layout.hLineColor;
  // A table drawn without rules (side by side) gets none: a PDF line of width 0 is a hairline.
  if (!(width > 0)) return;
  const right = processor.rowSpanData[processor.rowSpanData.length - 1].left;
  ctx.pages[page]?.items.push({ type: 'vector', item: { type: 'line', x1: ctx.x, x2: ctx.x + right, y1: y, y2: y, lineWidth: width, lineColor: color } });
}

/**
 * The lines of the cells that go on to the next page moved after the row's other items on its
 * first page (`edges`: the columns' left edges on the page), so text extraction and copy/paste
 * read such a cell's two parts one after the other.
 */
function readsOn(items: PageItem[] | undefined, from: number, edges: number[], goesOn: boolean[]): void {
  if (!items || !goesOn.some(Boolean)) return;
  const continues = (entry: PageItem) => entry.type === 'line' && goesOn[columnAt((entry.item as unknown as { x: number }).x, edges)];
  const row = items.slice(from);
  items.splice(from, row.length, ...row.filter((e) => !continues(e)), ...row.filter(continues));
}

/**
 * After pdfmake placed sub-row `rowIndex` (from `start` on, where its items began): keep its
 * continued words only at the top of a page, close the cells at the page end before; for a sub-row
 * broken across pages, the words at the top of its part on the next page and a rule at each break.
 */
function settleRow(processor: RowProcessor, meta: PlanTableMeta, rowIndex: number, writer: RowWriter, start: { page: number; items: number }, broken: { breaks: PageBreak[]; breaking: NonNullable<PlanTableMeta['breaking']> } | null): void {
  const i = rowIndex - meta.headerRows;
  const ctx = writer.context();
  const placed = writer.transactionLevel === 0;
  const firstPage = broken ? start.page : ctx.page;
  meta.pages[i] = ctx.page;
  meta.bottoms[i] = ctx.y;
  const startsPage = placed && i > 0 && meta.pages[i - 1] !== firstPage;
  // The next language's sub-row of the same model row on that page keeps its words too ("组成部分2
  // （续）" under "Component 2 (continued)" in bilingual and side-by-side tables).
  const follows = placed && i > 0 && meta.model !== undefined && meta.model[i] === meta.model[i - 1] && Boolean(meta.tops?.[i - 1]) && meta.pages[i - 1] === firstPage;
  if (meta.tops) meta.tops[i] = startsPage || follows || Boolean(broken);
  if (!startsPage && !follows) {
    // This sub-row's words where it does not start a page: what the row added to its pages.
    for (let p = Math.min(start.page, ctx.page); p <= ctx.page; p++) {
      const items = ctx.pages[p]?.items;
      if (!items) continue;
      for (let k = items.length - 1; k >= (p === start.page ? start.items : 0); k--) {
        const entry = items[k];
        if (entry.type === 'line' && entry.item.inlines?.some((inline) => inline[CONTINUED])) items.splice(k, 1);
      }
    }
  }
  const width = processor.layout.hLineWidth(rowIndex, processor.tableNode);
  // The foot of the page before: the rule under the last sub-row there, across the table.
  if (startsPage && meta.open[i - 1]) rule(processor, ctx, meta.pages[i - 1], rowIndex, meta.bottoms[i - 1] - width / 2);
  if (!broken) return;
  const { plan, left } = broken.breaking;
  readsOn(ctx.pages[start.page]?.items, start.items, plan.lefts.map((l) => l - plan.left + left), plan.goesOn);
  broken.breaks.forEach((b, k) => {
    rule(processor, ctx, b.prevPage, rowIndex + 1, b.prevY + processor.rowPaddingBottom + width / 2);
    // The merged cells' continued words at the top of the next page's part (the first break only: a row is never two pages tall here).
    if (k > 0) return;
    const top = b.y + processor.rowPaddingTop;
    const items = ctx.pages[b.prevPage + 1]?.items;
    if (!items) return;
    // After the row's own lines there, so text extraction reads a broken cell's two parts as one
    // (pdftotext joins words of one baseline that follow each other in the page's content).
    items.push(...plan.words.flatMap((words) => words?.lines ?? []).map((line) => ({ type: 'line', item: movedLine(line, line.x - plan.left + left, top + line.y) as unknown as PageItem['item'] })));
  });
}

let installed = false;

/** Hook pdfmake's table layout (once per process): breaks, continued words and page-end rules of action-plan tables, in the one layout pass. */
export function installPlanContinuations(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  type BeginRow = (this: RowProcessor, rowIndex: number, writer: RowWriter) => unknown;
  type EndRow = (this: RowProcessor, rowIndex: number, writer: RowWriter, pageBreaks?: PageBreak[], ...rest: unknown[]) => unknown;
  type ProcessTable = (this: BuilderLike, node: Record<string, unknown>) => unknown;
  const TableProcessor = (require('pdfmake/js/TableProcessor.js') as { default: { prototype: { beginRow: BeginRow; endRow: EndRow } } }).default;
  const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { processTable: ProcessTable } } }).default;
  const { beginRow, endRow } = TableProcessor.prototype;
  const processTable = LayoutBuilder.prototype.processTable;
  if (typeof beginRow !== 'function' || typeof endRow !== 'function' || typeof processTable !== 'function') return;

  LayoutBuilder.prototype.processTable = function (this: BuilderLike, node) {
    if (node[PLAN_META] && !node[SCRATCH]) node[BUILDER] = this;
    try {
      return processTable.call(this, node);
    } finally {
      delete node[BUILDER];
    }
  };

  TableProcessor.prototype.beginRow = function (this: RowProcessor, rowIndex, writer) {
    const node = this.tableNode;
    const meta = node[PLAN_META] as PlanTableMeta | undefined;
    const builder = node[BUILDER] as BuilderLike | undefined;
    if (meta) meta.breaking = null;
    // A table without header rows whose rows do not break: pdfmake lays its first row out in the
    // unbreakable block it opened for the table's top rule. Placed now, so the first row may break
    // like the others (and opened again below for the row if it does not).
    const first = Boolean(meta && builder && !node[SCRATCH] && rowIndex === 0 && meta.headerRows === 0 && this.dontBreakRows && writer.transactionLevel === 1);
    if (first) writer.commitUnbreakableBlock();
    const whole = (): unknown => {
      if (first) writer.beginUnbreakableBlock();
      return beginRow.call(this, rowIndex, writer);
    };
    // Only in the page flow, past the rows pdfmake keeps with the header.
    if (!meta || !builder || node[SCRATCH] || rowIndex < Math.max(meta.headerRows, this.rowsWithoutPageBreak) || writer.transactionLevel > 0) return beginRow.call(this, rowIndex, writer);
    const ctx = writer.context();
    // The height the row's cells have on this page, as beginRow leaves it.
    const available = ctx.availableHeight - this.layout.hLineWidth(rowIndex + 1, node) - this.layout.paddingBottom(rowIndex, node) - this.layout.paddingTop(rowIndex, node);
    const plan = planBreak(builder, node as unknown as TableNodeLike, rowIndex, meta.facts[rowIndex - meta.headerRows], available);
    if (!plan) return whole();
    this.dontBreakRows = false;
    const result = beginRow.call(this, rowIndex, writer);
    const at = writer.context();
    // pdfmake breaks a cell where its next line no longer fits: cut the page's height to the chosen break.
    const cut = Math.max(0, at.availableHeight - (plan.height + 0.01));
    at.availableHeight -= cut;
    meta.breaking = { row: rowIndex, plan, page: at.page, items: at.pages[at.page]?.items.length ?? 0, left: at.x, cut };
    return result;
  };

  TableProcessor.prototype.endRow = function (this: RowProcessor, rowIndex, writer, pageBreaks, ...rest) {
    const meta = this.tableNode[PLAN_META] as PlanTableMeta | undefined;
    // A scratch copy laid out to measure a heading's room (keepWithNext.ts) leaves no trace.
    if (!meta || this.tableNode[SCRATCH] || rowIndex < meta.headerRows) return endRow.call(this, rowIndex, writer, pageBreaks, ...rest);
    const breaking = meta.breaking?.row === rowIndex ? meta.breaking : null;
    meta.breaking = null;
    const breaks = breaking && pageBreaks?.length ? pageBreaks : null;
    // Laid out breakable but whole after all: the page's height back for what follows.
    if (breaking && !breaks) writer.context().availableHeight += breaking.cut;
    if (breaking && breaks) {
      // The next page's part is at least as tall as the continued words put there: no text leaves its cell.
      const ctx = writer.context();
      const need = Math.max(0, ...breaking.plan.words.map((w) => w?.height ?? 0));
      const top = breaks[0].y + this.rowPaddingTop;
      if (breaks.length === 1 && ctx.page === breaks[0].prevPage + 1 && top + need > ctx.y) ctx.moveDown(top + need - ctx.y);
    }
    const main = writer.contextStack[0] ?? writer.context();
    const start = breaking ? { page: breaking.page, items: breaking.items } : { page: main.page, items: main.pages[main.page]?.items.length ?? 0 };
    const result = endRow.call(this, rowIndex, writer, pageBreaks, ...rest);
    if (breaking) this.dontBreakRows = Boolean(this.tableNode.table.dontBreakRows);
    settleRow(this, meta, rowIndex, writer, start, breaking && breaks ? { breaks, breaking } : null);
    return result;
  };
}
