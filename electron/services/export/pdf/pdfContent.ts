import type { Content, ContentText, TableCell as PdfTableCell } from 'pdfmake/interfaces';
import { splitByScript } from '../../../../shared/export/script';
import { numberedLines } from '../../../../shared/export/emit';
import type { Block, HeadingBlock, ListBlock, ParagraphBlock, Run, TableBlock, TocBlock } from '../../../../shared/export/types';
import type { Language } from '../../../../shared/model/bilingual';
import { CJK_FAMILY, LATIN_FAMILY } from '../fonts';

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
    for (const piece of splitByScript(run.text, run.fallback ? run.lang : lang)) {
      const inline: Inline = { text: piece.text, font: piece.cjk ? CJK_FAMILY : LATIN_FAMILY };
      if (run.bold) inline.bold = true;
      if (run.italic && !piece.cjk) inline.italics = true;
      if (run.fallback) inline.color = FALLBACK_COLOR;
      if (run.change) {
        inline.color = CHANGE_COLORS[run.change];
        inline.decoration = run.change === 'ins' ? 'underline' : 'lineThrough';
      }
      out.push(inline);
    }
  }
  return out;
}

/**
 * English is set ragged-right: pdfmake breaks after hyphens and dashes, and justification then
 * widens the gap after them ("2025– 2030"). Chinese is justified, as printed Chinese is.
 */
function alignmentOf(p: ParagraphBlock): 'left' | 'center' | 'right' | 'justify' {
  if (p.align && p.align !== 'justify') return p.align;
  return p.lang === 'zh' && p.style === 'body' ? 'justify' : 'left';
}

function paragraph(p: ParagraphBlock): Content {
  return { text: inlines(p.runs, p.lang), style: p.style, alignment: alignmentOf(p) };
}

function list(l: ListBlock): Content[] {
  return l.items.map((item) => ({
    columns: [
      { width: 30, text: inlines([{ text: item.label, lang: item.lang }], item.lang) },
      { width: '*', text: inlines(item.runs, item.lang), alignment: item.lang === 'zh' ? 'justify' : 'left' },
    ],
    columnGap: 2,
    style: 'listItem',
  }));
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
    headlineLevel: h.level,
    ...(h.toc ? { tocItem: true, tocStyle: h.level === 1 ? 'tocEntry1' : 'tocEntry', tocMargin: [TOC_INDENT[h.level], h.level === 1 ? 5 : 1, 0, 1] as [number, number, number, number], outline: true } : {}),
    ...(h.pageBreakBefore ? { pageBreak: 'before' as const } : {}),
  } as Content;
}

/** Horizontal padding of a grid cell (left + right) and line width: pdfmake's widths exclude both. */
const CELL_PADDING = 8;
const LINE = 0.5;

function table(t: TableBlock, width: number): Content {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const inner = width - t.widths.length * CELL_PADDING - (t.widths.length + 1) * LINE;
  const body: PdfTableCell[][] = t.rows.map((row) =>
    row.map((cell): PdfTableCell => {
      if (!cell) return {};
      return {
        stack: cell.content.map(paragraph),
        ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
        ...(cell.colSpan ? { colSpan: cell.colSpan } : {}),
        ...(cell.shade ? { fillColor: '#e8edf3' } : {}),
        // Merged cells stay top-aligned: pdfmake drops the text of a vertically centred merged
        // cell that crosses a page break.
      };
    }),
  );
  return {
    table: { headerRows: t.headerRows, dontBreakRows: t.role !== 'generic', keepWithHeaderRows: t.headerRows > 0 ? 1 : 0, widths: t.widths.map((w) => (w / total) * inner), body },
    layout: 'grid',
    style: 'table',
  } as Content;
}

function toc(t: TocBlock): Content {
  const title: Inline[] = [];
  t.title.forEach((line, i) => {
    if (i > 0) title.push({ text: '\n' });
    title.push(...inlines(line, line[0]?.lang ?? 'en'));
  });
  return { toc: { title: { text: title, style: 'tocTitle' }, textStyle: 'tocEntry', numberStyle: 'tocEntry' } };
}

/** Blocks as pdfmake content; `width` is the text width in points (tables size their columns with it). */
export function blocksToContent(blocks: readonly Block[], width: number): Content[] {
  const out: Content[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(heading(b));
        break;
      case 'paragraph':
        out.push(paragraph(b));
        break;
      case 'list':
        out.push(...list(b));
        break;
      case 'table':
        out.push(table(b, width));
        break;
      case 'parallel': {
        const colWidth = (width - 2 * 8) / 2;
        const side = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>) => ({ stack: blocksToContent(blocks, colWidth) });
        out.push({
          table: { widths: [colWidth, colWidth], body: b.rows.map((r) => [side(r.left), side(r.right)]) },
          layout: 'parallel',
        } as Content);
        break;
      }
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
