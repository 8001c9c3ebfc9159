import type { Project } from '../../../shared/model/project';
import { MATRIX_COLUMNS, matrixCells } from '../../../shared/review/matrix';
import type { RegisterRow } from '../../../shared/review/register';
import { paragraphXml, styleRef, textRunXml } from '../ooxml/runs';
import { PAGE_SIZES, sectionXml, textWidth, type SectionLayout } from '../ooxml/section';
import { stylesXml, type StyleSpec } from '../ooxml/styles';
import { wordPackage } from '../ooxml/wordPackage';

/**
 * The comments matrix as a Word table: A4 landscape, bilingual column headings in a header row
 * that Word repeats on every page, one row per comment or suggestion. A line break in a cell's
 * text (replies, headings in two languages) starts a paragraph of its own.
 */

/** Column widths in percent, in MATRIX_COLUMNS order. */
const WIDTHS = [6, 10, 10, 12, 15, 19, 8, 10, 10];
const PAGE: SectionLayout = { page: PAGE_SIZES.a4, landscape: true, margins: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708 } };

const STYLES: StyleSpec[] = [
  { id: 'Title', name: 'Title', size: 14, bold: true, after: 4, fonts: 'heading', next: 'Normal' },
  { id: 'Subtitle', name: 'Subtitle', size: 10, after: 2 },
  { id: 'cell', name: 'cell', size: 9, after: 0 },
  { id: 'cellHeader', name: 'cellHeader', size: 9, bold: true, after: 0 },
];

const LINE = 'w:val="single" w:sz="4" w:space="0" w:color="808080"';
const HEADER_SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="E8EDF3"/>';

function cellXml(text: string, width: number, header: boolean): string {
  const paragraphs = text.split(/\r\n|\n|\r/).map((line) => paragraphXml(styleRef(header ? 'cellHeader' : 'cell'), line ? textRunXml(line) : ''));
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${header ? HEADER_SHADE : ''}</w:tcPr>${paragraphs.join('')}</w:tc>`;
}

/** The comments matrix as a Word table (landscape), bilingual headings, one row per comment or suggestion. */
export async function renderMatrixDocx(project: Project, rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const md = project.framework.metadata;
  const total = textWidth(PAGE);
  const cols = WIDTHS.map((w) => Math.floor((w / 100) * total));
  const row = (cells: readonly string[], header: boolean) =>
    // The header row repeats at the top of every page the table runs onto.
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map((c, i) => cellXml(c, cols[i], header)).join('')}</w:tr>`;
  const table =
    `<w:tbl><w:tblPr><w:tblW w:w="${cols.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
    `<w:tblBorders><w:top ${LINE}/><w:left ${LINE}/><w:bottom ${LINE}/><w:right ${LINE}/><w:insideH ${LINE}/><w:insideV ${LINE}/></w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/></w:tblPr>' +
    `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(MATRIX_COLUMNS.map((c) => `${c.en}\n${c.zh}`), true) +
    rows.map((r) => row(matrixCells(r), false)).join('') +
    '</w:tbl>';
  const body =
    paragraphXml(styleRef('Title'), textRunXml('Comments matrix / 意见处理表', { heading: true })) +
    paragraphXml(styleRef('Subtitle'), textRunXml(md.title.en.text)) +
    paragraphXml(styleRef('Subtitle'), textRunXml(md.title.zh.text)) +
    table +
    // Word keeps a paragraph after a table that ends a document (it adds one on opening otherwise).
    paragraphXml('', '') +
    sectionXml(PAGE);
  return wordPackage({ title: `Comments matrix — ${md.title.en.text}`, body, styles: stylesXml(STYLES) });
}
