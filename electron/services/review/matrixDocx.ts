import { BorderStyle, Document, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Project } from '../../../shared/model/project';
import { MATRIX_COLUMNS, matrixCells } from '../../../shared/review/matrix';
import type { RegisterRow } from '../../../shared/review/register';
import { packDocx } from '../word/pack';
import { textRuns } from '../word/runs';
import { PAGE_SIZES } from '../word/section';
import { documentStyles, type StyleSpec } from '../word/styles';

/**
 * The comments matrix as a Word table (the `docx` library): A4 landscape, bilingual column headings
 * in a header row that Word repeats on every page, one row per comment or suggestion. A line break
 * in a cell's text (replies, headings in two languages) starts a paragraph of its own.
 */

/** Column widths in percent, in MATRIX_COLUMNS order. */
const WIDTHS = [6, 10, 10, 12, 15, 19, 8, 10, 10];
const MARGIN = 1440;
/** The text width of A4 landscape with 2.54 cm margins. */
const TEXT_WIDTH = PAGE_SIZES.a4.height - 2 * MARGIN;

const STYLES: StyleSpec[] = [
  { id: 'Title', name: 'Title', size: 14, bold: true, after: 4, fonts: 'heading', next: 'Normal' },
  { id: 'Subtitle', name: 'Subtitle', size: 10, after: 2 },
  { id: 'cell', name: 'cell', size: 9, after: 0 },
  { id: 'cellHeader', name: 'cellHeader', size: 9, bold: true, after: 0 },
];

const LINE = { style: BorderStyle.SINGLE, size: 4, space: 0, color: '808080' } as const;
const HEADER_SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' } as const;

function cell(text: string, width: number, header: boolean): TableCell {
  const paragraphs = text.split(/\r\n|\n|\r/).map((line) => new Paragraph({ style: header ? 'cellHeader' : 'cell', children: line ? textRuns(line) : [] }));
  return new TableCell({ width: { size: width, type: WidthType.DXA }, ...(header ? { shading: HEADER_SHADE } : {}), children: paragraphs });
}

/** The comments matrix as a Word table (landscape), bilingual headings, one row per comment or suggestion. */
export async function renderMatrixDocx(project: Project, rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const md = project.framework.metadata;
  const cols = WIDTHS.map((w) => Math.floor((w / 100) * TEXT_WIDTH));
  // The header row repeats at the top of every page the table runs onto.
  const row = (cells: readonly string[], header: boolean) => new TableRow({ tableHeader: header || undefined, children: cells.map((c, i) => cell(c, cols[i], header)) });
  const table = new Table({
    columnWidths: cols,
    width: { size: cols.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: LINE, left: LINE, bottom: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [row(MATRIX_COLUMNS.map((c) => `${c.en}\n${c.zh}`), true), ...rows.map((r) => row(matrixCells(r), false))],
  });
  const doc = new Document({
    title: `Comments matrix — ${md.title.en.text}`,
    creator: 'ACEC framework editor',
    lastModifiedBy: 'ACEC framework editor',
    styles: documentStyles(STYLES),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_SIZES.a4.width, height: PAGE_SIZES.a4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 708, footer: 708, gutter: 0 },
          },
        },
        children: [
          new Paragraph({ style: 'Title', children: textRuns('Comments matrix / 意见处理表', { heading: true }) }),
          new Paragraph({ style: 'Subtitle', children: textRuns(md.title.en.text) }),
          new Paragraph({ style: 'Subtitle', children: textRuns(md.title.zh.text) }),
          table,
          // Word keeps a paragraph after a table that ends a document (it adds one on opening otherwise).
          new Paragraph({}),
        ],
      },
    ],
  });
  return packDocx(doc);
}
