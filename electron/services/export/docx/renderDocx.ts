import { hasCjk } from '../../../../shared/export/script';
import type { DocumentPart, ExportDocument } from '../../../../shared/export/types';
import { DOCX_FONTS, fontsXml } from '../../ooxml/fonts';
import { appPropsXml, contentTypesXml, corePropsXml, documentRelsXml, documentXml, fontTableXml, headerFooterXml, packageRelsXml, settingsXml, type DocumentRelation } from '../../ooxml/packageParts';
import { PAGE_SIZES, sectionXml } from '../../ooxml/section';
import { xmlEscape } from '../../ooxml/xmlText';
import { zipFiles } from '../../ooxml/zip';
import { BodyWriter, itemXml, tocBookmarks } from './docxBody';
import { DocxContext, runsXml } from './docxRuns';
import { stylesXml } from './docxStyles';

/**
 * Render the export model to .docx bytes: WordprocessingML written directly from the model.
 *
 * Why not the `docx` library? The secretariat's scripts
 * call the command line, where a process makes one file and exits: there the library's object
 * tree and its generic XML serialiser were most of the time of a .docx (measured: ~145 ms of
 * serialising plus ~70 ms of loading its code, against a whole pandoc run of ~280 ms). The model
 * is already laid out, so writing its XML is a few string templates: see docxBody.ts, and the
 * tests that read the result back with python-docx and LibreOffice (tests/electron/export).
 */

/** Margins in twentieths of a point. */
const MARGIN = { side: 1240, top: 1360, bottom: 1200, header: 620, footer: 600 };

/** Word's "text watermark": a WordArt shape (VML) behind the text, rotated, light red. */
function watermarkXml(text: string): string {
  const font = hasCjk(text) ? DOCX_FONTS.eastAsiaHeading : DOCX_FONTS.latin;
  return (
    '<w:p><w:pPr><w:pStyle w:val="headerText"/></w:pPr><w:r><w:pict>' +
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>' +
    '<v:shape id="DraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:460pt;height:100pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#b00020" stroked="f">' +
    `<v:fill opacity="0.15"/><v:textpath style="font-family:&quot;${font}&quot;;font-size:1pt" string="${xmlEscape(text)}"/></v:shape></w:pict></w:r></w:p>`
  );
}

/** The header of a part: the watermark (drafts) behind every page, and on body pages the short title. */
function headerContent(ctx: DocxContext, doc: ExportDocument, part: DocumentPart): string {
  let xml = doc.watermark ? watermarkXml(doc.watermark) : '';
  if (part.kind === 'body') for (const line of doc.header) xml += `<w:p><w:pPr><w:pStyle w:val="headerText"/><w:jc w:val="center"/></w:pPr>${runsXml(ctx, line)}</w:p>`;
  return xml || '<w:p><w:pPr><w:pStyle w:val="headerText"/></w:pPr></w:p>';
}

/** The footer of a part: the page number on body pages. */
function footerContent(part: DocumentPart): string {
  if (part.kind !== 'body') return '<w:p><w:pPr><w:pStyle w:val="footerText"/></w:pPr></w:p>';
  const field = (xml: string) => `<w:r><w:rPr>${fontsXml(false)}</w:rPr>${xml}</w:r>`;
  return (
    '<w:p><w:pPr><w:pStyle w:val="footerText"/><w:jc w:val="center"/></w:pPr>' +
    field('<w:fldChar w:fldCharType="begin"/>') +
    field('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    field('<w:fldChar w:fldCharType="separate"/>') +
    field('<w:t>1</w:t>') +
    field('<w:fldChar w:fldCharType="end"/>') +
    '</w:p>'
  );
}

/** Render the export model to .docx bytes. */
export async function renderDocx(doc: ExportDocument): Promise<Uint8Array> {
  const created = `${new Date().toISOString().slice(0, 19)}Z`;
  const ctx = new DocxContext(created);
  const page = PAGE_SIZES[doc.paper];
  const width = page.width - 2 * MARGIN.side;
  const bodyBlocks = doc.parts.filter((p) => p.kind === 'body').flatMap((p) => p.blocks);
  const writer = new BodyWriter(ctx, width, tocBookmarks(bodyBlocks), bodyBlocks);

  const relations: DocumentRelation[] = [];
  const parts: Array<readonly [string, string]> = [];
  let body = '';
  doc.parts.forEach((part, i) => {
    // Each part is a section of its own: cover and contents without the running header and page numbers.
    const header: DocumentRelation = { id: `rIdHeader${i + 1}`, type: 'header', target: `header${i + 1}.xml` };
    const footer: DocumentRelation = { id: `rIdFooter${i + 1}`, type: 'footer', target: `footer${i + 1}.xml` };
    relations.push(header, footer);
    parts.push([`word/${header.target}`, headerFooterXml('hdr', headerContent(ctx, doc, part))], [`word/${footer.target}`, headerFooterXml('ftr', footerContent(part))]);
    const sectPr = sectionXml({
      page,
      margins: { top: MARGIN.top, right: MARGIN.side, bottom: MARGIN.bottom, left: MARGIN.side, header: MARGIN.header, footer: MARGIN.footer },
      headerId: header.id,
      footerId: footer.id,
    });
    const items = writer.blocks(part.blocks);
    const last = i === doc.parts.length - 1;
    if (last) {
      // The last section's properties close the body.
      body += items.map((item) => itemXml(item)).join('') + sectPr;
      return;
    }
    // Any other section ends in its last paragraph (one is added when the part ends in a table).
    if (items.at(-1)?.kind !== 'p') items.push({ kind: 'p', pPr: '', content: '' });
    body += items.map((item, k) => itemXml(item, k === items.length - 1 ? sectPr : '')).join('');
  });

  const files: Array<readonly [string, string]> = [
    ['[Content_Types].xml', contentTypesXml(relations)],
    ['_rels/.rels', packageRelsXml()],
    ['docProps/core.xml', corePropsXml(doc.title, created)],
    ['docProps/app.xml', appPropsXml()],
    ['word/document.xml', documentXml(body)],
    ['word/_rels/document.xml.rels', documentRelsXml(relations)],
    ['word/styles.xml', stylesXml()],
    ['word/settings.xml', settingsXml({ updateFields: true })],
    ['word/fontTable.xml', fontTableXml()],
    ...parts,
  ];
  const zip = zipFiles(files.map(([name, xml]) => [name, Buffer.from(xml, 'utf8')] as const));
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength);
}
