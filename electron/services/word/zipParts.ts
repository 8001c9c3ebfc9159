import zlib from 'node:zlib';
import { Packer, type Document } from 'docx';
import { Zip, unzipSync, type ZipInputFile } from 'fflate';

/**
 * A `docx` Document's package as parts (path → XML text or bytes), and parts zipped into .docx
 * bytes: pack.ts patches the parts in between, so the package is compressed once.
 *
 * The parts come from the library's compiler, the step every `Packer` method takes before zipping
 * (`Packer.compiler.compile(file, prettify, overrides)`: the parts in package order). It is private
 * in the library's typings, so it is looked up, not assumed: if an update drops it, the parts come
 * the public way (`Packer.toBuffer`, unzipped: the same parts, one more deflate and inflate), and
 * `tests/electron/word/zipParts.test.ts` fails until this file is looked at again.
 *
 * Zipping: fflate's `Zip` (the library's own zip library), with each part deflated by Node's zlib.
 * fflate deflates in JavaScript, which took ~100 ms of a cold command-line export (unoptimised
 * code) and ~15 ms warm; native zlib takes ~3 ms for the same bytes. fflate documents this as its
 * way to plug in another compressor (a `ZipInputFile` with compression method 8, DEFLATE).
 */

export type PackageParts = Map<string, string | Uint8Array>;

interface LibraryCompiler {
  compile(file: Document, prettify?: string, overrides?: readonly unknown[]): ReadonlyMap<string, string | Uint8Array>;
}

/** The library's compiler, when this version of the library still has it where this file looks. */
export function libraryCompiler(): LibraryCompiler | null {
  const compiler = (Packer as unknown as { compiler?: Partial<LibraryCompiler> }).compiler;
  return compiler && typeof compiler.compile === 'function' ? (compiler as LibraryCompiler) : null;
}

/** The parts of `doc`'s package, in package order. */
export async function libraryParts(doc: Document, compiler = libraryCompiler()): Promise<PackageParts> {
  if (compiler) return new Map(compiler.compile(doc));
  return new Map(Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(doc)))));
}

export const textDecoder = new TextDecoder();

/** Deflate level 3: on the bilingual document.xml 1.4 ms against level 6's 5.0 ms, for 12% more bytes (42 kB against 38 kB). */
const LEVEL = 3;

/** `parts` as .docx bytes: each part deflated (DEFLATE, natively), in the given order. */
export function zipParts(parts: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const entry: ZipInputFile = { filename: path, size: bytes.length, crc: zlib.crc32(bytes), compression: 8 };
    zip.add(entry);
    entry.ondata!(null, zlib.deflateRawSync(bytes, { level: LEVEL }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
