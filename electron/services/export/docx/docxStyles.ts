import { xmlEscape } from './ooxmlText';

/**
 * word/styles.xml: the document defaults and the paragraph styles the export model names.
 *
 * Every style that can hold Chinese names its East Asian font (w:eastAsia) — the defaults name
 * SimSun, headings SimHei — so Word never falls back silently to whatever face it picks. Headings
 * carry outline levels: Word and LibreOffice build the contents from them (without, LibreOffice
 * regenerates an empty table of contents).
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
export const RUN_LANGUAGE = { latin: 'en-GB', eastAsia: 'zh-CN' } as const;

/** <w:rFonts> naming the Latin faces and the East Asian one (SimHei for headings, SimSun otherwise). */
export function fontsXml(heading: boolean): string {
  const east = heading ? DOCX_FONTS.eastAsiaHeading : DOCX_FONTS.eastAsia;
  return `<w:rFonts w:ascii="${DOCX_FONTS.latin}" w:hAnsi="${DOCX_FONTS.latin}" w:eastAsia="${east}" w:cs="${DOCX_FONTS.latin}"/>`;
}

export const LANGUAGE_XML = `<w:lang w:val="${RUN_LANGUAGE.latin}" w:eastAsia="${RUN_LANGUAGE.eastAsia}"/>`;

/** Half-points, as w:sz wants them. */
const halfPoints = (pt: number) => Math.round(pt * 2);
/** Twentieths of a point (twips), as w:spacing wants them. */
export const twips = (pt: number) => Math.round(pt * 20);

interface StyleSpec {
  id: string;
  name: string;
  size: number;
  bold?: boolean;
  /** Space after (and before) in points. */
  after: number;
  before?: number;
  /** Heading: outline level 0-based, keep with next, SimHei. */
  outline?: number;
  indent?: { left: number; hanging?: number };
  fonts?: 'body' | 'heading';
  next?: string;
}

const SPECS: StyleSpec[] = [
  { id: 'Heading1', name: 'heading 1', size: 14, bold: true, before: 16, after: 8, outline: 0, fonts: 'heading', next: 'Normal' },
  { id: 'Heading2', name: 'heading 2', size: 12, bold: true, before: 12, after: 6, outline: 1, fonts: 'heading', next: 'Normal' },
  { id: 'Heading3', name: 'heading 3', size: 11, bold: true, before: 10, after: 5, outline: 2, fonts: 'heading', next: 'Normal' },
  { id: 'body', name: 'body', size: 10.5, after: 7 },
  { id: 'listItem', name: 'listItem', size: 10.5, after: 5, indent: { left: 600, hanging: 600 } },
  { id: 'coverTitle', name: 'coverTitle', size: 22, bold: true, after: 24 },
  { id: 'coverSubtitle', name: 'coverSubtitle', size: 14, after: 8 },
  { id: 'publisher', name: 'publisher', size: 10, after: 4 },
  { id: 'tocTitle', name: 'tocTitle', size: 16, bold: true, after: 18 },
  { id: 'noteTitle', name: 'noteTitle', size: 9.5, bold: true, before: 10, after: 4 },
  { id: 'note', name: 'note', size: 9.5, after: 4 },
  { id: 'cell', name: 'cell', size: 9, after: 2 },
  { id: 'cellHeader', name: 'cellHeader', size: 9.5, bold: true, after: 1 },
  { id: 'componentTitle', name: 'componentTitle', size: 10.5, bold: true, after: 5 },
  { id: 'headerText', name: 'header text', size: 8, after: 0 },
  { id: 'footerText', name: 'footer text', size: 9, after: 0 },
  // The contents entries Word and LibreOffice write name the East Asian font through these styles.
  { id: 'TOC1', name: 'toc 1', size: 10.5, bold: true, before: 5, after: 1, indent: { left: 0 }, fonts: 'body', next: 'Normal' },
  { id: 'TOC2', name: 'toc 2', size: 10.5, before: 1, after: 1, indent: { left: 320 }, fonts: 'body', next: 'Normal' },
  { id: 'TOC3', name: 'toc 3', size: 10.5, before: 1, after: 1, indent: { left: 640 }, fonts: 'body', next: 'Normal' },
];

function styleXml(s: StyleSpec): string {
  const spacing = `<w:spacing${s.before !== undefined ? ` w:before="${twips(s.before)}"` : ''} w:after="${twips(s.after)}"/>`;
  const indent = s.indent ? `<w:ind w:left="${s.indent.left}"${s.indent.hanging ? ` w:hanging="${s.indent.hanging}"` : ''}/>` : '';
  const keep = s.outline !== undefined ? '<w:keepNext/><w:keepLines/>' : '';
  const outline = s.outline !== undefined ? `<w:outlineLvl w:val="${s.outline}"/>` : '';
  const fonts = s.fonts ? fontsXml(s.fonts === 'heading') : '';
  const bold = s.bold ? '<w:b/><w:bCs/>' : '';
  const size = `<w:sz w:val="${halfPoints(s.size)}"/><w:szCs w:val="${halfPoints(s.size)}"/>`;
  return (
    `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${xmlEscape(s.name)}"/><w:basedOn w:val="Normal"/>` +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    (s.outline !== undefined ? '<w:uiPriority w:val="9"/><w:qFormat/>' : '') +
    `<w:pPr>${keep}${spacing}${indent}${outline}</w:pPr><w:rPr>${fonts}${bold}${size}</w:rPr></w:style>`
  );
}

/** The whole styles part. */
export function stylesXml(): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fontsXml(false)}<w:sz w:val="21"/><w:szCs w:val="21"/>${LANGUAGE_XML}</w:rPr></w:rPrDefault>` +
    // Line spacing 1.15 lines, the rule written out: the schema's default rule is "auto" and Word
    // reads it so, but LibreOffice takes a missing rule as an exact height, and a 22 pt cover title
    // then prints its two lines over each other.
    '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    SPECS.map(styleXml).join('') +
    '</w:styles>'
  );
}
