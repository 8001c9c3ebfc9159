import { createRequire } from 'node:module';
import { headBound, heightBound } from './layoutBound';
import { Scratch } from './scratch';

/**
 * Keep-with-next decided while pdfmake lays the page out, in the one layout pass.
 *
 * pdfmake's own hook (`pageBreakBefore`) is asked after a whole layout; each heading it moves to
 * the next page costs another full layout of the document (measure and lay out every page again),
 * so a document with n moved headings is laid out n + 1 times: 4–6 passes for the edition, 16 for
 * the 240-page self-evaluation report. Here the decision is taken when the layout reaches a
 * keep-with-next group (pdfContent's keepGroup, marked with pdfmake's `headlineLevel`): the group
 * and the head of the block after it are laid out once more on a scratch context (pdfmake's own
 * unbreakable-block context, discarded afterwards), and if the group and that head do not fit in
 * the space left on the page, the group starts the next page. The head is what must not be
 * separated from the group: two lines of each column of text that follows (no heading with a
 * single line under it), or a table's header rows with the rows kept with them (pdfmake moves
 * those as one block anyway). The extra work is the group and one paragraph or one table head per
 * group: the document is laid out once, whatever its length.
 */

/** The parts of pdfmake's private layout objects this module uses. */
interface LineLike {
  x: number;
  y: number;
  getHeight(): number;
}
interface PageLike {
  items: Array<{ type: string; item: unknown }>;
  pageMargins: { top: number };
}
interface ContextLike {
  x: number;
  y: number;
  page: number;
  availableWidth: number;
  availableHeight: number;
  pages: PageLike[];
  snapshots: unknown[];
  getCurrentPage(): PageLike | null;
}
interface WriterLike {
  transactionLevel: number;
  context(): ContextLike;
  beginUnbreakableBlock(): void;
  popContext(): void;
}
type PdfNode = Record<string, unknown> & { stack?: PdfNode[]; positions: unknown[] };
interface BuilderLike {
  writer: WriterLike;
  linearNodeList: unknown[];
  processNode(node: PdfNode): void;
}

/** The node's page break as the document definition gave it (the decision may add one). */
const MODEL_BREAK = '_acecModelPageBreak';

/** The head of the block after a group: what must share the group's page. */
function headOf(scratch: Scratch, node: PdfNode): { copy: unknown; whole: boolean } {
  const table = node.table as { body: unknown[][]; headerRows?: number; keepWithHeaderRows?: number } | undefined;
  if (table && (table.headerRows ?? 0) > 0) {
    const rows = Math.min(table.body.length, (table.headerRows ?? 0) + Math.max(1, table.keepWithHeaderRows ?? 0));
    return { copy: scratch.copy(node, rows), whole: true };
  }
  if (table) return { copy: scratch.copy(node, 1), whole: false };
  return { copy: scratch.copy(node), whole: false };
}

/**
 * Where, on the scratch page, the head's second line of every column of text ends (or the head's
 * end, if a column has fewer lines; its third and last line if it has three, which cannot break
 * without leaving one line alone): lines from `from` on, grouped by their left edge.
 */
function twoLinesDown(page: PageLike, from: number, end: number): number {
  const columns = new Map<number, LineLike[]>();
  for (const entry of page.items.slice(from)) {
    if (entry.type !== 'line') continue;
    const line = entry.item as LineLike;
    const key = Math.round(line.x);
    const column = columns.get(key);
    if (column) column.push(line);
    else columns.set(key, [line]);
  }
  if (!columns.size) return end;
  let need = 0;
  for (const lines of columns.values()) {
    lines.sort((a, b) => a.y - b.y);
    // Three lines cannot break two and one (widowControl.ts moves such a paragraph whole): all three.
    const last = lines[lines.length === 3 ? 2 : Math.min(1, lines.length - 1)];
    need = Math.max(need, last.y + last.getHeight());
  }
  return need;
}

/**
 * The height the group and the head of `next` take from the top of the space they are laid out
 * in, measured on a scratch context that is then dropped.
 */
function heightWithHead(builder: BuilderLike, group: PdfNode, next: PdfNode): number {
  const writer = builder.writer;
  const listed = builder.linearNodeList.length;
  const copies = new Scratch();
  writer.beginUnbreakableBlock();
  const scratch = writer.context();
  try {
    builder.processNode(copies.copy(group) as PdfNode);
    if (scratch.pages.length > 1) return Infinity;
    const from = scratch.pages[0].items.length;
    const { copy, whole } = headOf(copies, next);
    builder.processNode(copy as PdfNode);
    if (scratch.pages.length > 1) return Infinity;
    return whole ? scratch.y : twoLinesDown(scratch.pages[0], from, scratch.y);
  } finally {
    writer.transactionLevel--;
    writer.popContext();
    builder.linearNodeList.length = listed;
    copies.restore();
  }
}

/** Before laying out a keep-with-next group: start it on the next page if what must follow it does not fit. */
function decide(builder: BuilderLike, group: PdfNode, next: PdfNode): void {
  if (!(MODEL_BREAK in group)) group[MODEL_BREAK] = group.pageBreak;
  group.pageBreak = group[MODEL_BREAK];
  const ctx = builder.writer.context();
  const page = ctx.getCurrentPage();
  if (group.pageBreak) {
    // pdfmake starts a new page when a block's bottom margin does not fit at a page foot: a break
    // asked for before the group would then leave that new page empty (but for the watermark,
    // placed absolutely).
    const blank = page?.items.every((entry) => (entry.item as { absolutePosition?: unknown }).absolutePosition);
    if (blank && ctx.y <= page!.pageMargins.top + 0.5) group.pageBreak = undefined;
    return;
  }
  // Already at the top of a page: moving would only leave an empty page.
  if (!page || ctx.y <= page.pageMargins.top + 0.5) return;
  // Plainly room for the group and the head (their measured words say so): no need to lay them out to see.
  const groupHeight = heightBound(group, ctx.availableWidth);
  const head = groupHeight === null ? null : headBound(next);
  if (groupHeight !== null && head !== null && groupHeight + head <= ctx.availableHeight) return;
  const need = heightWithHead(builder, group, next);
  if (need > ctx.availableHeight && Number.isFinite(need)) group.pageBreak = 'before';
}

let installed = false;

/** Patch pdfmake's stack layout (once per process) so keep-with-next groups are placed in the one pass. */
export function installKeepWithNext(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  type VerticalContainer = (this: BuilderLike, node: PdfNode) => void;
  const LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: { prototype: { processVerticalContainer: VerticalContainer } } }).default;
  const original = LayoutBuilder.prototype.processVerticalContainer;
  if (typeof original !== 'function') return;
  LayoutBuilder.prototype.processVerticalContainer = function processVerticalContainer(this: BuilderLike, node: PdfNode) {
    const items = node.stack ?? [];
    if (!items.some((item) => item?.headlineLevel)) return original.call(this, node);
    // Only in the page flow: inside a table cell, a column or an unbreakable block the page is not the writer's to break.
    const inFlow = () => this.writer.transactionLevel === 0 && this.writer.context().snapshots.length === 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (item.headlineLevel && i + 1 < items.length && inFlow()) decide(this, item, items[i + 1]);
      this.processNode(item);
      for (const p of item.positions) node.positions.push(p);
    }
  };
}
