import { createRequire } from 'node:module';

/**
 * Widow and orphan control for body paragraphs in the page flow, in the one layout pass.
 *
 * pdfmake has none: it adds a paragraph's lines one by one and starts a new page where the next
 * line no longer fits, so a paragraph's first line could be left alone at a page foot (an orphan)
 * or its last line alone at the next page's head (a widow: "by the private sector." opening
 * English A4 p.13). Here, as the layout reaches a paragraph marked `FLOW_PARAGRAPH` (pdfContent's
 * body paragraphs) in the page flow, its lines are built first (pdfmake builds them one at a time
 * at the flow's constant width, so building them ahead gives the same lines), the page breaks
 * pdfmake would make are worked out from the lines' heights, and moved: a paragraph of two lines
 * or more whose first page would hold one line starts on the next page (whole, if it fits there);
 * a paragraph whose last page would hold one line gives the next page one more line (or, if that
 * would leave one line behind, starts on the next page). Then the lines are placed as pdfmake
 * would, with the page breaks where decided. Nothing is laid out twice.
 *
 * Table cells, columns (list items) and unbreakable blocks are not the flow's to break: there the
 * original layout runs (side-by-side rows break by planRowBreak.ts, which keeps two lines of every
 * paragraph on each side of a break).
 */

/** Marks a body paragraph in the flow (pdfmake copies unknown node properties through). */
export const FLOW_PARAGRAPH = '_acecFlowParagraph';

/** Marks a list item (columns: its label of a fixed width, then its text) in the flow. */
export const FLOW_LIST_ITEM = '_acecFlowListItem';

/** The page breaks decided for a list item's text before its columns are laid out. */
const PLANNED = '_acecPlannedBreaks';

/**
 * A list item's text lines, built once ahead of its columns (to decide its breaks) and placed as
 * they are when pdfmake reaches the text: `width` is the column width they were built at, `inlines`
 * the text's measured inlines in order (to build them again should the column be another width).
 */
const BUILT = '_acecBuiltLines';
interface BuiltLines {
  width: number;
  lines: LineLike[];
  inlines: unknown[];
}

interface LineLike {
  getHeight(): number;
}
interface PageLike {
  pageSize: { height: number };
  pageMargins: { top: number; bottom: number };
}
interface ContextLike {
  y: number;
  availableWidth: number;
  availableHeight: number;
  snapshots: unknown[];
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): PageLike | null;
}
interface WriterLike {
  transactionLevel: number;
  context(): ContextLike;
  addLine(line: LineLike): unknown;
  moveToNextPage(orientation?: unknown): void;
}
type TextNode = Record<string, unknown> & { positions: unknown[]; pageOrientation?: unknown; _inlines?: unknown[] };
interface BuilderLike {
  writer: WriterLike;
  buildNextLine(node: TextNode): LineLike | null;
}
type ColumnsNode = Record<string, unknown> & { columns: Array<Record<string, unknown>>; _gap?: number; pageOrientation?: unknown };
type MeasuredInline = { text: string; width: number; noWrap?: boolean; noNewLine?: boolean };
interface ColumnCalculator {
  buildColumnWidths(columns: Array<Record<string, unknown>>, availableWidth: number): void;
}

/**
 * Whether building lines from `inlines` at `width` may change the inlines themselves: pdfmake
 * cuts a word wider than the space left in two in place (LayoutBuilder.buildNextLine, "hard wrap"),
 * which it does only to a word that may wrap and is wider than the line, or one glued after a
 * `noNewLine` word.
 */
function mayCutWords(inlines: readonly MeasuredInline[], width: number): boolean {
  return inlines.some((inline, i) => !inline.noWrap && inline.text.length > 1 && (inline.width > width || Boolean(inlines[i - 1]?.noNewLine)));
}

/**
 * The number of lines on each page a paragraph of lines `heights` takes, starting with `first`
 * points left on the current page (`fresh`: the page is empty) and `full` on every page after.
 */
export function pageSplit(heights: readonly number[], first: number, full: number, fresh: boolean): number[] {
  const out: number[] = [];
  let left = first;
  let count = 0;
  let empty = fresh;
  for (const h of heights) {
    if (h > left && !(empty && count === 0)) {
      out.push(count);
      left = full;
      count = 0;
      empty = true;
    }
    left -= h;
    count++;
    empty = false;
  }
  out.push(count);
  return out;
}

/**
 * Where the paragraph's page breaks go: per line, whether a new page starts before it. A first
 * page of one line (or none) moves the paragraph to the next page; a last page of one line takes
 * one more line from the page before, if that page keeps two or more, else the paragraph moves.
 */
export function widowOrphanBreaks(heights: readonly number[], first: number, full: number, fresh: boolean): { moveFirst: boolean; breaks: Set<number> } {
  const n = heights.length;
  let moveFirst = false;
  let split = pageSplit(heights, first, full, fresh);
  if (n >= 2 && split.length > 1 && split[0] <= 1 && !fresh) {
    moveFirst = true;
    split = pageSplit(heights, full, full, true);
  }
  if (n >= 2 && split.length > 1 && split.at(-1) === 1) {
    const before = split.length - 2;
    if (split[before] >= 3) {
      split[before]--;
      split[split.length - 1]++;
    } else if (before === 0 && !moveFirst && !fresh) {
      moveFirst = true;
      split = pageSplit(heights, full, full, true);
    }
  }
  const breaks = new Set<number>();
  let at = 0;
  split.slice(0, -1).forEach((count) => {
    at += count;
    breaks.add(at);
  });
  return { moveFirst, breaks };
}

/** The page breaks of lines `lines` laid out from the context's current position (see widowOrphanBreaks). */
function plan(ctx: ContextLike, lines: LineLike[]): ReturnType<typeof widowOrphanBreaks> {
  const page = ctx.getCurrentPage();
  const full = page ? page.pageSize.height - ctx.pageMargins.top - ctx.pageMargins.bottom : Infinity;
  const fresh = ctx.y <= ctx.pageMargins.top + 0.5;
  return widowOrphanBreaks(lines.map((l) => l.getHeight()), ctx.availableHeight, full, fresh);
}

/** In the page flow: not inside a table, a column group or an unbreakable block. */
const inFlow = (writer: WriterLike): boolean => writer.transactionLevel === 0 && writer.context().snapshots.length === 0;

let installed = false;

/** Patch pdfmake's text layout (once per process) so flow paragraphs and list items have no widow or orphan line. */
export function installWidowControl(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  type ProcessLeaf = (this: BuilderLike, node: TextNode) => void;
  type ProcessColumns = (this: BuilderLike, node: ColumnsNode) => unknown;
  const columnCalculator = (require('pdfmake/js/columnCalculator.js') as { default: ColumnCalculator }).default;
  const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { processLeaf: ProcessLeaf; processColumns: ProcessColumns; buildNextLine: unknown } } }).default;
  const original = LayoutBuilder.prototype.processLeaf;
  const processColumns = LayoutBuilder.prototype.processColumns;
  if (typeof original !== 'function' || typeof processColumns !== 'function' || typeof LayoutBuilder.prototype.buildNextLine !== 'function' || typeof columnCalculator?.buildColumnWidths !== 'function') return;

  LayoutBuilder.prototype.processLeaf = function processLeaf(this: BuilderLike, node: TextNode) {
    const writer = this.writer;
    const planned = node[PLANNED] as Set<number> | undefined;
    const built = node[BUILT] as BuiltLines | undefined;
    delete node[PLANNED];
    delete node[BUILT];
    // Lines built ahead at another width than the column's (not expected): built again here.
    const usable = built && built.width === writer.context().availableWidth ? built.lines : null;
    if (built && !usable) node._inlines = built.inlines;
    // A list item's text, in its column: the breaks decided for the item as a whole.
    const own = node[FLOW_PARAGRAPH] && inFlow(writer);
    if ((!own && !planned) || writer.transactionLevel > 0 || node.maxHeight) {
      if (usable) node._inlines = built!.inlines;
      return original.call(this, node);
    }
    const lines: LineLike[] = usable ?? [];
    if (!usable) for (let line = this.buildNextLine(node); line; line = this.buildNextLine(node)) lines.push(line);
    let breaks = planned ?? new Set<number>();
    if (own) {
      const decided = plan(writer.context(), lines);
      if (decided.moveFirst) writer.moveToNextPage(node.pageOrientation);
      breaks = decided.breaks;
    }
    lines.forEach((line, i) => {
      const now = writer.context();
      if (breaks.has(i) || (line.getHeight() > now.availableHeight && now.y > now.pageMargins.top)) writer.moveToNextPage(node.pageOrientation);
      node.positions.push(writer.addLine(line));
    });
  };

  // A list item's columns: its text's lines built ahead at the text column's width, its breaks
  // decided, and the item moved to the next page before its label is placed if it must. The lines
  // are built once: the text's column places these very lines (processLeaf above).
  LayoutBuilder.prototype.processColumns = function (this: BuilderLike, node: ColumnsNode) {
    const writer = this.writer;
    const text = node.columns[1];
    const label = node.columns[0];
    if (!node[FLOW_LIST_ITEM] || !inFlow(writer) || !text || !Array.isArray(text._inlines) || typeof label?.width !== 'number') return processColumns.call(this, node);
    const ctx = writer.context();
    // The column widths as pdfmake's processColumns works them out (it works them out again, alike).
    columnCalculator.buildColumnWidths(node.columns, ctx.availableWidth - (node.columns.length - 1) * (node._gap ?? 0));
    const width = text._calcWidth as number;
    const inlines = text._inlines as MeasuredInline[];
    // Built on the text itself unless that could cut its words: then on a copy, and built again in its column.
    const own = !mayCutWords(inlines, width);
    const source = (own ? text : { ...text, _inlines: inlines.map((i) => ({ ...i })) }) as TextNode;
    const kept = inlines.slice();
    const saved = ctx.availableWidth;
    const lines: LineLike[] = [];
    ctx.availableWidth = width;
    try {
      for (let line = this.buildNextLine(source); line; line = this.buildNextLine(source)) lines.push(line);
    } finally {
      ctx.availableWidth = saved;
    }
    const decided = plan(ctx, lines);
    if (decided.moveFirst) writer.moveToNextPage(node.pageOrientation);
    text[PLANNED] = decided.breaks;
    if (own) text[BUILT] = { width, lines, inlines: kept } satisfies BuiltLines;
    return processColumns.call(this, node);
  };
}
