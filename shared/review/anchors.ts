import type { ElementRef } from '../model/elements';
import type { Anchor, TextQuote } from './model';

/**
 * Finding a comment's place again. Elements are addressed by their stable ids (which survive
 * moves), so only the quoted span needs re-finding in the current text of the field: an exact
 * match (the one whose surroundings best match the recorded prefix/suffix when there are several),
 * else the text now standing between the recorded prefix and suffix is reported as changed.
 * A comment is never dropped: when its span is gone it says so, with the old and the new text.
 */

/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

/** The quote for `text.slice(start, end)`. */
export function makeQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuote {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - context), start), suffix: text.slice(end, end + context) };
}

export type QuoteResolution =
  | { status: 'found'; start: number; end: number }
  | { status: 'text-changed'; oldText: string; currentText: string };

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Re-find a quote in `text`. */
export function resolveQuote(text: string, quote: TextQuote): QuoteResolution {
  const hits: number[] = [];
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) hits.push(i);
  if (hits.length > 0) {
    let best = hits[0];
    let bestScore = -1;
    for (const h of hits) {
      const before = text.slice(Math.max(0, h - quote.prefix.length), h);
      const after = text.slice(h + quote.exact.length, h + quote.exact.length + quote.suffix.length);
      const score = commonSuffixLength(before, quote.prefix) + commonPrefixLength(after, quote.suffix);
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return { status: 'found', start: best, end: best + quote.exact.length };
  }
  return { status: 'text-changed', oldText: quote.exact, currentText: textBetween(text, quote) };
}

/** What now stands where the quote was: between its prefix and suffix if both are still there, else the whole text. */
function textBetween(text: string, quote: TextQuote): string {
  // Shorter context tails survive more edits; try the recorded context, then its nearest half.
  for (const keep of [quote.prefix.length, Math.ceil(quote.prefix.length / 2)]) {
    const prefix = quote.prefix.slice(quote.prefix.length - keep);
    for (const keepS of [quote.suffix.length, Math.ceil(quote.suffix.length / 2)]) {
      const suffix = quote.suffix.slice(0, keepS);
      if (!prefix && !suffix) continue;
      const p = prefix ? text.indexOf(prefix) : 0;
      if (p < 0) continue;
      const from = p + prefix.length;
      const s = suffix ? text.indexOf(suffix, from) : text.length;
      if (s < 0) continue;
      return text.slice(from, s);
    }
  }
  return text;
}

export type AnchorResolution =
  | { status: 'ok'; text: string; start?: number; end?: number }
  | { status: 'text-changed'; oldText: string; currentText: string; text: string }
  | { status: 'element-missing' };

/** Where an anchor points in the current document (`index` from indexElements). */
export function resolveAnchor(anchor: Anchor, index: ReadonlyMap<string, ElementRef>): AnchorResolution {
  const field = index.get(anchor.elementId)?.fields.find((f) => f.name === anchor.field);
  if (!field) return { status: 'element-missing' };
  const text = field.value[anchor.lang].text;
  if (!anchor.quote) return { status: 'ok', text };
  const r = resolveQuote(text, anchor.quote);
  return r.status === 'found' ? { status: 'ok', text, start: r.start, end: r.end } : { ...r, text };
}
