/**
 * The font policy of every .docx the app writes (the export, the review copy, the comments
 * matrix): fonts named, not embedded (embedding a CJK font makes every file ~17.5 MB). SimSun (宋体)
 * and SimHei (黑体) are the faces of Chinese official documents and come with every Chinese-capable
 * Word; Times New Roman is what the published English was set in. The font table
 * (packageParts.ts) gives the Chinese faces their Chinese names and character set, so a Word or
 * LibreOffice without them substitutes a Chinese face rather than a Latin one.
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
