import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  HeadingLevel,
  InsertedTextRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { runsText } from '../../../../shared/export/emit';
import { hasCjk } from '../../../../shared/export/script';
import type { Block, HeadingBlock, ListBlock, ParagraphBlock, Run, TableBlock } from '../../../../shared/export/types';

/**
 * The export model as docx objects. Word chooses a run's font by character class, so every run
 * names its Latin fonts *and* its East Asian font (w:eastAsia): Chinese never falls back to
 * whatever Word picks. Language tags tell Word's proofing and line breaking what the text is.
 */

/**
 * Fonts named, not embedded (embedding a CJK font makes every file ~17.5 MB). SimSun (宋体) and
 * SimHei (黑体) are the faces of Chinese official documents and come with every Chinese-capable
 * Word; Times New Roman is what the published English was set in.
 */
export const DOCX_FONTS = {
  latin: 'Times New Roman',
  eastAsia: 'SimSun',
  eastAsiaHeading: 'SimHei',
} as const;

/** Language tags for proofing and line breaking: Latin text is English, East Asian text Chinese. */
export const RUN_LANGUAGE = { value: 'en-GB', eastAsia: 'zh-CN' } as const;
const FALLBACK_COLOR = '7A7A7A';
const CHANGE_AUTHOR = 'Comparison';

export function fontFor(heading: boolean): IRunOptions['font'] {
  return { ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin, cs: DOCX_FONTS.latin, eastAsia: heading ? DOCX_FONTS.eastAsiaHeading : DOCX_FONTS.eastAsia };
}

/** State shared by one rendering (ids of tracked changes must be unique in a document). */
export class DocxContext {
  private changeId = 0;
  constructor(readonly date: string) {}
  nextChangeId(): number {
    return ++this.changeId;
  }
}

/** docx runs of model runs. Inserted / deleted runs become real tracked changes. */
export function docxRuns(ctx: DocxContext, runs: readonly Run[], opts: { heading?: boolean; bold?: boolean; size?: number } = {}): Array<TextRun | InsertedTextRun | DeletedTextRun> {
  return runs.map((run) => {
    // Runs with Chinese name their fonts themselves (East Asian included), so Word never falls
    // back whatever the paragraph style says; Latin runs take the style's fonts (smaller files).
    const options: IRunOptions = {
      text: run.text,
      ...(hasCjk(run.text) ? { font: fontFor(opts.heading ?? false), language: RUN_LANGUAGE } : {}),
      ...(run.italic && run.lang !== 'zh' ? { italics: true } : {}),
      ...(run.bold || opts.bold ? { bold: true } : {}),
      ...(run.fallback ? { color: FALLBACK_COLOR } : {}),
      ...(opts.size ? { size: opts.size } : {}),
    };
    if (run.change === 'ins') return new InsertedTextRun({ ...options, id: ctx.nextChangeId(), author: CHANGE_AUTHOR, date: ctx.date });
    if (run.change === 'del') return new DeletedTextRun({ ...options, id: ctx.nextChangeId(), author: CHANGE_AUTHOR, date: ctx.date });
    return new TextRun(options);
  });
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function heading(ctx: DocxContext, h: HeadingBlock): Paragraph {
  const children: Array<TextRun | InsertedTextRun | DeletedTextRun> = [];
  h.lines.forEach((line, i) => {
    if (i > 0) children.push(new TextRun({ break: 1 }));
    const prefix: Run[] = i === 0 && h.number ? [{ text: `${h.number} `, lang: line[0]?.lang ?? 'en' }] : [];
    children.push(...docxRuns(ctx, [...prefix, ...line], { heading: true }));
  });
  return new Paragraph({ heading: HEADINGS[h.level], children, pageBreakBefore: h.pageBreakBefore ?? false });
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED } as const;

export function paragraph(ctx: DocxContext, p: ParagraphBlock): Paragraph {
  const align = p.align ?? (p.style === 'body' ? 'justify' : undefined);
  return new Paragraph({ style: p.style, children: docxRuns(ctx, p.runs), ...(align ? { alignment: ALIGN[align] } : {}) });
}

function list(ctx: DocxContext, l: ListBlock): Paragraph[] {
  // Printed labels (not Word numbering): labels typed by hand or published out of sequence print as they are.
  return l.items.map((item) => new Paragraph({ style: 'listItem', children: docxRuns(ctx, [{ text: `${item.label}\t`, lang: item.lang }, ...item.runs]) }));
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '8A8A8A' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

function table(ctx: DocxContext, t: TableBlock, widthTwips: number): Table {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const columnWidths = t.widths.map((w) => Math.round((w / total) * widthTwips));
  const rows = t.rows.map(
    (row, r) =>
      new TableRow({
        tableHeader: r < t.headerRows,
        cantSplit: t.role !== 'generic',
        children: row.flatMap((cell, c) => {
          if (!cell) return [];
          const span = cell.colSpan ?? 1;
          const width = columnWidths.slice(c, c + span).reduce((a, b) => a + b, 0);
          return [
            new TableCell({
              children: cell.content.length ? cell.content.map((p) => paragraph(ctx, p)) : [new Paragraph({ style: 'cell', children: [] })],
              width: { size: width, type: WidthType.DXA },
              verticalAlign: VerticalAlign.TOP,
              ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
              ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
              ...(cell.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } } : {}),
            }),
          ];
        }),
      }),
  );
  return new Table({
    rows,
    columnWidths,
    width: { size: widthTwips, type: WidthType.DXA },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
  });
}

function parallel(ctx: DocxContext, rows: Extract<Block, { kind: 'parallel' }>['rows'], widthTwips: number): Table {
  const half = Math.floor(widthTwips / 2);
  const side = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>) => {
    const children = blocks.flatMap((b) => (b.kind === 'paragraph' ? [paragraph(ctx, b)] : list(ctx, b)));
    return new TableCell({ children: children.length ? children : [new Paragraph({})], width: { size: half, type: WidthType.DXA }, margins: { left: 120, right: 120 } });
  };
  return new Table({
    rows: rows.map((r) => new TableRow({ children: [side(r.left), side(r.right)] })),
    columnWidths: [half, half],
    width: { size: half * 2, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
  });
}

/** Contents entries known from the model: shown before Word (or LibreOffice) updates the field. */
export function tocEntries(blocks: readonly Block[]): Array<{ title: string; level: number }> {
  return blocks
    .filter((b): b is HeadingBlock => b.kind === 'heading' && b.toc)
    .map((h) => ({ title: [h.number, h.lines.map(runsText).join(' ')].filter(Boolean).join(' '), level: h.level }));
}

/** Blocks as docx section children; `widthTwips` is the text width. `bodyBlocks` feed the contents. */
export function blocksToDocx(ctx: DocxContext, blocks: readonly Block[], widthTwips: number, bodyBlocks: readonly Block[]): Array<Paragraph | Table | TableOfContents> {
  const out: Array<Paragraph | Table | TableOfContents> = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(heading(ctx, b));
        break;
      case 'paragraph':
        out.push(paragraph(ctx, b));
        break;
      case 'list':
        out.push(...list(ctx, b));
        break;
      case 'table':
        out.push(table(ctx, b, widthTwips));
        // Word joins two adjacent tables; a paragraph after each keeps them apart.
        out.push(new Paragraph({ style: 'cell', children: [] }));
        break;
      case 'parallel':
        out.push(parallel(ctx, b.rows, widthTwips));
        break;
      case 'toc':
        // The TOC field has no title of its own.
        b.title.forEach((line) => out.push(new Paragraph({ style: 'tocTitle', alignment: AlignmentType.CENTER, children: docxRuns(ctx, line, { bold: true }) })));
        out.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', cachedEntries: tocEntries(bodyBlocks) }));
        break;
      case 'pageBreak':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}
