import { LANGUAGE_XML, fontsXml } from './fonts';
import { xmlEscape } from './xmlText';

/**
 * word/styles.xml from a list of paragraph styles, on the defaults every document of the app shares.
 *
 * The defaults name the East Asian font (SimSun), so Word never falls back silently to whatever
 * face it picks; a style that can hold Chinese headings names SimHei. Headings carry outline
 * levels: Word and LibreOffice build a contents and the navigation pane from them (without,
 * LibreOffice regenerates an empty table of contents).
 */

/** Half-points, as w:sz wants them. */
export const halfPoints = (pt: number) => Math.round(pt * 2);
/** Twentieths of a point (twips), as w:spacing wants them. */
export const twips = (pt: number) => Math.round(pt * 20);

export interface StyleSpec {
  id: string;
  name: string;
  size: number;
  bold?: boolean;
  /** Space after (and before) in points. */
  after: number;
  before?: number;
  /** Heading: outline level 0-based, keep with next. */
  outline?: number;
  indent?: { left: number; hanging?: number };
  /** Fonts named on the style itself: 'heading' puts Chinese in SimHei. */
  fonts?: 'body' | 'heading';
  next?: string;
}

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

/** The whole styles part: defaults (10.5 pt, Times New Roman / SimSun), Normal, and `specs`. */
export function stylesXml(specs: readonly StyleSpec[]): string {
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
    specs.map(styleXml).join('') +
    '</w:styles>'
  );
}
