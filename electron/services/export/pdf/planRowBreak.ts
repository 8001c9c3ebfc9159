import { rowBound, type MeasuredNode } from './layoutBound';
import { Scratch } from './scratch';

/**
 * Where an action-plan sub-row taller than the space left on the page breaks, decided in the one
 * layout pass.
 *
 * Each sub-row (planTable.ts) is kept whole unless it does not fit in the space left: then the row
 * is laid out once more on pdfmake's scratch context (as keepWithNext.ts does for a heading's
 * room), which gives every line of every cell with its height, and a break is chosen between lines:
 * the lowest one that fits in the space left such that every cell starts on this page with at
 * least two lines (or all of its lines), leaves none or at least two lines for the next page (no
 * widow or orphan of one line), and a merged cell's own text (the Focus/Action label) is not split
 * at all. If there is such a break, pdfmake lays the row out breakable with the page's height cut
 * to it (it breaks a row's cells where their lines stop fitting, so it breaks exactly there);
 * otherwise the row goes to the next page whole, as before. Only rows near a page foot are measured
 * twice (an estimate from their text's length picks them), so an export costs about one row more
 * per page.
 *
 * The scratch layout also gives the lines of the merged cells' continued words ("Component 2
 * (continued)"), laid out at their column's width: once pdfmake has broken the row, they are put at
 * the top of each merged column on the next page (the row is made at least as tall as they are, so
 * no text leaves its cell), and the page's part of the row is closed by a rule.
 */

/** The parts of pdfmake's private layout objects used here. */
export interface LineLike {
  x: number;
  y: number;
  getHeight(): number;
}
export interface PageLike {
  items: Array<{ type: string; item: unknown }>;
}
export interface ContextLike {
  x: number;
  y: number;
  page: number;
  availableHeight: number;
  pages: PageLike[];
  moveDown(offset: number): void;
}
export interface WriterLike {
  transactionLevel: number;
  contextStack: ContextLike[];
  context(): ContextLike;
  beginUnbreakableBlock(): void;
  popContext(): void;
}
type Cell = Record<string, unknown>;
export interface BuilderLike {
  writer: WriterLike;
  linearNodeList: unknown[];
  nestedLevel: number;
  processRow(args: Record<string, unknown>): unknown;
}
export interface TableNodeLike extends Record<string, unknown> {
  table: { body: Cell[][]; widths: Array<{ _calcWidth: number }> };
  _offsets: { offsets: number[] };
  _margin?: number[];
}

/** Per sub-row facts planTable.ts records for the break. */
export interface BreakFacts {
  /** Per column: the cell must not be split (a merged cell's own text or continued words). */
  whole: boolean[];
  /** Per column: the body row (sub-row index in the table body) whose cell holds the continued words this sub-row's column prints on a later page, or -1. */
  words: number[];
  /** Per column: the cell's text length in ems (a Chinese character 1, a Latin one ½), for the estimate. */
  ems: number[];
  /** Paragraphs in the tallest cell, for the estimate. */
  paragraphs: number;
  /** The cells' font size, if not the action plan's. */
  size?: number;
}

/** Cell text size and an over-estimate of its line height and of a Latin character's width, for deciding whether to measure. */
const FONT_SIZE = 9;
const LINE_HEIGHT = 1.5 * FONT_SIZE;

/** A row that might not fit: its text's estimated height, over-estimated by half, is more than the space left. */
function mightNotFit(facts: BreakFacts, widths: number[], available: number): boolean {
  const size = facts.size ?? FONT_SIZE;
  let lines = 0;
  facts.ems.forEach((ems, c) => {
    lines = Math.max(lines, Math.ceil((ems * size) / Math.max(1, widths[c])) + facts.paragraphs);
  });
  // Plain rows (side-by-side text, annex entries: `size` given) measure their ems more closely than
  // the action plan's labels and words; a smaller margin spares laying out rows that fit.
  return lines * LINE_HEIGHT * (size / FONT_SIZE) * (facts.size ? 1.2 : 1.5) + 12 > available;
}

/**
 * A cell's lines as paragraphs, each its own run of line bottoms (what the no-single-line rule
 * applies to): lines that touch follow each other in a paragraph, a gap (a paragraph's or a list
 * item's margin) starts the next; lines of one baseline (a list item's label and text) are one.
 */
export function paragraphsOf(lines: readonly LineLike[], top: number): number[][] {
  const sorted = [...lines].sort((a, b) => a.y - b.y);
  const out: number[][] = [];
  let bottom = -Infinity;
  let lastY = -Infinity;
  for (const l of sorted) {
    if (Math.abs(l.y - lastY) < 0.5) {
      bottom = Math.max(bottom, l.y + l.getHeight());
      const para = out[out.length - 1];
      para[para.length - 1] = Math.max(para[para.length - 1], bottom - top);
      continue;
    }
    if (l.y > bottom + 0.5 || !out.length) out.push([]);
    out[out.length - 1].push(l.y - top + l.getHeight());
    bottom = l.y + l.getHeight();
    lastY = l.y;
  }
  return out;
}

/** One cell's laid-out lines on the scratch page, relative to the row's top. */
interface Column {
  bottoms: number[];
  whole: boolean;
  /** A paragraph after a cell's first: it may go to the next page all of it. */
  later?: boolean;
}

/** The column a line starting at `x` is in (`lefts`: the columns' left edges, in order). */
export function columnAt(x: number, lefts: number[]): number {
  let c = 0;
  while (c + 1 < lefts.length && x >= lefts[c + 1] - 0.5) c++;
  return c;
}

/**
 * The lowest break (a line bottom, relative to the row's top) at most `available` that leaves no
 * cell or paragraph with a single line on either page, starts every cell on this page (a later
 * paragraph of a cell may start on the next) and splits no whole cell; null if there is none.
 */
export function chooseBreak(columns: Column[], available: number): number | null {
  const candidates = [...new Set(columns.flatMap((c) => c.bottoms))].filter((b) => b <= available).sort((a, b) => b - a);
  for (const at of candidates) {
    let goesOn = false;
    const ok = columns.every(({ bottoms, whole, later }) => {
      const total = bottoms.length;
      const here = bottoms.filter((b) => b <= at + 0.01).length;
      if (here < total) goesOn = true;
      if (!total || here === total || (later && here === 0)) return true;
      return !whole && here >= 2 && total - here >= 2;
    });
    if (ok && goesOn) return at;
  }
  return null;
}

/** A decided break: where the row's first page part ends and the continued words' lines to place after it. */
export interface RowBreak {
  /** The page's height for the row's cells, from their top. */
  height: number;
  /** Per column: the continued words' lines (scratch coordinates, relative to the row's top and left) and their height; null where nothing is placed. */
  words: Array<{ lines: LineLike[]; height: number } | null>;
  /** The row's left on the scratch page, and its columns' left edges there. */
  left: number;
  lefts: number[];
  /** Per column: the cell goes on to the next page. */
  goesOn: boolean[];
}

/** Lines on a scratch page from item `from` on, grouped by column. */
function linesByColumn(page: PageLike, from: number, lefts: number[]): LineLike[][] {
  const out: LineLike[][] = lefts.map(() => []);
  for (const entry of page.items.slice(from)) {
    if (entry.type === 'line') out[columnAt((entry.item as LineLike).x, lefts)].push(entry.item as LineLike);
  }
  return out;
}

/**
 * Whether sub-row `rowIndex` should break on this page and where: measured on a scratch context
 * (dropped afterwards) when it may not fit. `available` is the height its cells have from their top
 * on this page.
 */
export function planBreak(builder: BuilderLike, node: TableNodeLike, rowIndex: number, facts: BreakFacts, available: number): RowBreak | null {
  const widths = node.table.widths.map((w) => w._calcWidth);
  if (!mightNotFit(facts, widths, available)) return null;
  // Its measured words show it fits after all: no need to lay it out to see.
  const bound = rowBound(node.table.body[rowIndex] as MeasuredNode[], widths);
  if (bound !== null && bound <= available) return null;
  const writer = builder.writer;
  const listed = builder.linearNodeList.length;
  const body = node.table.body;
  const gaps = node._offsets.offsets;
  const args = (cells: Cell[]) => ({
    marginX: node._margin ? [node._margin[0], node._margin[2]] : [0, 0],
    dontBreakRows: true,
    rowsWithoutPageBreak: 0,
    cells,
    widths: node.table.widths,
    gaps,
    tableBody: body,
    tableNode: { _offsets: node._offsets, positions: [] },
    rowIndex,
  });
  const copies = new Scratch();
  writer.beginUnbreakableBlock();
  const scratch = writer.context();
  try {
    const left = scratch.x;
    // Each column's left edge on the scratch page (pdfmake's own offsets: gaps hold paddings and rules).
    const lefts: number[] = [];
    let x = left;
    widths.forEach((w, c) => {
      x += gaps[c] ?? 0;
      lefts.push(x);
      x += w;
    });
    const top = scratch.y;
    const from = scratch.pages[0].items.length;
    builder.processRow(args(body[rowIndex].map((cell) => copies.copy(cell) as Cell)));
    if (scratch.pages.length > 1) return null;
    if (scratch.y - top <= available) return null;
    const rowLines = linesByColumn(scratch.pages[0], from, lefts);
    const columns = rowLines.map((lines, c) => ({ bottoms: lines.map((l) => l.y - top + l.getHeight()), whole: facts.whole[c] }));
    // No paragraph of a cell keeps a single line on either page.
    const paragraphs = rowLines.flatMap((lines, c) => paragraphsOf(lines, top).map((bottoms, k) => ({ bottoms, whole: facts.whole[c], later: k > 0 })));
    const at = chooseBreak(paragraphs, available);
    if (at === null) return null;
    // The continued words of the merged columns whose text all stays on this page.
    const wordsTop = scratch.y;
    const wordsFrom = scratch.pages[0].items.length;
    const goesOn = columns.map((c) => c.bottoms.some((b) => b > at + 0.01));
    const placed = facts.words.map((src, c) => src >= 0 && !goesOn[c]);
    const none = { height: at, words: widths.map(() => null), left, lefts, goesOn };
    if (!placed.some(Boolean)) return none;
    // These lines are drawn (on the next page): words of their own.
    const own = new Scratch(true);
    builder.processRow(args(body[rowIndex].map((cell, c) => (placed[c] ? (own.copy(body[facts.words[c]][c]) as Cell) : ({ ...(own.copy(cell) as Cell), stack: [] } as Cell)))));
    if (scratch.pages.length > 1) return none;
    const wordLines = linesByColumn(scratch.pages[0], wordsFrom, lefts);
    const words = wordLines.map((lines, c) => {
      if (!placed[c] || !lines.length) return null;
      for (const l of lines) l.y -= wordsTop;
      return { lines, height: Math.max(...lines.map((l) => l.y + l.getHeight())) };
    });
    return { ...none, words };
  } finally {
    writer.transactionLevel--;
    writer.popContext();
    builder.linearNodeList.length = listed;
    copies.restore();
  }
}

/** A copy of a laid-out line moved to (x, y) (the copy shares the line's measured words). */
export function movedLine(line: LineLike, x: number, y: number): LineLike {
  return Object.assign(Object.create(Object.getPrototypeOf(line) as object) as LineLike, line, { x, y });
}
