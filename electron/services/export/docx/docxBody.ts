import type { Block, HeadingBlock, ListBlock, ParagraphBlock, Run, TableBlock } from '../../../../shared/export/types';
import { numberedLines } from '../../../../shared/export/emit';
import { DocxContext, runsXml } from './docxRuns';

/**
 * The export model's blocks as the body of word/document.xml.
 *
 * Top-level items are kept apart (not joined) until the section they belong to is closed: a
 * section's properties go into its last paragraph (that is how WordprocessingML ends a section),
 * so the renderer needs to reach that paragraph.
 */

/** One top-level body element: a paragraph (whose properties a section end may extend), or a table or content control. */
export type BodyItem = { kind: 'p'; pPr: string; content: string } | { kind: 'block'; xml: string };

export function itemXml(item: BodyItem, sectPr = ''): string {
  if (item.kind === 'block') return item.xml;
  const pPr = item.pPr + sectPr;
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${item.content}</w:p>`;
}

const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

/** A paragraph's properties, children in schema order (style, keep/break, tabs, jc). */
function pPr(style: string | null, opts: { pageBreakBefore?: boolean; tabs?: string; align?: keyof typeof JC } = {}): string {
  return (
    (style ? `<w:pStyle w:val="${style}"/>` : '') +
    (opts.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (opts.tabs ?? '') +
    (opts.align ? `<w:jc w:val="${JC[opts.align]}"/>` : '')
  );
}

const THIN = 'w:val="single" w:sz="4" w:space="0" w:color="8A8A8A"';
const NO_LINE = 'w:val="nil"';
const SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="E8EDF3"/>';

/** The bookmark each contents heading gets, so the contents entries can link to it. */
export function tocBookmarks(blocks: readonly Block[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const b of blocks) if (b.kind === 'heading' && b.toc) names.set(b.anchor, `_Toc${String(names.size + 1).padStart(6, '0')}`);
  return names;
}

/** The text of a contents entry: the heading's number and every line of its title. */
function tocEntryRuns(h: HeadingBlock): Run[] {
  const runs: Run[] = [];
  numberedLines(h).forEach((line, i) => {
    if (i > 0) runs.push({ text: ' ', lang: line[0]?.lang ?? 'en' });
    for (const r of line) if (r.change !== 'del') runs.push({ text: r.text, lang: r.lang });
  });
  return runs;
}

/** Renders the blocks of one document. */
export class BodyWriter {
  /**
   * @param widthTwips the text width (tables are scaled to it)
   * @param bookmarks heading anchor → bookmark name, for the contents (see tocBookmarks)
   * @param bodyBlocks the blocks the contents lists
   */
  constructor(
    private readonly ctx: DocxContext,
    private readonly widthTwips: number,
    private readonly bookmarks: ReadonlyMap<string, string>,
    private readonly bodyBlocks: readonly Block[],
  ) {}

  blocks(blocks: readonly Block[]): BodyItem[] {
    const out: BodyItem[] = [];
    for (const b of blocks) {
      switch (b.kind) {
        case 'heading':
          out.push(this.heading(b));
          break;
        case 'paragraph':
          out.push(this.paragraph(b));
          break;
        case 'list':
          out.push(...this.list(b));
          break;
        case 'table':
          out.push({ kind: 'block', xml: this.table(b) });
          // Word joins two adjacent tables into one; a paragraph after each keeps them apart.
          out.push({ kind: 'p', pPr: pPr('cell'), content: '' });
          break;
        case 'parallel':
          out.push({ kind: 'block', xml: this.parallel(b.rows) });
          break;
        case 'toc':
          for (const line of b.title) out.push({ kind: 'p', pPr: pPr('tocTitle', { align: 'center' }), content: runsXml(this.ctx, line, { bold: true }) });
          out.push({ kind: 'block', xml: this.toc() });
          break;
        case 'pageBreak':
          out.push({ kind: 'p', pPr: '', content: '<w:r><w:br w:type="page"/></w:r>' });
          break;
      }
    }
    return out;
  }

  private heading(h: HeadingBlock): BodyItem {
    let content = '';
    numberedLines(h).forEach((line, i) => {
      if (i > 0) content += '<w:r><w:br/></w:r>';
      content += runsXml(this.ctx, line, { heading: true });
    });
    const bookmark = this.bookmarks.get(h.anchor);
    if (bookmark) {
      const id = this.ctx.nextAnnotationId();
      content = `<w:bookmarkStart w:id="${id}" w:name="${bookmark}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
    }
    return { kind: 'p', pPr: pPr(`Heading${h.level}`, { pageBreakBefore: h.pageBreakBefore }), content };
  }

  private paragraph(p: ParagraphBlock): Extract<BodyItem, { kind: 'p' }> {
    const align = p.align ?? (p.style === 'body' ? 'justify' : undefined);
    return { kind: 'p', pPr: pPr(p.style, { align }), content: runsXml(this.ctx, p.runs) };
  }

  private list(l: ListBlock): BodyItem[] {
    // Printed labels (not Word numbering): labels typed by hand or published out of sequence print as they are.
    return l.items.map((item) => ({ kind: 'p', pPr: pPr('listItem'), content: runsXml(this.ctx, [{ text: `${item.label}\t`, lang: item.lang }, ...item.runs]) }));
  }

  private cellParagraphs(blocks: ReadonlyArray<ParagraphBlock | ListBlock>, emptyStyle: string | null): string {
    const items = blocks.flatMap((b) => (b.kind === 'paragraph' ? [this.paragraph(b)] : this.list(b)));
    // A cell must hold at least one paragraph.
    if (!items.length) items.push({ kind: 'p', pPr: pPr(emptyStyle), content: '' });
    return items.map((i) => itemXml(i)).join('');
  }

  private table(t: TableBlock): string {
    const total = t.widths.reduce((a, b) => a + b, 0) || 1;
    const cols = t.widths.map((w) => Math.round((w / total) * this.widthTwips));
    const width = (c: number, span: number) => cols.slice(c, c + span).reduce((a, b) => a + b, 0);
    // Columns still covered by a cell merged from a row above: rows left and its column span.
    const below: Array<{ rows: number; span: number } | undefined> = [];
    let xml =
      `<w:tbl><w:tblPr><w:tblW w:w="${cols.reduce((a, b) => a + b, 0)}" w:type="dxa"/>` +
      `<w:tblBorders><w:top ${THIN}/><w:left ${THIN}/><w:bottom ${THIN}/><w:right ${THIN}/><w:insideH ${THIN}/><w:insideV ${THIN}/></w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/></w:tblPr>` +
      `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    t.rows.forEach((row, r) => {
      const trPr = (t.role !== 'generic' ? '<w:cantSplit/>' : '') + (r < t.headerRows ? '<w:tblHeader/>' : '');
      xml += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
      for (let c = 0; c < cols.length; ) {
        const covered = below[c];
        if (covered && covered.rows > 0) {
          // Word wants a cell in every row a vertical merge crosses, marked as its continuation.
          covered.rows--;
          xml += `<w:tc><w:tcPr><w:tcW w:w="${width(c, covered.span)}" w:type="dxa"/>${covered.span > 1 ? `<w:gridSpan w:val="${covered.span}"/>` : ''}<w:vMerge/><w:vAlign w:val="top"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="cell"/></w:pPr></w:p></w:tc>`;
          c += covered.span;
          continue;
        }
        const cell = row[c];
        // A column the model leaves empty without a span covering it still gets a cell: the grid stays whole.
        const span = Math.max(1, Math.min(cell?.colSpan ?? 1, cols.length - c));
        const rowSpan = cell?.rowSpan ?? 1;
        below[c] = rowSpan > 1 ? { rows: rowSpan - 1, span } : undefined;
        xml +=
          `<w:tc><w:tcPr><w:tcW w:w="${width(c, span)}" w:type="dxa"/>` +
          (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
          (rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '') +
          (cell?.shade ? SHADE : '') +
          // Merged cells stay top-aligned: their text starts beside the first row they cover.
          '<w:vAlign w:val="top"/></w:tcPr>' +
          this.cellParagraphs(cell?.content ?? [], 'cell') +
          '</w:tc>';
        c += span;
      }
      xml += '</w:tr>';
    });
    return `${xml}</w:tbl>`;
  }

  private parallel(rows: Extract<Block, { kind: 'parallel' }>['rows']): string {
    const half = Math.floor(this.widthTwips / 2);
    const side = (blocks: ReadonlyArray<ParagraphBlock | ListBlock>) =>
      `<w:tc><w:tcPr><w:tcW w:w="${half}" w:type="dxa"/><w:tcMar><w:left w:w="120" w:type="dxa"/><w:right w:w="120" w:type="dxa"/></w:tcMar></w:tcPr>${this.cellParagraphs(blocks, null)}</w:tc>`;
    return (
      `<w:tbl><w:tblPr><w:tblW w:w="${half * 2}" w:type="dxa"/>` +
      `<w:tblBorders><w:top ${NO_LINE}/><w:left ${NO_LINE}/><w:bottom ${NO_LINE}/><w:right ${NO_LINE}/><w:insideH ${NO_LINE}/><w:insideV ${NO_LINE}/></w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="${half}"/><w:gridCol w:w="${half}"/></w:tblGrid>` +
      rows.map((r) => `<w:tr>${side(r.left)}${side(r.right)}</w:tr>`).join('') +
      '</w:tbl>'
    );
  }

  /**
   * The contents: a real TOC field (headings 1-3, entries as links) inside Word's table-of-contents
   * content control. Its cached entries are the headings known from the model, each linking to its
   * heading's bookmark; Word fills in the page numbers when it opens the file (settings ask it to
   * update fields), LibreOffice when its indexes are updated.
   */
  private toc(): string {
    const headings = this.bodyBlocks.filter((b): b is HeadingBlock => b.kind === 'heading' && b.toc);
    const tabs = `<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${this.widthTwips}"/></w:tabs>`;
    const begin = '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>';
    const entries = headings.map((h, i) => {
      const bookmark = this.bookmarks.get(h.anchor);
      const text = runsXml(this.ctx, tocEntryRuns(h)) + '<w:r><w:tab/></w:r>';
      const link = bookmark ? `<w:hyperlink w:anchor="${bookmark}" w:history="1">${text}</w:hyperlink>` : text;
      return itemXml({ kind: 'p', pPr: pPr(`TOC${h.level}`, { tabs }), content: (i === 0 ? begin : '') + link });
    });
    const end = '<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';
    // An empty contents still needs a whole field, so Word can fill it.
    const body = entries.length ? entries.join('') + end : `<w:p>${begin}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
    return `<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${body}</w:sdtContent></w:sdt>`;
  }
}
