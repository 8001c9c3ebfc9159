import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Project } from '../../../shared/model/project';
import { MATRIX_COLUMNS, matrixCells } from '../../../shared/review/matrix';
import type { RegisterRow } from '../../../shared/review/register';

/** Column widths in percent, in MATRIX_COLUMNS order. */
const WIDTHS = [6, 10, 10, 12, 15, 19, 8, 10, 10];
const CJK = { eastAsia: 'Noto Sans CJK SC' };

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18, font: CJK })] })),
  });
}

/** The comments matrix as a Word table (landscape), bilingual headings, one row per comment or suggestion. */
export async function renderMatrixDocx(project: Project, rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const md = project.framework.metadata;
  const header = new TableRow({ tableHeader: true, children: MATRIX_COLUMNS.map((c) => cell(`${c.en}\n${c.zh}`, true)) });
  const body = rows.map((r) => new TableRow({ children: matrixCells(r).map((t) => cell(t)) }));
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: WIDTHS.map((w) => Math.round(w * 140)),
    rows: [header, ...body],
  });
  const doc = new Document({
    title: `Comments matrix — ${md.title.en.text}`,
    creator: 'ACEC framework editor',
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ children: [new TextRun({ text: 'Comments matrix / 意见处理表', bold: true, size: 28, font: CJK })] }),
          new Paragraph({ children: [new TextRun({ text: md.title.en.text, size: 20 })] }),
          new Paragraph({ children: [new TextRun({ text: md.title.zh.text, size: 20, font: CJK })] }),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
