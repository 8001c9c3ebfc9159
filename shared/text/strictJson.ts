/**
 * Strict reading of the JSON files the app opens (projects, packets, review copies, workspaces,
 * settings, version files): one rule for every kind. A file must be valid UTF-8 (no byte is ever
 * replaced by U+FFFD and written back), a leading UTF-8 byte-order mark is accepted and dropped
 * (Windows editors add one), nesting deeper than {@link MAX_JSON_DEPTH} is refused before parsing
 * (so no "Maximum call stack size exceeded" from a parser or a validator), and a parse failure is
 * told apart: a file that stops inside a value is "truncated", anything else is "not JSON" at an offset.
 */

/** Deeper than any file the app writes (a project nests about 15 levels). */
export const MAX_JSON_DEPTH = 100;

export type JsonFailure =
  | { code: 'bad-encoding'; offset: number }
  | { code: 'too-deep'; offset: number; limit: number }
  | { code: 'truncated'; detail: string }
  | { code: 'not-json'; detail: string; offset: number };

export type JsonResult = { ok: true; value: unknown } | { ok: false; failure: JsonFailure };

/** Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629), or -1 if all are. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
}

/** Number of bytes of a leading UTF-8 byte-order mark (0 or 3). */
export function bomLength(bytes: Uint8Array): number {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/** Offset (in characters) where nesting first exceeds `limit`, or -1. Strings are skipped. */
export function excessiveNestingOffset(text: string, limit = MAX_JSON_DEPTH): number {
  try {
    return nestingByTokens(text, limit);
  } catch {
    // A string with so many escapes that the regular expression runs out of backtracking stack.
    return nestingByCharacters(text, limit);
  }
}

const TOKEN = /["{}[\]]/g;
/** A whole JSON string from its opening quote (an escape takes the character after it). */
const STRING = /"[^"\\]*(?:\\[^][^"\\]*)*"/y;

/**
 * The scan by regular expressions: only brackets and quotes are visited in JavaScript, and each
 * string is skipped in one match. The same answer as the loop over every character below, about a
 * quarter of the time on the built-in edition without V8's optimising compiler (the command line's
 * one-shot runs, electron/cli/exportCommand.mjs): most of a project's characters are in strings.
 */
function nestingByTokens(text: string, limit: number): number {
  const token = new RegExp(TOKEN);
  const string = new RegExp(STRING);
  let depth = 0;
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const c = text.charCodeAt(m.index);
    if (c === 0x22) {
      string.lastIndex = m.index;
      // An unterminated string: nothing after it nests (JSON.parse reports it).
      if (!string.test(text)) return -1;
      token.lastIndex = string.lastIndex;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return m.index;
    } else depth--;
  }
  return -1;
}

function nestingByCharacters(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** @internal The character-by-character scan, for tests comparing the two. */
export const excessiveNestingByCharacters = nestingByCharacters;

/** JSON.parse with the checks above, for text already decoded strictly (BOM removed). */
export function parseJsonStrict(text: string, limit = MAX_JSON_DEPTH): JsonResult {
  const deep = excessiveNestingOffset(text, limit);
  if (deep >= 0) return { ok: false, failure: { code: 'too-deep', offset: deep, limit } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const detail = (e as Error).message;
    // Cut off = the parser ran out of text inside a value. A fault anywhere before the end is
    // "not JSON" at its offset.
    if (stopsAtEnd(text, detail) && text.trim().length > 0) return { ok: false, failure: { code: 'truncated', detail } };
    return { ok: false, failure: { code: 'not-json', detail, offset: faultOffset(text) } };
  }
}

/**
 * Decode bytes as strict UTF-8 (a leading BOM dropped): the text, or the offset of the first byte
 * that is not UTF-8. Pure, for the layers without TextDecoder in their types (shared/); Node code
 * uses electron/services/strictJsonFile.ts, which asks the native check first.
 */
export function decodeUtf8Strict(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  const skip = bomLength(bytes);
  const body = bytes.subarray(skip);
  const bad = firstInvalidUtf8Offset(body);
  if (bad >= 0) return { ok: false, offset: skip + bad };
  const units: number[] = [];
  const parts: string[] = [];
  for (let i = 0; i < body.length; ) {
    const b = body[i];
    // The bytes are known to be well formed: only the lead byte says how many follow.
    const n = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    let cp = n === 1 ? b : b & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) cp = (cp << 6) | (body[i + k] & 0x3f);
    i += n;
    if (cp > 0xffff) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    if (units.length >= 8192) parts.push(String.fromCharCode(...units.splice(0)));
  }
  parts.push(String.fromCharCode(...units));
  return { ok: true, text: parts.join('') };
}

/** {@link parseJsonStrict} for text read by someone else (a test, a paste): the same BOM rule as bytes. */
export function parseJsonText(text: string, limit = MAX_JSON_DEPTH): JsonResult {
  return parseJsonStrict(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, limit);
}

/** V8 says "end of JSON input", or names a position at the very end, when the text ran out inside a value. */
function stopsAtEnd(text: string, message: string): boolean {
  if (/end of JSON input/i.test(message)) return true;
  const at = /position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

/**
 * Offset of the first character no JSON text could continue with. V8 names a position for some
 * faults only ("Unexpected token 'x'" has none), so the offset is found the same way for all: the
 * longest prefix that is still the beginning of some JSON text (it fails only by ending), by
 * bisection (about 20 parses of a 1 MB file, on the refusal path only).
 */
function faultOffset(text: string): number {
  const viable = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      return stopsAtEnd(text.slice(0, n), (e as Error).message);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (viable(mid)) lo = mid;
    else hi = mid;
  }
  return hi - 1;
}

/** English one-liner of a failure, for logs, the command line and Problem messages. */
export function describeJsonFailure(f: JsonFailure): string {
  switch (f.code) {
    case 'bad-encoding':
      return `is not valid UTF-8 (first bad byte at offset ${f.offset})`;
    case 'too-deep':
      return `nests deeper than ${f.limit} levels (at offset ${f.offset})`;
    case 'truncated':
      return `is cut off before its end (${f.detail})`;
    case 'not-json':
      return `is not valid JSON at offset ${f.offset} (${f.detail})`;
  }
}
