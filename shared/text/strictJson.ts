/**
 * Strict reading of the JSON files the app opens (projects, packets, review copies, workspaces,
 * settings, version files): one rule for every kind. A file must be valid UTF-8 (no byte is ever
 * replaced by U+FFFD and written back), a leading UTF-8 byte-order mark is accepted and dropped
 * (Windows editors add one), nesting deeper than {@link MAX_JSON_DEPTH} is refused before parsing
 * (so no "Maximum call stack size exceeded" from a parser or a validator), and a parse failure is
 * told apart: a file cut off at the end is "truncated", anything else is "not JSON" at an offset.
 */

/** Deeper than any file the app writes (a project nests about 15 levels). */
export const MAX_JSON_DEPTH = 100;

export type JsonFailure =
  | { code: 'bad-encoding'; offset: number }
  | { code: 'too-deep'; offset: number; limit: number }
  | { code: 'truncated'; detail: string }
  | { code: 'not-json'; detail: string; offset?: number };

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

/** JSON.parse with the checks above, for text already decoded strictly (BOM removed). */
export function parseJsonStrict(text: string, limit = MAX_JSON_DEPTH): JsonResult {
  const deep = excessiveNestingOffset(text, limit);
  if (deep >= 0) return { ok: false, failure: { code: 'too-deep', offset: deep, limit } };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const detail = (e as Error).message;
    // V8 says "Unexpected end of JSON input" only when the text stops inside a value.
    if (/end of JSON input|Unterminated string/i.test(detail) && text.trim().length > 0) return { ok: false, failure: { code: 'truncated', detail } };
    const at = /position (\d+)/.exec(detail);
    return { ok: false, failure: { code: 'not-json', detail, ...(at ? { offset: Number(at[1]) } : {}) } };
  }
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
      return `is not valid JSON (${f.detail})`;
  }
}
