import { randomBytes } from 'node:crypto';
import { constants, createDeflateRaw } from 'node:zlib';
import JSZip from 'jszip';
import { listElements } from '../../../shared/model/elements';
import type { Project } from '../../../shared/model/project';
import { bookmarkName } from '../../../shared/review/bookmarks';

/**
 * Hostile .docx files for the import (the suite in hostileDocx.test.ts and `npm run bench`): zip
 * bombs by declared size, by ratio and with a directory that lies, byte flips, truncation, missing
 * parts, XML that is not well-formed, reply chains that loop, a comment over the limits. Each is
 * built on a small, valid review .docx of the project (two fields with their bookmarks), so a case
 * differs from a good file only in what it attacks.
 */

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

export interface CommentSpec {
  id: string;
  text: string;
  author?: string;
  /** w14:paraId of the comment's paragraph, and the paraId of the comment it replies to. */
  paraId?: string;
  parentParaId?: string;
}

/** The first two text fields of the project (English), with their words. */
export function sampleFields(project: Project): { bookmark: string; text: string }[] {
  return listElements(project.framework)
    .flatMap((e) => e.fields.map((f) => ({ bookmark: bookmarkName({ elementId: e.id, field: f.name, lang: 'en' }), text: f.value.en.text })))
    .filter((f) => f.text.length > 40 && !f.text.includes('*'))
    .slice(0, 2);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A small review .docx: two fields in their bookmarks, comments on the first. */
export function reviewDocxXml(project: Project, comments: CommentSpec[] = [], bodyExtra = ''): Record<string, string> {
  const fields = sampleFields(project);
  const refs = comments.filter((c) => !c.parentParaId);
  const body = fields
    .map(
      (f, i) =>
        `<w:p><w:bookmarkStart w:id="${100 + i}" w:name="${f.bookmark}"/>${i === 0 ? refs.map((c) => `<w:commentRangeStart w:id="${c.id}"/>`).join('') : ''}<w:r><w:t xml:space="preserve">${esc(f.text)}</w:t></w:r>${
          i === 0 ? refs.map((c) => `<w:commentRangeEnd w:id="${c.id}"/><w:r><w:commentReference w:id="${c.id}"/></w:r>`).join('') : ''
        }<w:bookmarkEnd w:id="${100 + i}"/></w:p>`,
    )
    .join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}${bodyExtra}</w:body></w:document>`,
  };
  if (comments.length) {
    parts['word/comments.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:comments ${W}>${comments
      .map((c) => `<w:comment w:id="${c.id}" w:author="${c.author ?? 'Reviewer'}" w:date="2026-02-01T10:00:00Z"><w:p${c.paraId ? ` w14:paraId="${c.paraId}"` : ''}><w:r><w:t>${esc(c.text)}</w:t></w:r></w:p></w:comment>`)
      .join('')}</w:comments>`;
    parts['word/commentsExtended.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx ${W}>${comments
      .filter((c) => c.paraId)
      .map((c) => `<w15:commentEx w15:paraId="${c.paraId}"${c.parentParaId ? ` w15:paraIdParent="${c.parentParaId}"` : ''} w15:done="0"/>`)
      .join('')}</w15:commentsEx>`;
  }
  return parts;
}

export async function zipOf(parts: Record<string, string | Uint8Array>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression });
}

/** Where a part's local header and packed data are, and its central-directory entry. */
function locate(bytes: Uint8Array, name: string): { local: number; data: number; packed: number; central: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const want = new TextEncoder().encode(name);
  const nameAt = (at: number, len: number) => want.length === len && want.every((b, i) => bytes[at + i] === b);
  let local = -1;
  let central = -1;
  for (let i = 0; i + 46 < bytes.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && local < 0 && nameAt(i + 30, view.getUint16(i + 26, true))) local = i;
    if (sig === 0x02014b50 && nameAt(i + 46, view.getUint16(i + 28, true))) central = i;
  }
  if (local < 0 || central < 0) throw new Error(`no ${name} in the zip`);
  return { local, data: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true), packed: view.getUint32(central + 20, true), central };
}

/** Make the directory (and the local header) declare another unpacked size for a part. */
export function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const at = locate(out, name);
  const view = new DataView(out.buffer);
  view.setUint32(at.local + 22, size, true);
  view.setUint32(at.central + 24, size, true);
  return out;
}

/** Flip the bits of one byte in the middle of a part's packed data. */
export function flipByte(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const at = locate(out, name);
  out[at.data + Math.floor(at.packed / 2)] ^= 0xff;
  return out;
}

/** Deflate `size` bytes of one repeated chunk without holding them: a bomb's packed data. */
export async function deflatedRepeat(chunk: Uint8Array, size: number): Promise<Buffer> {
  const d = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((r) => d.on('end', r));
  for (let n = 0; n < size; n += chunk.length) if (!d.write(chunk)) await new Promise((r) => d.once('drain', r));
  d.end();
  await done;
  return Buffer.concat(out);
}

/**
 * A zip whose document.xml is a bomb: the packed data of `size` bytes of spaces after a valid
 * document start. Built by hand (a stored-then-deflated zip is what JSZip cannot make without
 * holding the whole unpacked part): a local header, the data, one directory entry, the end record.
 */
export async function bombZip(size: number, declared = size): Promise<Uint8Array> {
  const name = new TextEncoder().encode('word/document.xml');
  const data = await deflatedRepeat(new Uint8Array(1 << 20).fill(0x20), size);
  const ct = new TextEncoder().encode(CONTENT_TYPES);
  const ctName = new TextEncoder().encode('[Content_Types].xml');
  const entries = [
    { name: ctName, data: ct, method: 0, size: ct.length, crc: crc(ct) },
    { name, data, method: 8, size: declared, crc: 0 },
  ];
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(8, e.method, true);
    h.setUint32(14, e.crc, true);
    h.setUint32(18, e.data.length, true);
    h.setUint32(22, e.size, true);
    h.setUint16(26, e.name.length, true);
    chunks.push(new Uint8Array(h.buffer), e.name, e.data);
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, e.method, true);
    c.setUint32(16, e.crc, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.size, true);
    c.setUint16(28, e.name.length, true);
    c.setUint32(42, offset, true);
    central.push(new Uint8Array(c.buffer), e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return Buffer.concat([...chunks, ...central, new Uint8Array(end.buffer)]);
}

function crc(b: Uint8Array): number {
  let c = ~0;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  /** The file is refused with this code… */
  code?: string;
  /** …or imported, with these comments refused one by one. */
  refusedItems?: string[];
}

/** Every case of the suite, built on `project`. */
export async function hostileCases(project: Project): Promise<HostileCase[]> {
  const good = await zipOf(reviewDocxXml(project, [{ id: '1', text: 'A fair comment', paraId: '00000001' }]));
  return [
    { name: 'bomb by size (declares 200 MB)', bytes: await bombZip(200 * 1024 * 1024), code: 'part-too-large' },
    { name: 'bomb by ratio (40 MB from ~40 kB)', bytes: await bombZip(40 * 1024 * 1024), code: 'part-ratio' },
    { name: 'bomb with a lying directory (declares 2 kB, inflates to 40 MB)', bytes: await bombZip(40 * 1024 * 1024, 2048), code: 'part-ratio' },
    { name: 'byte flipped in document.xml', bytes: flipByte(good, 'word/document.xml'), code: 'part-corrupt' },
    { name: 'size in the directory altered', bytes: declareSize(good, 'word/document.xml', 3000), code: 'part-corrupt' },
    { name: 'truncated (first half)', bytes: good.slice(0, Math.floor(good.length / 2)), code: 'docx-truncated' },
    { name: 'not a zip', bytes: new TextEncoder().encode('<html>not a document</html>'), code: 'not-a-docx' },
    { name: 'document.xml missing', bytes: await zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/styles.xml': '<x/>' }), code: 'part-missing' },
    { name: 'document.xml not well-formed', bytes: await zipOf({ ...reviewDocxXml(project), 'word/document.xml': '<w:document><w:body><w:p></w:body>' }), code: 'part-malformed' },
    {
      name: 'random bytes as a part (not UTF-8)',
      bytes: await zipOf({ ...reviewDocxXml(project), 'word/comments.xml': new Uint8Array(randomBytes(4096)) }),
      code: 'part-malformed',
    },
    {
      name: 'self-replying thread',
      bytes: await zipOf(
        reviewDocxXml(project, [
          { id: '1', text: 'A fair comment', paraId: '00000001' },
          { id: '2', text: 'I reply to myself', paraId: '00000002', parentParaId: '00000002' },
          { id: '3', text: 'We reply to each other', paraId: '00000003', parentParaId: '00000004' },
          { id: '4', text: 'We reply to each other too', paraId: '00000004', parentParaId: '00000003' },
        ]),
      ),
      refusedItems: ['reply-cycle', 'reply-cycle', 'reply-cycle'],
    },
    {
      name: 'comment of 25,000 characters',
      bytes: await zipOf(
        reviewDocxXml(project, [
          { id: '1', text: 'A fair comment', paraId: '00000001' },
          { id: '2', text: 'x'.repeat(25_000), paraId: '00000002' },
          { id: '3', text: 'A reply to the long one', paraId: '00000003', parentParaId: '00000002' },
        ]),
      ),
      refusedItems: ['comment-over-limits', 'parent-refused'],
    },
  ];
}

/** Time and resident-memory rise of the process (sampled every 5 ms) while `fn` runs. */
export async function measured<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; riseMb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const t = performance.now();
  try {
    const value = await fn();
    return { value, ms: performance.now() - t, riseMb: (Math.max(peak, process.memoryUsage().rss) - before) / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}
