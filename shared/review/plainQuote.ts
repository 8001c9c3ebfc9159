import { makeQuote } from './anchors';
import type { TextQuote } from './model';

/**
 * Word shows a field without its `*emphasis*` markers, so a span a reviewer selects in Word is a
 * span of the plain text. This finds it in the stored text (markers included) and makes the quote
 * there, so the comment lands exactly where it would had it been made in the app.
 */
export function quoteFromPlainSpan(raw: string, plainExact: string): TextQuote | null {
  if (!plainExact) return null;
  // plain index → raw index, following stripEmphasis (`\*` is a literal asterisk, `*` a marker).
  let plain = '';
  const rawAt: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '\\' && raw[i + 1] === '*') {
      rawAt.push(i);
      plain += '*';
      i++;
    } else if (raw[i] !== '*') {
      rawAt.push(i);
      plain += raw[i];
    }
  }
  rawAt.push(raw.length);
  const at = plain.indexOf(plainExact);
  if (at < 0) return null;
  const start = rawAt[at];
  const end = rawAt[at + plainExact.length - 1] + (raw[rawAt[at + plainExact.length - 1]] === '\\' ? 2 : 1);
  return makeQuote(raw, start, end);
}
