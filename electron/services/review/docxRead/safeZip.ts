import JSZip from 'jszip';
import { crc32, inflateRawSync } from 'node:zlib';
import { firstInvalidUtf8Offset } from '../../../../shared/text/strictJson';
import { DocxRefusalError } from './docxRefusal';

/**
 * Opening a .docx someone sent, without trusting it. A .docx is a zip; a zip's central directory
 * says, for every part, how big it is packed and unpacked. That directory is read first (jszip's
 * loader reads only the directory and slices the packed bytes; it inflates nothing), and a part
 * is refused before any inflating when what it declares is over a limit. The declared sizes can
 * lie, so inflating is capped too: node's zlib stops at `maxOutputLength` (the part limit, or the
 * packed size times the ratio limit, whichever is smaller) and the part is refused; the actual
 * size and CRC-32 are then checked against the directory, so a flipped byte is named as such
 * instead of jszip's "Bug : uncompressed data size mismatch".
 *
 * jszip's loader is used for the directory (it handles zip64, comments and data descriptors) and
 * its internal `_data` (compressed bytes, declared sizes, method) is read here: jszip's own
 * inflating has no cap. A change of jszip version is caught by the hostile-.docx suite.
 */

export const DOCX_LIMITS = {
  /** The whole file: the review .docx of the built-in edition is ~60 kB, at ten times its size ~0.6 MB. */
  fileBytes: 50 * 1024 * 1024,
  /** Parts in the zip: a .docx from Word has ~15. */
  entries: 1000,
  /** One part unpacked: document.xml of the ten-times edition is ~8 MB. */
  partBytes: 48 * 1024 * 1024,
  /** All parts read, unpacked. */
  totalBytes: 96 * 1024 * 1024,
  /** Unpacked / packed, for parts above `ratioFloor` (WordprocessingML packs ~8-15:1; bombs ~1000:1). */
  ratio: 100,
  ratioFloor: 1024 * 1024,
} as const;

export type DocxLimits = { [K in keyof typeof DOCX_LIMITS]: number };

interface JsZipInternals {
  _data?: { compressedSize: number; uncompressedSize: number; crc32: number; compression: { magic: string } | null; compressedContent: Uint8Array };
}

const STORED = '\x00\x00';
const DEFLATE = '\x08\x00';

export class SafeZip {
  private read = 0;
  constructor(
    private readonly zip: JSZip,
    private readonly limits: DocxLimits,
  ) {}

  has(part: string): boolean {
    const f = this.zip.files[part];
    return f !== undefined && !f.dir;
  }

  /** The names of the zip's parts (folders left out), in directory order. */
  parts(): string[] {
    return Object.keys(this.zip.files).filter((name) => !this.zip.files[name].dir);
  }

  /** A part's text (UTF-8), or undefined when the zip has no such part. */
  text(part: string): string | undefined {
    const bytes = this.bytes(part);
    if (!bytes) return undefined;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // The same words as every other strictly decoded file: the offset of the first bad byte.
      throw new DocxRefusalError('part-malformed', part, `not UTF-8 text (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`);
    }
  }

  bytes(part: string): Uint8Array | undefined {
    const f = this.zip.files[part] as (JSZip.JSZipObject & JsZipInternals) | undefined;
    if (!f || f.dir) return undefined;
    const d = f._data;
    if (!d || !d.compression || !(d.compressedContent instanceof Uint8Array)) throw new DocxRefusalError('part-corrupt', part, 'unreadable directory entry');
    const L = this.limits;
    const declared = d.uncompressedSize;
    const packed = Math.max(1, d.compressedSize);
    if (declared > L.partBytes) throw new DocxRefusalError('part-too-large', part, `declares ${declared} bytes unpacked; the limit is ${L.partBytes}`);
    if (declared > L.ratioFloor && declared / packed > L.ratio) {
      throw new DocxRefusalError('part-ratio', part, `declares ${declared} bytes from ${packed} (${Math.round(declared / packed)}:1); the limit is ${L.ratio}:1`);
    }
    if (this.read + declared > L.totalBytes) throw new DocxRefusalError('part-too-large', part, `the parts read would exceed ${L.totalBytes} bytes unpacked`);

    let out: Uint8Array;
    if (d.compression.magic === STORED) {
      out = d.compressedContent;
    } else if (d.compression.magic === DEFLATE) {
      // Whichever limit a lying directory would cross first stops the inflater there.
      const byRatio = Math.max(L.ratioFloor, packed * L.ratio);
      const cap = Math.min(L.partBytes, byRatio, L.totalBytes - this.read) + 1;
      try {
        out = inflateRawSync(d.compressedContent, { maxOutputLength: cap });
      } catch (e) {
        if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          if (cap - 1 === byRatio) throw new DocxRefusalError('part-ratio', part, `inflates past ${byRatio} bytes from ${packed} (over ${L.ratio}:1)`);
          throw new DocxRefusalError('part-too-large', part, `inflates past ${cap - 1} bytes`);
        }
        throw new DocxRefusalError('part-corrupt', part, `the packed data is damaged (${(e as Error).message})`);
      }
      if (out.length >= cap) throw new DocxRefusalError('part-too-large', part, `inflates past ${cap - 1} bytes`);
    } else {
      throw new DocxRefusalError('part-corrupt', part, 'an unknown compression method');
    }
    if (out.length !== declared) throw new DocxRefusalError('part-corrupt', part, `unpacks to ${out.length} bytes, the directory says ${declared}`);
    if (crc32(out) >>> 0 !== d.crc32 >>> 0) throw new DocxRefusalError('part-corrupt', part, 'its checksum (CRC-32) does not match');
    this.read += out.length;
    return out;
  }
}

/** Read a .docx's directory; refuses a file that is too big, cut off, not a zip, or has too many parts. */
export async function openDocxZip(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<SafeZip> {
  if (bytes.length > limits.fileBytes) throw new DocxRefusalError('docx-too-large', '', `${bytes.length} bytes; the limit is ${limits.fileBytes}`);
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (e) {
    const message = (e as Error).message ?? '';
    // A file that starts like a zip but whose directory at the end is gone or damaged was cut off (or damaged there).
    if (isZip && /end of central directory|end of data|corrupted zip/i.test(message)) throw new DocxRefusalError('docx-truncated', '', message);
    throw new DocxRefusalError('not-a-docx', '', message);
  }
  const entries = Object.keys(zip.files).length;
  if (entries > limits.entries) throw new DocxRefusalError('docx-too-many-parts', '', `${entries} parts; the limit is ${limits.entries}`);
  return new SafeZip(zip, limits);
}
