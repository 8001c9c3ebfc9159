/**
 * Line breaking for printed text that the export model's runs do not say by themselves
 * (shared/export/typeset.ts marks what must stay on one line; this says how a renderer without a
 * layout engine of its own, Word, keeps it there):
 *
 * - a `keep` run's hyphens are given back as non-breaking hyphen pieces ("2021-2025", "1-3");
 * - the full-width hyphen of Chinese compounds ("中国－东盟") keeps its glyph; the line-breaking
 *   sets below forbid a break on either side of it instead;
 * - a number keeps its 年/月/日: those characters may not start a line.
 */

/** A piece of printed text: text, or a hyphen no line may break at. */
export type TextPiece = string | { noBreakHyphen: true };

/** The text of a run that must stay on one line, cut at its hyphens (each one non-breaking). Joining gives the text back ('-' for a hyphen piece). */
export function keepPieces(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  text.split(/[-\u2010\u2011]/u).forEach((piece, i) => {
    if (i > 0) out.push({ noBreakHyphen: true });
    if (piece) out.push(piece);
  });
  return out;
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
