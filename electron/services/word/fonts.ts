import type { IFontAttributesProperties } from 'docx';

/**
 * The font policy of every .docx the app writes (the export, the review copy, the comments
 * matrix): fonts named, not embedded (embedding a CJK font makes every file ~17.5 MB). SimSun (宋体)
 * and SimHei (黑体) are the faces of Chinese official documents and come with every Chinese-capable
 * Word; Times New Roman is what the published English was set in. The font table names the
 * Chinese faces by their Chinese names too (see pack.ts), so a Word or LibreOffice without them
 * substitutes a Chinese face rather than a Latin one.
 */
export const DOCX_FONTS = {
  latin: 'Times New Roman',
  eastAsia: 'SimSun',
  eastAsiaHeading: 'SimHei',
} as const;

/** Language tags for proofing and line breaking: Latin text is English, East Asian text Chinese. */
export const RUN_LANGUAGE = { value: 'en-GB', eastAsia: 'zh-CN' } as const;

/** The fonts a run or style names: the Latin faces and the East Asian one (SimHei for headings, SimSun otherwise). */
export function fontsFor(heading: boolean): IFontAttributesProperties {
  const latin = DOCX_FONTS.latin;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia: heading ? DOCX_FONTS.eastAsiaHeading : DOCX_FONTS.eastAsia };
}
