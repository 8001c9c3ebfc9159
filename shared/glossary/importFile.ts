import { decodeUtf8Strict } from '../text/strictJson';
import { glossaryFromCsv } from './csv';
import { GlossaryImportError, type GlossaryImport } from './importResult';
import { detectGlossaryFormat, glossaryFromTbx } from './tbx';

/**
 * A glossary exchange file as it comes from disk: its bytes decoded by the one rule of every file
 * kind (strict UTF-8, a leading BOM dropped, shared/text/strictJson.ts), then read by its
 * extension. A bad byte refuses the file with its offset: a term is never imported with U+FFFD in
 * place of a character (a CSV saved as GBK or Latin-1 by a spreadsheet is the usual cause).
 */
export function glossaryFromFile(fileName: string, bytes: Uint8Array): GlossaryImport {
  const format = detectGlossaryFormat(fileName);
  const text = decodeUtf8Strict(bytes);
  if (!text.ok) throw new GlossaryImportError('bad-encoding', `${fileName} is not UTF-8 text (first bad byte at offset ${text.offset}); save it as UTF-8 and import it again`);
  return format === 'csv' ? glossaryFromCsv(text.text) : glossaryFromTbx(text.text);
}
