/**
 * Chinese and number typesetting rules every renderer applies to printed text (the .docx now;
 * the PDF can call the same functions): where a line must not break, the markers Chinese prints
 * full-width, and the spaces Chinese does not print. Pure functions on strings.
 *
 * - A hyphen between two digits (a year range, "2021-2025") or between two Chinese characters
 *   ("中国-东盟") must not end a line: it is given back as a non-breaking hyphen piece.
 * - The full-width hyphen of Chinese compounds ("中国－东盟") keeps its glyph; line-breaking rules
 *   (NO_BREAK_BEFORE / NO_BREAK_AFTER) forbid a break on either side of it instead.
 * - A number keeps its 年/月/日: those characters may not start a line.
 * - No space after full-width punctuation in Chinese ("组成部分1： 环境" → "组成部分1：环境").
 * - List markers in Chinese are full-width: "(1)" → "（1）".
 */

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** A hyphen that joins two digits or two Chinese characters (the character before it is group 1: no look-behind, which is slow). */
const JOINING_HYPHEN = new RegExp(`([0-9${HAN}])[-\\u2010](?=[0-9${HAN}])`, 'gu');

/** A piece of printed text: text, or a hyphen no line may break at. */
export type TextPiece = string | { noBreakHyphen: true };

/** `text` cut at the hyphens no line may break at (see above). Joining the pieces ('-' for a hyphen piece) gives the text back. */
export function hyphenPieces(text: string): TextPiece[] {
  if (!text.includes('-') && !text.includes('\u2010')) return [text];
  const out: TextPiece[] = [];
  let at = 0;
  for (const m of text.matchAll(JOINING_HYPHEN)) {
    const hyphen = m.index + m[1].length;
    if (hyphen > at) out.push(text.slice(at, hyphen));
    out.push({ noBreakHyphen: true });
    at = hyphen + 1;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Full-width punctuation after which Chinese prints no space. */
const FULL_WIDTH_STOP = /([，。：；！？、）》」』】])[ \u3000]+/gu;

/** Chinese text without the spaces typed after full-width punctuation. */
export function chineseSpacing(text: string): string {
  return text.replace(FULL_WIDTH_STOP, '$1');
}

/** A list marker as Chinese prints it: half-width brackets full-width ("(1)" → "（1）"). */
export function chineseMarker(label: string): string {
  return label.replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * Characters no line may end with (opening brackets and quotes, the full-width hyphen), for
 * Simplified Chinese: Word's own list written out, so every Word and LibreOffice applies one set.
 */
export const NO_BREAK_AFTER = '$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥－';

/**
 * Characters no line may start with (closing punctuation, the full-width hyphen, and 年月日 so a
 * number keeps its date word).
 */
export const NO_BREAK_BEFORE = '!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠－年月日';
