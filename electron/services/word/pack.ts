import type { Document } from 'docx';
import { NO_BREAK_AFTER, NO_BREAK_BEFORE } from '../../../shared/text/typesetting';
import { DOCX_FONTS, RUN_LANGUAGE } from './fonts';
import { useLibrarySpeedups } from './librarySpeedups';
import { libraryParts, textDecoder, zipParts } from './zipParts';

/**
 * A `docx` Document as .docx bytes, with the few settings the library has no option for patched
 * into its output. Each patch edits one part of the library's package as text before the package is
 * zipped (zipParts.ts: the library's parts, zipped once), and fails loudly if the part no longer
 * looks as expected, so a library update cannot drop one silently (tests/electron/word/pack.test.ts):
 *
 * - word/settings.xml: Simplified Chinese line breaking (which characters may not end or start a
 *   line, written out so every Word and LibreOffice applies one set: shared/text/typesetting.ts),
 *   punctuation compression, and the theme's font languages;
 * - word/fontTable.xml: the Chinese faces with their Chinese names and character set (GB2312), so a
 *   Word or LibreOffice without SimSun/SimHei substitutes a Chinese face rather than a Latin one;
 * - word/styles.xml: widow and orphan control in the paragraph defaults (no single line of a
 *   paragraph alone at the foot or head of a page), which the library's defaults cannot say;
 * - docProps/core.xml: the document's language (dc:language), which the library does not write.
 */

export interface PackOptions {
  /** The document's language (BCP 47, e.g. 'zh-CN'), written as dc:language. */
  language?: string;
  /** The writer's own last step on word/document.xml (blockCache.ts: kept blocks put in place), before the patches above. */
  document?: (xml: string) => string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function replaceOnce(xml: string, part: string, find: RegExp, make: (match: string) => string): string {
  const m = find.exec(xml);
  if (!m) throw new Error(`The docx library's ${part} no longer has ${find.source}: update electron/services/word/pack.ts`);
  return xml.slice(0, m.index) + make(m[0]) + xml.slice(m.index + m[0].length);
}

/**
 * Settings: Chinese line breaking goes after the tab stop and header settings and before
 * w:updateFields / w:compat (the schema's order); the theme font languages after w:compat.
 */
export function patchSettings(xml: string): string {
  const breaking =
    '<w:characterSpacingControl w:val="compressPunctuation"/>' +
    `<w:noLineBreaksAfter w:lang="${RUN_LANGUAGE.eastAsia}" w:val="${escape(NO_BREAK_AFTER)}"/>` +
    `<w:noLineBreaksBefore w:lang="${RUN_LANGUAGE.eastAsia}" w:val="${escape(NO_BREAK_BEFORE)}"/>`;
  const withBreaking = replaceOnce(xml, 'settings.xml', /<w:updateFields\b|<w:compat\b/, (m) => breaking + m);
  return replaceOnce(withBreaking, 'settings.xml', /<\/w:compat>/, (m) => `${m}<w:themeFontLang w:val="${RUN_LANGUAGE.value}" w:eastAsia="${RUN_LANGUAGE.eastAsia}"/>`);
}

const FONT_TABLE =
  `<w:font w:name="${DOCX_FONTS.latin}"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
  `<w:font w:name="${DOCX_FONTS.eastAsia}"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>` +
  `<w:font w:name="${DOCX_FONTS.eastAsiaHeading}"><w:altName w:val="黑体"/><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`;

/** The font table: the library writes it empty (it lists only embedded fonts). */
export function patchFontTable(xml: string): string {
  return replaceOnce(xml, 'fontTable.xml', /<w:fonts\b[^>]*?(\/>|>)/, (m) => (m.endsWith('/>') ? `${m.slice(0, -2)}>${FONT_TABLE}</w:fonts>` : m + FONT_TABLE));
}

/** Styles: widow control first in the default paragraph properties (before spacing, the schema's order). */
export function patchStyles(xml: string): string {
  return replaceOnce(xml, 'styles.xml', /<w:pPrDefault><w:pPr>/, (m) => `${m}<w:widowControl/>`);
}

/** Core properties: dc:language before the revision (the library writes no language). */
export function patchCoreProperties(xml: string, language: string): string {
  return replaceOnce(xml, 'core.xml', /<\/cp:coreProperties>/, (m) => `<dc:language>${escape(language)}</dc:language>${m}`);
}

/** The parts patched above, by path, for one document. */
function patchesFor(options: PackOptions): ReadonlyMap<string, (xml: string) => string> {
  const { language, document } = options;
  return new Map<string, (xml: string) => string>([
    ...(document ? [['word/document.xml', document] as const] : []),
    ['word/settings.xml', patchSettings],
    ['word/fontTable.xml', patchFontTable],
    ['word/styles.xml', patchStyles],
    ...(language ? [['docProps/core.xml', (xml: string) => patchCoreProperties(xml, language)] as const] : []),
  ]);
}

/** The .docx bytes of `doc`, patched as above. */
export async function packDocx(doc: Document, options: PackOptions = {}): Promise<Uint8Array> {
  useLibrarySpeedups();
  const parts = await libraryParts(doc);
  for (const [path, patch] of patchesFor(options)) {
    const data = parts.get(path);
    if (data === undefined) throw new Error(`The docx library's package has no ${path}: update electron/services/word/pack.ts`);
    parts.set(path, patch(typeof data === 'string' ? data : textDecoder.decode(data)));
  }
  return zipParts(parts);
}
