import { AlignmentType, Document, Footer, Header, ImportedXmlComponent, PageNumber, Paragraph, TextRun, type IParagraphStyleOptions, type ISectionOptions } from 'docx';
import { hasCjk } from '../../../../shared/export/script';
import type { ExportDocument } from '../../../../shared/export/types';
import { DOCX_FONTS, DocxContext, RUN_LANGUAGE, blocksToDocx, docxRuns, fontFor } from './docxContent';
import { packDocx } from './zipPackage';

/** Page sizes and margins in twentieths of a point. */
const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = { side: 1240, top: 1360, bottom: 1200 };

const pt = (n: number) => Math.round(n * 2); // half-points
const sp = (n: number) => Math.round(n * 20); // twips

/**
 * Paragraph styles. Headings carry outline levels: Word and LibreOffice build the contents from
 * them (without, LibreOffice regenerates an empty table of contents).
 */
function styles(): IParagraphStyleOptions[] {
  const heading = (id: string, name: string, level: number, size: number, before: number, after: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: pt(size), font: fontFor(true) },
    paragraph: { outlineLevel: level, keepNext: true, keepLines: true, spacing: { before: sp(before), after: sp(after) } },
  });
  const plain = (id: string, size: number, after: number, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
    id,
    name: id,
    basedOn: 'Normal',
    run: { size: pt(size), ...(extra.run ?? {}) },
    paragraph: { spacing: { after: sp(after) }, ...(extra.paragraph ?? {}) },
  });
  return [
    heading('Heading1', 'Heading 1', 0, 14, 16, 8),
    heading('Heading2', 'Heading 2', 1, 12, 12, 6),
    heading('Heading3', 'Heading 3', 2, 11, 10, 5),
    plain('body', 10.5, 7),
    plain('listItem', 10.5, 5, { paragraph: { indent: { left: 600, hanging: 600 }, spacing: { after: sp(5) } } }),
    plain('coverTitle', 22, 24, { run: { bold: true, size: pt(22) } }),
    plain('coverSubtitle', 14, 8),
    plain('publisher', 10, 4),
    plain('tocTitle', 16, 18, { run: { bold: true, size: pt(16) } }),
    plain('noteTitle', 9.5, 4, { run: { bold: true, size: pt(9.5) }, paragraph: { spacing: { before: sp(10), after: sp(4) } } }),
    plain('note', 9.5, 4),
    plain('cell', 9, 2, { paragraph: { spacing: { after: sp(2) } } }),
    plain('cellHeader', 9.5, 1, { run: { bold: true, size: pt(9.5) } }),
    plain('componentTitle', 10.5, 5, { run: { bold: true, size: pt(10.5) } }),
    // The contents entries Word and LibreOffice write name the East Asian font through these styles.
    ...[1, 2, 3].map((level): IParagraphStyleOptions => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: fontFor(false), size: pt(10.5), ...(level === 1 ? { bold: true } : {}) },
      paragraph: { indent: { left: (level - 1) * 320 }, spacing: { before: sp(level === 1 ? 5 : 1), after: sp(1) } },
    })),
  ];
}

const xmlEscape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Word's "text watermark": a WordArt shape (VML) behind the text, rotated, light red. */
function watermarkShape(text: string): ImportedXmlComponent {
  const font = hasCjk(text) ? DOCX_FONTS.eastAsiaHeading : DOCX_FONTS.latin;
  return ImportedXmlComponent.fromXmlString(
    `<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>` +
      `<v:shape id="DraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:100pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#b00020" stroked="f">` +
      `<v:fill opacity="0.15"/><v:textpath style="font-family:&quot;${font}&quot;;font-size:1pt" string="${xmlEscape(text)}"/></v:shape></w:pict></w:r>`,
  );
}

/** Render the export model to .docx bytes. */
export async function renderDocx(doc: ExportDocument): Promise<Uint8Array> {
  const ctx = new DocxContext(`${new Date().toISOString().slice(0, 19)}Z`);
  const page = PAGE[doc.paper];
  const width = page.width - 2 * MARGIN.side;
  const body = doc.parts.filter((p) => p.kind === 'body').flatMap((p) => p.blocks);
  const properties = { page: { size: page, margin: { left: MARGIN.side, right: MARGIN.side, top: MARGIN.top, bottom: MARGIN.bottom, header: 620, footer: 600 } } };

  // A draft carries Word's own kind of watermark: a faint diagonal text shape anchored in the
  // header, so it shows behind every page (docx has no API for it: the VML is written as is).
  // (Written as raw XML, the shape is a run the paragraph's typed children do not list.)
  const watermark = doc.watermark ? [new Paragraph({ children: [watermarkShape(doc.watermark) as unknown as TextRun] })] : [];
  const plainHeader = new Header({ children: watermark.length ? watermark : [new Paragraph({})] });
  const runningHeader = new Header({
    children: [
      ...watermark,
      ...doc.header.map((line) => new Paragraph({ alignment: AlignmentType.CENTER, children: docxRuns(ctx, line, { size: pt(8) }) })),
    ],
  });
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(9), font: fontFor(false) })] })] });

  const sections: ISectionOptions[] = doc.parts.map((part) => ({
    properties,
    headers: { default: part.kind === 'body' ? runningHeader : plainHeader },
    footers: { default: part.kind === 'body' ? footer : new Footer({ children: [new Paragraph({})] }) },
    children: blocksToDocx(ctx, part.blocks, width, body),
  }));

  const document = new Document({
    title: doc.title,
    creator: 'ACEC framework editor',
    // Word asks to update fields on opening: that fills the contents' page numbers.
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: fontFor(false), size: pt(10.5), language: RUN_LANGUAGE }, paragraph: { spacing: { line: 276 } } } },
      paragraphStyles: styles(),
    },
    sections,
  });
  const buffer = await packDocx(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
