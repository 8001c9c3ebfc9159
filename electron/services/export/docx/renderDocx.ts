import { AlignmentType, Document, Footer, Header, PageNumber, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { hasCjk } from '../../../../shared/export/script';
import type { DocumentPart, ExportDocument } from '../../../../shared/export/types';
import { DOCX_FONTS, fontsFor } from '../../word/fonts';
import { packDocx } from '../../word/pack';
import { BlockCache } from '../../word/blockCache';
import { PAGE_SIZES } from '../../word/section';
import { BodyWriter, tocBookmarks } from './docxBody';
import { DocxContext, modelRuns } from './docxRuns';
import { exportStyles } from './docxStyles';

/**
 * Render the export model to .docx bytes with the `docx` library: one section per part of the
 * document (cover, contents, body), each with its own header (the draft watermark, the short
 * title on body pages) and footer (page numbers on body pages). The body is docxBody.ts; what the
 * library has no option for is patched onto its output in ../../word/pack.ts.
 *
 * Blocks unchanged since an earlier render in this process are not built again (the XML the
 * library wrote for them is kept: ../../word/blockCache.ts), so a warm export after an edit costs
 * the edited blocks plus the rest of the package.
 */

/** The blocks of this process's exports, kept while one of the last few renders used them. */
export const exportCache = new BlockCache();

export interface RenderDocxOptions {
  /** Where built blocks are kept between renders; null builds every block (the default is the process's cache). */
  cache?: BlockCache | null;
}

/** Margins in twentieths of a point. */
const MARGIN = { side: 1240, top: 1360, bottom: 1200, header: 620, footer: 600 };

/** Word's text watermark (WordArt behind the text, a shape id of its own in every header: the library makes it unique). */
function watermark(text: string): Paragraph {
  return new Paragraph({
    style: 'headerText',
    children: [new TextWatermark({ text, font: hasCjk(text) ? DOCX_FONTS.eastAsiaHeading : DOCX_FONTS.latin, color: 'B00020', opacity: 0.15, width: 460, height: 100 })],
  });
}

/** The header of a part: the watermark (drafts) behind every page, and on body pages the short title. */
function header(ctx: DocxContext, doc: ExportDocument, part: DocumentPart): Header {
  const children: Paragraph[] = doc.watermark ? [watermark(doc.watermark)] : [];
  if (part.kind === 'body') for (const line of doc.header) children.push(new Paragraph({ style: 'headerText', alignment: AlignmentType.CENTER, children: modelRuns(ctx, line) }));
  return new Header({ children: children.length ? children : [new Paragraph({ style: 'headerText' })] });
}

/** The footer of a part: the page number on body pages. */
function footer(part: DocumentPart): Footer {
  if (part.kind !== 'body') return new Footer({ children: [new Paragraph({ style: 'footerText' })] });
  return new Footer({ children: [new Paragraph({ style: 'footerText', alignment: AlignmentType.CENTER, children: [new TextRun({ font: fontsFor(false), children: [PageNumber.CURRENT] })] })] });
}

/** Render the export model to .docx bytes. */
export async function renderDocx(doc: ExportDocument, { cache = exportCache }: RenderDocxOptions = {}): Promise<Uint8Array> {
  const created = `${new Date().toISOString().slice(0, 19)}Z`;
  const ctx = new DocxContext(created);
  const page = PAGE_SIZES[doc.paper];
  const width = page.width - 2 * MARGIN.side;
  const bodyBlocks = doc.parts.filter((p) => p.kind === 'body').flatMap((p) => p.blocks);
  const kept = cache?.beginRender() ?? null;
  const writer = new BodyWriter(ctx, width, tocBookmarks(bodyBlocks), bodyBlocks, kept);

  // Each part is a section of its own: cover and contents without the running header and page numbers.
  const sections: ISectionOptions[] = doc.parts.map((part) => ({
    properties: {
      page: {
        size: { width: page.width, height: page.height },
        margin: { top: MARGIN.top, right: MARGIN.side, bottom: MARGIN.bottom, left: MARGIN.side, header: MARGIN.header, footer: MARGIN.footer, gutter: 0 },
      },
    },
    headers: { default: header(ctx, doc, part) },
    footers: { default: footer(part) },
    children: writer.blocks(part.blocks),
  }));
  // The document's properties in the layout's leading language, as the model gives them.
  const props = doc.properties;
  const document = new Document({
    title: props.title,
    subject: props.subject,
    creator: props.author,
    lastModifiedBy: props.author,
    keywords: props.keywords.join(', '),
    styles: exportStyles(),
    // Word fills the contents' page numbers when it opens the file (it asks the user first).
    features: { updateFields: true },
    sections,
  });
  try {
    return await packDocx(document, { language: props.language, ...(kept ? { document: (xml: string) => kept.splice(xml) } : {}) });
  } finally {
    kept?.end();
  }
}
