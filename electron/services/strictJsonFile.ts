import { isUtf8 } from 'node:buffer';
import { bomLength, firstInvalidUtf8Offset, parseJsonStrict, type JsonResult } from '../../shared/text/strictJson';

/**
 * Decode a JSON file's bytes by the one rule every file kind follows (shared/text/strictJson.ts):
 * strict UTF-8 with the offset of the first bad byte, an optional BOM dropped, nesting bounded.
 * Node's native isUtf8 answers the common case; the pure scan runs only to find the offset.
 */
export function decodeJsonBytes(bytes: Uint8Array): JsonResult {
  const skip = bomLength(bytes);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
  if (!isUtf8(body)) return { ok: false, failure: { code: 'bad-encoding', offset: skip + firstInvalidUtf8Offset(body) } };
  return parseJsonStrict(body.toString('utf8'));
}

/** The text of strictly valid UTF-8 bytes (BOM dropped), or the offset of the first bad byte. */
export function decodeTextBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; offset: number } {
  const skip = bomLength(bytes);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
  if (!isUtf8(body)) return { ok: false, offset: skip + firstInvalidUtf8Offset(body) };
  return { ok: true, text: body.toString('utf8') };
}
