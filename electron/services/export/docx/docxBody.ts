import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ParagraphChild,
  type XmlComponent,
} from 'docx';
import type { BlockRender } from '../../word/blockCache';
import { numberedLines, runsText } from '../../../../shared/export/emit';
import type { Block, FigureBlock, HeadingBlock, ListBlock, ParagraphBlock, TableBlock } from '../../../../shared/export/types';
import { DocxContext, modelRuns } from './docxRuns';
import { rowMayNotSplit } from './rowHeight';

/**
 * The export model's blocks as `docx` paragraphs and tables, with the Word side of print-grade
 * pagination: headings keep with what follows (their styles; a heading's languages are one
 * paragraph, so in side-by-side they stay together); an annex group row keeps with its first entry;
 * a tall table row may break across pages (a short one may not), with the header row repeated;
 * widows and orphans are controlled (the document defaults); English body text is justified in
 * the flow and left-aligned in the narrow side-by-side columns (Word does not hyphenate them).
 *
 * With a cache (../../word/blockCache.ts), paragraphs, list items, tables and table rows are kept
 * between renders under their content and what else they are rendered with (text width, narrow
 * column, keep with next), so a warm export builds only the blocks that changed. Left out of it:
 * headings (their bookmarks take ids from the library's document-wide counter, and the library may
 * bookmark a heading when it fills a contents), text with tracked changes (ids too), the contents,
 * pictures (the library adds the image to the package as it writes it), and the last paragraph of
 * each part (the library writes the section's properties into it).
 */

const THIN = { style: BorderStyle.SINGLE, size: 4, space: 0, color: '8A8A8A' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, space: 0, color: 'auto' } as const;
const SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } as const;

type Align = NonNullable<ParagraphBlock['align']>;
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

/** The bookmark each contents heading gets, so the contents entries can link to it. */
export function tocBookmarks(blocks: readonly Block[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const b of blocks) if (b.kind === 'heading' && b.toc) names.set(b.anchor, `_Toc${String(names.size + 1).padStart(6, '0')}`);
  return names;
}

/** The text of a contents entry: the heading's number and every line of its title (deletions left out). */
function tocEntryText(h: HeadingBlock): string {
  return numberedLines(h)
    .map((line) => runsText(line.filter((r) => r.change !== 'del')))
    .join(' ');
}

/**
 * The cache key of a block rendered with `how` (what besides its content its rendering reads), or
 * null when it may not be cached: it carries a tracked change (the JSON of a model run names its
 * `change`; text is escaped in JSON, so no text can look like that).
 */
function cacheKey(how: string, block: object): string | null {
  const json = JSON.stringify(block);
  return json.includes('"change":"') ? null : `${how}|${json}`;
}

/** A figure's figures as one line of text (the picture's description, for readers who cannot see it). */
function figureData(b: FigureBlock): string {
  return b.fallback.rows.map((row) => row.map((cell) => (cell ? cell.content.map((p) => runsText(p.runs)).join(' ') : '')).join(': ')).join('; ');
}

/** The rows of `t` a cell merged down rows starts in or covers. */
function rowsInVerticalMerges(t: TableBlock): Set<number> {
  const rows = new Set<number>();
  t.rows.forEach((row, r) => {
    for (const cell of row) {
      const span = Math.min(cell?.rowSpan ?? 1, t.rows.length - r);
      for (let dr = 0; span > 1 && dr < span; dr++) rows.add(r + dr);
    }
  });
  return rows;
}

/**
 * A kept or recorded row in a table: the library asks a table's rows for their cells to carry
 * cells merged down into the next row (none here: rowsInVerticalMerges) and to give cells without
 * a width one (every cell here has its width), so it has none to give.
 */
function standInRow(row: TableRow | FileChild): TableRow {
  return row instanceof TableRow ? row : (Object.assign(row, { cells: [] }) as unknown as TableRow);
}

/** Renders the blocks of one document. */
export class BodyWriter {
  /**
   * @param widthTwips the text width (tables are scaled to it)
   * @param bookmarks heading anchor → bookmark name, for the contents (see tocBookmarks)
   * @param bodyBlocks the blocks the contents lists
   * @param cache this render's use of the blocks kept from earlier renders (null: every block is built)
   */
  constructor(
    private readonly ctx: DocxContext,
    private readonly widthTwips: number,
    private readonly bookmarks: ReadonlyMap<string, string>,
    private readonly bodyBlocks: readonly Block[],
    private readonly cache: BlockRender | null = null,
  ) {}

  /** `build()`'s block, or the one kept under the same key (`how` and `block`'s content) when `cacheable`. */
  private cached<T extends XmlComponent>(cacheable: boolean, how: string, block: object, build: () => T): T | FileChild {
    const key = cacheable && this.cache ? cacheKey(how, block) : null;
    return key === null ? build() : this.cache!.block(key, build);
  }

  blocks(blocks: readonly Block[]): FileChild[] {
    const out: FileChild[] = [];
    for (const [i, b] of blocks.entries()) {
      // The last paragraph of a part is the one its section's properties are written into (the
      // library looks for a Paragraph there); a table there is followed by a paragraph of the library's.
      const cacheable = i < blocks.length - 1;
      switch (b.kind) {
        case 'heading':
          out.push(this.heading(b));
          break;
        case 'paragraph':
          out.push(this.cached(cacheable, 'p', b, () => this.paragraph(b, false)));
          break;
        case 'list':
          out.push(...this.list(b, cacheable));
          break;
        case 'table':
          out.push(this.cached(true, `table ${this.widthTwips}`, b, () => this.table(b)));
          // Word joins two adjacent tables into one; a paragraph after each keeps them apart.
          out.push(new Paragraph({ style: 'cell' }));
          break;
        case 'parallel':
          out.push(this.cached(true, `parallel ${this.widthTwips}`, b, () => this.parallel(b.rows)));
          break;
        case 'toc':
          for (const line of b.title) out.push(new Paragraph({ style: 'tocTitle', alignment: AlignmentType.CENTER, children: modelRuns(this.ctx, line, { bold: true }) }));
          out.push(this.toc());
          break;
        case 'pageBreak':
          out.push(new Paragraph({ children: [new PageBreak()] }));
          break;
        case 'figure':
          // The drawing when the caller made its Word picture, else the figure's data as its table; then its caption.
          if (b.wordImage) out.push(this.picture(b, b.wordImage));
          else out.push(...this.blocks([b.fallback]));
          for (const line of b.caption) out.push(new Paragraph({ style: 'cell', children: modelRuns(this.ctx, line.map((r) => ({ ...r, italic: true }))) }));
          break;
      }
    }
    return out;
  }

  /** A figure's picture, centred, scaled to the text width (pixels at 96 to the inch, as the library counts). */
  private picture(b: FigureBlock, image: NonNullable<FigureBlock['wordImage']>): Paragraph {
    const points = Math.min(b.width, this.widthTwips / 20);
    const px = (pt: number) => Math.round((pt * 96) / 72);
    const alt = runsText(b.caption[0] ?? []);
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'svg',
          // A string would be read as base64: the SVG goes in as its UTF-8 bytes.
          data: new TextEncoder().encode(image.svg),
          fallback: { type: 'png', data: image.png },
          transformation: { width: px(points), height: px((points * b.height) / b.width) },
          altText: { name: alt, title: alt, description: figureData(b) },
        }),
      ],
    });
  }

  private heading(h: HeadingBlock): Paragraph {
    const children: ParagraphChild[] = [];
    numberedLines(h).forEach((line, i) => {
      if (i > 0) children.push(new TextRun({ break: 1 }));
      children.push(...modelRuns(this.ctx, line, { heading: true }));
    });
    const bookmark = this.bookmarks.get(h.anchor);
    return new Paragraph({ style: `Heading${h.level}`, pageBreakBefore: h.pageBreakBefore, keepNext: h.keepWithNext, keepLines: true, children: bookmark ? [new Bookmark({ id: bookmark, children })] : children });
  }

  /** `narrow`: in a side-by-side column, where justified English would leave wide gaps. */
  private paragraph(p: ParagraphBlock, narrow: boolean, keepNext = false): Paragraph {
    let align: Align | undefined = p.align ?? (p.style === 'body' ? 'justify' : undefined);
    if (narrow && align === 'justify' && p.lang === 'en') align = 'left';
    return new Paragraph({ style: p.style, alignment: align ? ALIGN[align] : undefined, keepNext: keepNext || p.keepWithNext || undefined, children: modelRuns(this.ctx, p.runs) });
  }

  private list(l: ListBlock, cacheable: boolean): FileChild[] {
    // Printed labels (not Word numbering): labels typed by hand or published out of sequence print as they are.
    return l.items.map((item) =>
      this.cached(
        cacheable,
        'item',
        item,
        () =>
          new Paragraph({
            style: 'listItem',
            children: modelRuns(this.ctx, [{ text: `${item.label}\t`, lang: item.lang }, ...item.runs]),
          }),
      ),
    );
  }

  /**
   * The paragraphs of a cell. `cacheLast`: whether the last may be a cached one; not in a cell merged
   * down rows, whose last paragraph the library copies (its alignment) into the cells it adds below.
   */
  private cellParagraphs(blocks: ReadonlyArray<ParagraphBlock | ListBlock>, narrow: boolean, keepNext = false, cacheLast = true): Paragraph[] {
    const items = blocks.flatMap((b, i) => {
      const cacheable = cacheLast || i < blocks.length - 1;
      return b.kind === 'paragraph' ? [this.cached(cacheable, `cell ${narrow} ${keepNext}`, b, () => this.paragraph(b, narrow, keepNext))] : this.list(b, cacheable);
    });
    // A cell must hold at least one paragraph. A cached one stands where its paragraph would (the
    // library asks a cell's children only for their element name and what they write).
    return items.length ? (items as Paragraph[]) : [new Paragraph({ style: 'cell', keepNext: keepNext || undefined })];
  }

  private table(t: TableBlock): Table {
    const total = t.widths.reduce((a, b) => a + b, 0) || 1;
    const cols = t.widths.map((w) => Math.round((w / total) * this.widthTwips));
    // Grid positions a cell merged from above or the left covers: the library writes those itself.
    const covered = t.rows.map(() => new Array<boolean>(cols.length).fill(false));
    const keepRows = new Set(t.keepWithNextRows);
    const merged = rowsInVerticalMerges(t);
    const rows = t.rows.map((row, r) => {
      const header = r < t.headerRows;
      // A row the model keeps with the next (an annex group row with its first entry): every
      // paragraph in it keeps with the next, which is how Word keeps table rows together.
      const groupRow = keepRows.has(r);
      // A row outside vertical merges is a block of its own (an edited cell builds its row only);
      // the library carries a cell merged down rows into the rows below, so those are always built.
      const how = `row ${cols.join(' ')} ${header} ${groupRow} ${t.role}`;
      if (!merged.has(r)) return standInRow(this.cached(true, how, row, () => this.tableRow(t, r, cols, covered, header, groupRow)));
      return this.tableRow(t, r, cols, covered, header, groupRow);
    });
    return new Table({
      rows,
      columnWidths: cols,
      width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: { top: THIN, left: THIN, bottom: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    });
  }

  /** Row `r` of `t`; `covered`: the grid positions cells merged from above or the left cover, updated for the rows below. */
  private tableRow(t: TableBlock, r: number, cols: readonly number[], covered: boolean[][], header: boolean, groupRow: boolean): TableRow {
    const row = t.rows[r];
    const width = (c: number, span: number) => cols.slice(c, c + span).reduce((a, b) => a + b, 0);
    const cells: TableCell[] = [];
    for (let c = 0; c < cols.length; ) {
      if (covered[r][c]) {
        c++;
        continue;
      }
      const cell = row[c];
      // A column the model leaves empty without a span covering it still gets a cell: the grid stays whole.
      const span = Math.max(1, Math.min(cell?.colSpan ?? 1, cols.length - c));
      const rowSpan = Math.max(1, Math.min(cell?.rowSpan ?? 1, t.rows.length - r));
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < span; dc++) if (dr || dc) covered[r + dr][c + dc] = true;
      cells.push(
        new TableCell({
          width: { size: width(c, span), type: WidthType.DXA },
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(rowSpan > 1 ? { rowSpan } : {}),
          ...(cell?.shade ? { shading: SHADE } : {}),
          // Merged cells stay top-aligned (their text starts beside the first row they cover):
          // top is Word's and LibreOffice's default for a cell without w:vAlign, so none is written.
          children: this.cellParagraphs(cell?.content ?? [], false, groupRow, rowSpan === 1),
        }),
      );
      c += span;
    }
    return new TableRow({
      children: cells,
      tableHeader: header || undefined,
      // Header and group rows never break; a body row breaks only when it is tall (rowHeight.ts).
      cantSplit: header || groupRow || (t.role !== 'generic' && rowMayNotSplit(row, cols)) || undefined,
    });
  }

  private parallel(rows: Extract<Block, { kind: 'parallel' }>['rows']): Table {
    const half = Math.floor(this.widthTwips / 2);
    const side = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>) =>
      new TableCell({ width: { size: half, type: WidthType.DXA }, margins: { left: 120, right: 120 }, children: this.cellParagraphs(blocks, true) });
    return new Table({
      // Each row a block of its own: an edited paragraph builds its row only.
      rows: rows.map((r) => standInRow(this.cached(true, `parallel row ${half}`, r, () => new TableRow({ children: [side(r.left), side(r.right)] })))),
      columnWidths: [half, half],
      width: { size: half * 2, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      borders: { top: NONE, left: NONE, bottom: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    });
  }

  /**
   * The contents: the library's TOC field (headings 1-3, entries as links) in Word's
   * table-of-contents content control, its cached entries the headings known from the model, each
   * linking to its heading's bookmark. Word fills in the page numbers when it opens the file (the
   * document asks it to update fields), LibreOffice when its indexes are updated.
   */
  private toc(): TableOfContents {
    const headings = this.bodyBlocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.toc);
    return new TableOfContents('Table of Contents', {
      hyperlink: true,
      headingStyleRange: '1-3',
      cachedEntries: headings.map((h) => ({ title: tocEntryText(h), level: h.level, href: this.bookmarks.get(h.anchor) })),
    });
  }
}
