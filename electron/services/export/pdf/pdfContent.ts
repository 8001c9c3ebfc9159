import type { Content, ContentText, TableCell as PdfTableCell } from 'pdfmake/interfaces';
import { splitByScript } from '../../../../shared/export/script';
import { numberedLines, runsText } from '../../../../shared/export/emit';
import type { Block, HeadingBlock, ListBlock, ParagraphBlock, ParallelBlock, Run, TableBlock, TocBlock } from '../../../../shared/export/types';
import type { Language } from '../../../../shared/model/bilingual';
import { CJK_FAMILY, LATIN_FAMILY } from '../fonts';
import { PLAN_META, planTable, plainRowsMeta } from './planTable';
import { FLOW_LIST_ITEM, FLOW_PARAGRAPH } from './widowControl';

/**
 * The export model as pdfmake content. Every run is cut by script so each piece is set in a font
 * that has its glyphs (pdfmake has no fallback); labels, punctuation and numbers go the same way.
 */

type Inline = ContentText & { text: string };

export const CHANGE_COLORS = { ins: '#1b6e20', del: '#b00020' } as const;
const FALLBACK_COLOR = '#7a7a7a';

/** pdfmake inlines of runs in a paragraph of language `lang`. */
export function inlines(runs: readonly Run[], lang: Language): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    const pieces = splitByScript(run.text, run.fallback ? run.lang : lang);
    pieces.forEach((piece, k) => {
      const inline: Inline = { text: piece.text, font: piece.cjk ? CJK_FAMILY : LATIN_FAMILY };
      // A stretch that must not break (a compound, a year range, a number and its unit) is one word
      // per script piece, and each piece but the last is glued to the next: pdfmake's line breaker
      // (Line.hasEnoughSpaceForInline, LayoutBuilder.buildNextLine) keeps an inline marked
      // `noNewLine` on the line of the inline after it, so "2023" never ends a line that "年" opens.
      if (run.keep) {
        inline.noWrap = true;
        if (k < pieces.length - 1) (inline as Inline & { noNewLine?: boolean }).noNewLine = true;
      }
      if (run.bold) inline.bold = true;
      if (run.italic && !piece.cjk) inline.italics = true;
      if (run.fallback) inline.color = FALLBACK_COLOR;
      if (run.change) {
        inline.color = CHANGE_COLORS[run.change];
        inline.decoration = run.change === 'ins' ? 'underline' : 'lineThrough';
      }
      out.push(inline);
    });
  }
  return out;
}

/**
 * Body text is justified in both languages, as the published edition is. Year ranges are `keep`
 * runs (one word), so justification no longer opens a gap after their hyphen ("2025– 2030").
 * Table cells and notes stay ragged-right: their columns are too narrow to justify evenly.
 */
function alignmentOf(p: ParagraphBlock, narrow: boolean): 'left' | 'center' | 'right' | 'justify' {
  if (p.align && p.align !== 'justify') return p.align;
  // Chinese justifies by the character, evenly, even in a narrow column.
  return p.style === 'body' && !(narrow && p.lang === 'en') ? 'justify' : 'left';
}

/**
 * A paragraph. `narrow`: set in a half-width column (side by side), where justified English opens
 * wide gaps between words (pdfmake does not hyphenate): left-aligned there, as in the .docx.
 */
function paragraph(p: ParagraphBlock, narrow = false): Content {
  // Body text gets widow and orphan control where it is laid out in the page flow (widowControl.ts).
  return { text: inlines(p.runs, p.lang), style: p.style, alignment: alignmentOf(p, narrow), ...(p.style === 'body' ? { [FLOW_PARAGRAPH]: true } : {}) } as Content;
}

function list(l: ListBlock, narrow = false): Content[] {
  return l.items.map((item) => ({
    columns: [
      { width: 30, text: inlines([{ text: item.label, lang: item.lang }], item.lang) },
      { width: '*', text: inlines(item.runs, item.lang), alignment: narrow && item.lang === 'en' ? 'left' : 'justify' },
    ],
    columnGap: 2,
    style: 'listItem',
    // No single line of an item at a page foot or head, where it is laid out in the page flow (widowControl.ts).
    [FLOW_LIST_ITEM]: true,
  }) as Content);
}

const TOC_INDENT = { 1: 0, 2: 16, 3: 32 } as const;

function heading(h: HeadingBlock): Content {
  const text: Inline[] = [];
  numberedLines(h).forEach((line, i) => {
    if (i > 0) text.push({ text: '\n' });
    text.push(...inlines(line, line[0]?.lang ?? 'en'));
  });
  return {
    text,
    style: `h${h.level}`,
    id: h.anchor,
    ...(h.toc ? { tocItem: true, tocStyle: h.level === 1 ? 'tocEntry1' : 'tocEntry', tocMargin: [TOC_INDENT[h.level], h.level === 1 ? 5 : 1, 0, 1] as [number, number, number, number], outline: true } : {}),
  } as Content;
}

/**
 * Consecutive keep-with-next blocks (a section heading, its first subsection heading, the notes
 * title) as one unbreakable stack: never split, and marked (`headlineLevel`) so that the layout
 * moves it to the next page when what follows it does not start on the same page with two lines
 * (keepWithNext.ts, decided in the one layout pass).
 */
function keepGroup(blocks: ReadonlyArray<HeadingBlock | ParagraphBlock>): Content {
  const first = blocks[0];
  return {
    stack: blocks.map((b) => (b.kind === 'heading' ? heading(b) : paragraph(b))),
    unbreakable: true,
    headlineLevel: 1,
    ...(first.kind === 'heading' && first.pageBreakBefore ? { pageBreak: 'before' as const } : {}),
  } as Content;
}

const keepsWithNext = (b: Block): boolean => (b.kind === 'heading' && b.keepWithNext) || (b.kind === 'paragraph' && Boolean(b.keepWithNext));

/** Body text's and table cells' font sizes (renderPdf's styles), for estimating a row's height. */
const BODY_SIZE = 10.5;
const CELL_SIZE = 9;

/** Horizontal padding of a grid cell (left + right) and line width: pdfmake's widths exclude both. */
const CELL_PADDING = 8;
const LINE = 0.5;

function table(t: TableBlock, width: number): Content[] {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const inner = width - t.widths.length * CELL_PADDING - (t.widths.length + 1) * LINE;
  const body: PdfTableCell[][] = t.rows.map((row) =>
    row.map((cell): PdfTableCell => {
      if (!cell) return {};
      return {
        stack: cell.content.map((x) => paragraph(x)),
        ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
        ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
        ...(cell.shade ? { fillColor: '#e8edf3' } : {}),
        // Merged cells stay top-aligned: pdfmake drops the text of a vertically centred merged
        // cell that crosses a page break.
      };
    }),
  );
  const widths = t.widths.map((w) => (w / total) * inner);
  // The action plan breaks between sub-rows, with continued words in its merged cells (planTable.ts).
  if (t.role === 'actionPlan') return [planTable(t, widths, (x) => paragraph(x))];
  // Rows stay whole unless pdfmake would split them its own way: it loses a merged cell's text
  // across a break, and a row split across pages reads out of order (each cell's first part, then
  // each cell's rest). Annex rows (no merged cells) taller than the space left break between lines
  // as action-plan rows do (planRowBreak.ts: two lines of every paragraph on each side, the cells
  // closed by a rule, the part on the next page read after the first).
  const dontBreakRows = t.role !== 'generic';
  const texts = (row: TableBlock['rows'][number]) => row.map((cell) => (cell?.content ?? []).map((p) => runsText(p.runs)));
  const breakable = (headerRows: number, rows: TableBlock['rows']) => (t.role === 'annex' ? { [PLAN_META]: plainRowsMeta(headerRows, rows.map(texts), CELL_SIZE) } : {});
  const groups = t.keepWithNextRows.filter((r) => r >= t.headerRows);
  if (!groups.length) {
    return [{ table: { headerRows: t.headerRows, dontBreakRows, keepWithHeaderRows: t.headerRows > 0 ? 1 : 0, widths, body }, layout: 'grid', style: 'table', ...breakable(t.headerRows, t.rows.slice(t.headerRows)) } as Content];
  }
  // A row that keeps with the next (an annex priority area) opens a table of its own whose header
  // is the column header and that row: pdfmake keeps header rows with the first row after them,
  // and repeats them on every page the group continues on.
  const header = body.slice(0, t.headerRows);
  const out: Content[] = [];
  const starts = [t.headerRows, ...groups.filter((g) => g > t.headerRows)];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? body.length;
    const rows = body.slice(start, end);
    const grouped = groups.includes(start);
    const last = i === starts.length - 1;
    const headerRows = t.headerRows + (grouped ? 1 : 0);
    out.push({
      table: { headerRows, dontBreakRows, keepWithHeaderRows: 1, widths, body: [...header, ...rows] },
      layout: 'grid',
      margin: [0, i === 0 ? 4 : 0, 0, last ? 10 : 0],
      ...breakable(headerRows, t.rows.slice(start + (grouped ? 1 : 0), end)),
    } as Content);
  });
  return out;
}

/** The paragraphs' and list items' texts of a column of blocks. */
const textsOf = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : b.items.map((item) => item.label + runsText(item.runs))));

/**
 * Side by side: aligned rows of two columns. A row holding a keep-with-next paragraph (the notes
 * title) is joined to the row after it, and that pair is a table of its own whose row never breaks,
 * so the title cannot end a page; the other rows may break across pages like paragraphs.
 */
function parallel(b: ParallelBlock, width: number): Content[] {
  const colWidth = (width - 2 * 8) / 2;
  const side = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>) => ({ stack: blocksToContent(blocks.map((x) => (x.kind === 'paragraph' && x.keepWithNext ? { ...x, keepWithNext: false } : x)), colWidth, true) });
  // Rows that may break do so between lines, never leaving one line of a paragraph on a page (planRowBreak.ts).
  const tableOf = (rows: ParallelBlock['rows'], keep: boolean): Content =>
    ({
      table: { widths: [colWidth, colWidth], dontBreakRows: true, body: rows.map((r) => [side(r.left), side(r.right)]) },
      layout: 'parallel',
      ...(keep ? {} : { [PLAN_META]: plainRowsMeta(0, rows.map((r) => [textsOf(r.left), textsOf(r.right)]), BODY_SIZE) }),
    }) as Content;
  const out: Content[] = [];
  let run: ParallelBlock['rows'] = [];
  for (let i = 0; i < b.rows.length; i++) {
    const row = b.rows[i];
    const keeps = [...row.left, ...row.right].some((x) => x.kind === 'paragraph' && x.keepWithNext);
    if (keeps && i + 1 < b.rows.length) {
      if (run.length) out.push(tableOf(run, false));
      run = [];
      const next = b.rows[++i];
      out.push(tableOf([{ left: [...row.left, ...next.left], right: [...row.right, ...next.right] }], true));
      continue;
    }
    run.push(row);
  }
  if (run.length) out.push(tableOf(run, false));
  return out;
}

function toc(t: TocBlock): Content {
  const title: Inline[] = [];
  t.title.forEach((line, i) => {
    if (i > 0) title.push({ text: '\n' });
    title.push(...inlines(line, line[0]?.lang ?? 'en'));
  });
  return { toc: { title: { text: title, style: 'tocTitle' }, textStyle: 'tocEntry', numberStyle: 'tocEntry' } };
}

/**
 * Blocks as pdfmake content; `width` is the text width in points (tables size their columns with
 * it); `narrow` for a half-width column of the side-by-side layout (left-aligned text).
 */
export function blocksToContent(blocks: readonly Block[], width: number, narrow = false): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (keepsWithNext(b)) {
      const group: Array<HeadingBlock | ParagraphBlock> = [];
      while (i < blocks.length && keepsWithNext(blocks[i]) && !(group.length && (blocks[i] as HeadingBlock).pageBreakBefore)) group.push(blocks[i++] as HeadingBlock | ParagraphBlock);
      i--;
      out.push(keepGroup(group));
      continue;
    }
    switch (b.kind) {
      case 'heading':
        out.push(heading(b));
        break;
      case 'paragraph':
        out.push(paragraph(b, narrow));
        break;
      case 'list':
        out.push(...list(b, narrow));
        break;
      case 'table':
        out.push(...table(b, width));
        break;
      case 'parallel':
        out.push(...parallel(b, width));
        break;
      case 'toc':
        out.push(toc(b));
        break;
      case 'pageBreak':
        out.push({ text: '', pageBreak: 'after' });
        break;
      case 'figure': {
        // pdfmake draws SVG as vectors; the caption lines follow, one per language.
        const scale = Math.min(1, width / b.width);
        out.push({ svg: b.svg, width: b.width * scale, height: b.height * scale, margin: [0, 6, 0, 2] } as Content);
        for (const line of b.caption) out.push({ text: inlines(line, line[0]?.lang ?? 'en'), style: 'cell', margin: [0, 0, 0, 6] } as Content);
        break;
      }
    }
  }
  return out;
}
