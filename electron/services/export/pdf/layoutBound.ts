/**
 * Upper bounds on the height pdfmake lays a measured node out in, read from its measurement alone
 * (DocMeasure's `_inlines` and `_margin`), so that keepWithNext.ts can leave out laying a keep
 * group and the head of the block after it out on a scratch context where they plainly fit in the
 * space left on the page (most groups: the scratch layout cost ~2–3 ms per export), and
 * planRowBreak.ts a table row its estimate picked as maybe too tall.
 *
 * pdfmake fills a line greedily (LayoutBuilder.buildNextLine): it ends a line only after a word
 * that ends in a newline, or when the next word, with the words glued after it by `noNewLine`, does
 * not fit. So every line of a text but the last and those ended by a newline holds words wider in
 * total than the line's width less the widest such glued group: a stretch of words of total width
 * S between two newlines takes at most ⌊S / (W − G)⌋ + 1 lines. A line is as tall as its tallest
 * word. Where that reasoning does not hold (a glued group as wide as the line, which pdfmake cuts
 * or lets run over; a newline glued to the word after it) or the node is of a kind not handled
 * here, there is no bound (null) and the caller lays the node out.
 */

interface MeasuredInline {
  width: number;
  height: number;
  lineEnd?: boolean;
  noNewLine?: boolean;
}

/** A node as DocMeasure leaves it (the parts read here). */
export type MeasuredNode = Record<string, unknown> & {
  _inlines?: MeasuredInline[];
  _margin?: number[] | null;
  stack?: MeasuredNode[];
  columns?: MeasuredNode[];
};

/** The tallest word of a text: no line of it is taller. */
function tallest(inlines: readonly MeasuredInline[]): number {
  let h = 0;
  for (const inline of inlines) h = Math.max(h, inline.height);
  return h;
}

/** An upper bound of the height of a text's lines laid out at `width`, or null. */
export function textHeightBound(inlines: readonly MeasuredInline[], width: number): number | null {
  let height = 0;
  // The stretch since the last newline: its words' total width, widest glued group, tallest word.
  let total = 0;
  let widest = 0;
  let tall = 0;
  let glued = 0;
  let open = false;
  const close = (): boolean => {
    if (!open) return true;
    if (widest >= width) return false;
    height += (Math.floor(total / (width - widest)) + 1) * tall;
    total = widest = tall = glued = 0;
    open = false;
    return true;
  };
  for (const inline of inlines) {
    open = true;
    total += inline.width;
    tall = Math.max(tall, inline.height);
    glued += inline.width;
    widest = Math.max(widest, glued);
    if (!inline.noNewLine) glued = 0;
    // A newline glued to the next word does not end its line there (pdfmake adds the glued word first).
    if (inline.lineEnd && (inline.noNewLine || !close())) return null;
  }
  return close() ? height : null;
}

const vertical = (node: MeasuredNode): number => (node._margin ? node._margin[1] + node._margin[3] : 0);
const across = (node: MeasuredNode): number => (node._margin ? node._margin[0] + node._margin[2] : 0);

/** Nothing that moves a node off the plain flow (a page break, a position of its own, a height cap). */
const plain = (node: MeasuredNode): boolean => !node.pageBreak && !node.absolutePosition && !node.relativePosition && !node.maxHeight;

/** An upper bound of the height a text leaf or a stack of them takes at `width`, margins included; null for anything else. */
export function heightBound(node: MeasuredNode, width: number): number | null {
  if (!plain(node)) return null;
  const inner = width - across(node);
  let body: number | null;
  if (Array.isArray(node.stack)) {
    body = 0;
    for (const item of node.stack) {
      const h = heightBound(item, inner);
      if (h === null) return null;
      body += h;
    }
  } else if (Array.isArray(node._inlines) && typeof node.text !== 'undefined') {
    body = textHeightBound(node._inlines, inner);
  } else if (Array.isArray(node.columns)) {
    body = columnsBound(node, inner);
  } else {
    return null;
  }
  return body === null ? null : vertical(node) + body;
}

/**
 * Columns of fixed widths and at most one '*' (a list item: its label, then its text), as pdfmake
 * sizes them (ColumnCalculator): the star column gets what the others and the gaps leave.
 */
function columnsBound(node: MeasuredNode, width: number): number | null {
  const columns = node.columns!;
  const gap = typeof node._gap === 'number' ? node._gap : 0;
  const fixed = columns.filter((c) => typeof c.width === 'number').reduce((w, c) => w + (c.width as number), 0);
  const stars = columns.filter((c) => c.width === '*').length;
  if (stars + columns.filter((c) => typeof c.width === 'number').length !== columns.length || stars > 1) return null;
  let tallest = 0;
  for (const column of columns) {
    const h = heightBound(column, column.width === '*' ? width - fixed - gap * (columns.length - 1) : (column.width as number));
    if (h === null) return null;
    tallest = Math.max(tallest, h);
  }
  return tallest;
}

/**
 * An upper bound of the height of a table row's cells laid out at their columns' widths (`widths`,
 * pdfmake's `_calcWidth`: the cells' text width), padding left out; null if a cell spans rows or
 * columns or holds something not handled here.
 */
export function rowBound(cells: readonly MeasuredNode[], widths: readonly number[]): number | null {
  let tallest = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (cell.rowSpan || cell.colSpan || cell._span) return null;
    if (!Array.isArray(cell.stack) && !Array.isArray(cell._inlines)) {
      if (Object.keys(cell).some((k) => !k.startsWith('_') && k !== 'border' && k !== 'fillColor')) return null;
      continue;
    }
    const h = heightBound(cell, widths[c]);
    if (h === null) return null;
    tallest = Math.max(tallest, h);
  }
  return tallest;
}

interface TableLayoutLike {
  hLineWidth(i: number, node: unknown): number;
  paddingTop(i: number, node: unknown): number;
}

/**
 * An upper bound of how far down the head of a block reaches that must share a keep group's page
 * (keepWithNext.ts: its first two lines, three if it has three, in every column): its top margin
 * and three of its tallest lines; for a table without header rows (side by side), its top rule and
 * padding and its whole first row, at fixed column widths. Text leaves, list items (columns of text
 * leaves) and such tables only; null for anything else.
 */
export function headBound(node: MeasuredNode): number | null {
  if (!plain(node)) return null;
  const top = node._margin ? node._margin[1] : 0;
  const table = node.table as { body?: MeasuredNode[][]; widths?: Array<{ width?: unknown; elasticWidth?: unknown }>; headerRows?: number } | undefined;
  if (table) {
    const layout = node._layout as TableLayoutLike | undefined;
    // pdfmake gives a column of fixed width that width for its cells' text (ColumnCalculator).
    const widths = table.widths?.map((w) => (typeof w.width === 'number' && !w.elasticWidth ? w.width : NaN));
    if ((table.headerRows ?? 0) > 0 || !table.body?.length || !layout || !widths || widths.some(Number.isNaN)) return null;
    const row = rowBound(table.body[0], widths);
    return row === null ? null : top + layout.hLineWidth(0, node) + layout.paddingTop(0, node) + row;
  }
  // (A head with no line at all reaches to its end, bottom margin included: left to the layout.)
  if (Array.isArray(node._inlines) && typeof node.text !== 'undefined') return node._inlines.length ? top + 3 * tallest(node._inlines) : null;
  if (!Array.isArray(node.columns)) return null;
  let lines = 0;
  for (const column of node.columns) {
    if (!plain(column) || !Array.isArray(column._inlines) || !column._inlines.length || typeof column.text === 'undefined') return null;
    lines = Math.max(lines, (column._margin ? column._margin[1] : 0) + 3 * tallest(column._inlines));
  }
  return top + lines;
}
