import { hasCjk } from '../../../shared/export/script';
import { LANGUAGE_XML, fontsXml } from './fonts';
import { runText } from './xmlText';

/**
 * Runs and paragraphs. Word chooses a run's font by character class, so a run with Chinese names
 * its Latin fonts *and* its East Asian font (w:eastAsia) itself, whatever the paragraph style
 * says: Chinese never falls back to a face Word picks. Latin runs take the style's fonts.
 */

/** A run's direct formatting. */
export interface RunFormat {
  /** Name the fonts on the run: 'heading' puts Chinese in SimHei, 'body' in SimSun. */
  fonts?: 'body' | 'heading';
  bold?: boolean;
  italic?: boolean;
  /** RGB hex, e.g. '7A7A7A'. */
  color?: string;
  /** Points. */
  size?: number;
  /** Tag the run's language (English, East Asian text Chinese), for proofing and line breaking. */
  language?: boolean;
}

/** <w:rPr> (children in the order the schema wants them), or '' when the run needs none. */
export function runPropertiesXml(f: RunFormat): string {
  let p = '';
  if (f.fonts) p += fontsXml(f.fonts === 'heading');
  if (f.bold) p += '<w:b/><w:bCs/>';
  if (f.italic) p += '<w:i/><w:iCs/>';
  if (f.color) p += `<w:color w:val="${f.color}"/>`;
  if (f.size) p += `<w:sz w:val="${Math.round(f.size * 2)}"/><w:szCs w:val="${Math.round(f.size * 2)}"/>`;
  if (f.language) p += LANGUAGE_XML;
  return p ? `<w:rPr>${p}</w:rPr>` : '';
}

/** How a piece of text looks; `heading` sets Chinese in SimHei. */
export type TextLook = Omit<RunFormat, 'fonts' | 'language'> & { heading?: boolean };

/**
 * One run of text: fonts and language named on it when it holds Chinese; tabs and line breaks
 * kept. `deleted`: the run of a tracked deletion (its text in <w:delText>).
 */
export function textRunXml(text: string, look: TextLook = {}, deleted = false): string {
  const cjk = hasCjk(text);
  const { heading, ...format } = look;
  return `<w:r>${runPropertiesXml({ ...format, fonts: cjk ? (heading ? 'heading' : 'body') : undefined, language: cjk })}${runText(text, deleted)}</w:r>`;
}

/** A paragraph: its properties (children of <w:pPr>, in schema order) and its content. */
export function paragraphXml(pPr: string, content: string): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
}

/** <w:pStyle> for a paragraph's properties. */
export function styleRef(styleId: string): string {
  return `<w:pStyle w:val="${styleId}"/>`;
}
