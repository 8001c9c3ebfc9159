import { promises as fs } from 'node:fs';
import path from 'node:path';
import { RESOURCES_DIR } from '../builtinEdition';
import { ProblemError } from '../../../shared/ipc/problem';

/**
 * The fonts the PDF embeds, read once per process (the CJK files are ~15 MB each: reading them
 * per export costs more than laying out the whole document).
 *
 * Latin text is set in Noto Serif and Chinese in Noto Serif SC: one design family, so a bilingual
 * page looks of a piece, and a serif matches the published edition. Roboto (which pdfmake ships)
 * is a sans and has no Chinese. Chinese has no italic: its italic slots point at the upright
 * faces (instrument titles in Chinese are marked with 《》, not slanted).
 */
export const FONTS_DIR = path.join(RESOURCES_DIR, 'fonts');

export const LATIN_FAMILY = 'Serif';
export const CJK_FAMILY = 'SerifSC';

export const PDF_FONT_FILES = {
  [LATIN_FAMILY]: {
    normal: 'NotoSerif-Regular.ttf',
    bold: 'NotoSerif-Bold.ttf',
    italics: 'NotoSerif-Italic.ttf',
    bolditalics: 'NotoSerif-BoldItalic.ttf',
  },
  [CJK_FAMILY]: {
    normal: 'NotoSerifSC-Regular.ttf',
    bold: 'NotoSerifSC-Bold.ttf',
    italics: 'NotoSerifSC-Regular.ttf',
    bolditalics: 'NotoSerifSC-Bold.ttf',
  },
} as const;

/** The distinct files, for loading and for checking that the app ships them all. */
export function pdfFontFileNames(): string[] {
  return [...new Set(Object.values(PDF_FONT_FILES).flatMap((f) => Object.values(f)))];
}

let loaded: Promise<Map<string, Buffer>> | null = null;

/** Every font file's bytes, by file name; read on first use and kept for the life of the process. */
export function loadFontBytes(): Promise<Map<string, Buffer>> {
  if (!loaded) {
    loaded = Promise.all(
      pdfFontFileNames().map(async (name) => {
        try {
          return [name, await fs.readFile(path.join(FONTS_DIR, name))] as const;
        } catch (e) {
          throw new ProblemError('font-missing', { font: name }, { file: path.join(FONTS_DIR, name), cause: e });
        }
      }),
    ).then((entries) => new Map(entries));
    // A failed read is not cached: the next export tries again.
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}
