import { DOCX_FONTS, RUN_LANGUAGE } from './fonts';
import { xmlEscape } from './xmlText';

/**
 * The fixed parts of a .docx package (OPC): content types, relationships, properties, settings and
 * the font table, for every .docx the app writes. The document body, styles, headers, footers and
 * comments are made elsewhere; this file knows which parts exist and how they point at each other.
 */

export const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
} as const;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** A part the main document refers to by relationship id (`target` is relative to word/). */
export interface DocumentRelation {
  id: string;
  type: 'header' | 'footer' | 'comments' | 'commentsExtended';
  target: string;
}

/** Relationship types: the standard parts under the ECMA namespace, Word 2013's comment threads under Microsoft's. */
function relationshipType(type: DocumentRelation['type']): string {
  return type === 'commentsExtended' ? 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended' : `${REL}/${type}`;
}

export function contentTypesXml(relations: readonly DocumentRelation[]): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    override('word/document.xml', `${WML}.document.main+xml`) +
    override('word/styles.xml', `${WML}.styles+xml`) +
    override('word/settings.xml', `${WML}.settings+xml`) +
    override('word/fontTable.xml', `${WML}.fontTable+xml`) +
    relations.map((r) => override(`word/${r.target}`, `${WML}.${r.type}+xml`)).join('') +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

export function packageRelsXml(): string {
  return (
    DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function documentRelsXml(relations: readonly DocumentRelation[]): string {
  return (
    DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>` +
    `<Relationship Id="rIdFonts" Type="${REL}/fontTable" Target="fontTable.xml"/>` +
    relations.map((r) => `<Relationship Id="${r.id}" Type="${relationshipType(r.type)}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

/**
 * Title and author, and when it was made (ISO timestamp, seconds). `description` (Word's
 * "Comments" property) lets a reader recognise a file the app made for a purpose.
 */
export function corePropsXml(title: string, created: string, description?: string): string {
  return (
    DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>ACEC framework editor</dc:creator>` +
    (description !== undefined ? `<dc:description>${xmlEscape(description)}</dc:description>` : '') +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropsXml(): string {
  return DECLARATION + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>ACEC framework editor</Application></Properties>';
}

/**
 * Chinese line breaking: no closing punctuation at a line start, no opening punctuation at a line
 * end (Word's own rules for Simplified Chinese, written out so every Word applies the same set).
 */
const NO_BREAK_AFTER = '$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥';
const NO_BREAK_BEFORE = '!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠';

/**
 * Settings: Chinese line breaking; with `updateFields`, Word updates fields on opening (fills a
 * contents' page numbers; it asks the user first, so only documents with such fields set it).
 */
export function settingsXml(options: { updateFields: boolean }): string {
  return (
    DECLARATION +
    `<w:settings xmlns:w="${NS.w}">` +
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="compressPunctuation"/>' +
    `<w:noLineBreaksAfter w:lang="${RUN_LANGUAGE.eastAsia}" w:val="${xmlEscape(NO_BREAK_AFTER)}"/>` +
    `<w:noLineBreaksBefore w:lang="${RUN_LANGUAGE.eastAsia}" w:val="${xmlEscape(NO_BREAK_BEFORE)}"/>` +
    (options.updateFields ? '<w:updateFields w:val="true"/>' : '') +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    `<w:themeFontLang w:val="${RUN_LANGUAGE.latin}" w:eastAsia="${RUN_LANGUAGE.eastAsia}"/>` +
    '</w:settings>'
  );
}

/**
 * The font table: the Chinese faces with their Chinese names and character set (GB2312), so a Word
 * or LibreOffice without SimSun/SimHei substitutes a Chinese face rather than a Latin one.
 */
export function fontTableXml(): string {
  return (
    DECLARATION +
    `<w:fonts xmlns:w="${NS.w}">` +
    `<w:font w:name="${DOCX_FONTS.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
    `<w:font w:name="${DOCX_FONTS.eastAsia}"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>` +
    `<w:font w:name="${DOCX_FONTS.eastAsiaHeading}"><w:altName w:val="黑体"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>` +
    '</w:fonts>'
  );
}

/** A header or footer part holding `content` (paragraphs). */
export function headerFooterXml(kind: 'hdr' | 'ftr', content: string): string {
  return DECLARATION + `<w:${kind} xmlns:w="${NS.w}" xmlns:r="${NS.r}" xmlns:v="${NS.v}" xmlns:o="${NS.o}">${content}</w:${kind}>`;
}

/** The main document part around its body content. */
export function documentXml(body: string): string {
  return DECLARATION + `<w:document xmlns:w="${NS.w}" xmlns:r="${NS.r}"><w:body>${body}</w:body></w:document>`;
}
