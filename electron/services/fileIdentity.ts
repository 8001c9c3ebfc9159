import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

/**
 * What a project file was when this app last read or wrote it. Compared before every save, so a
 * file replaced, edited or deleted by someone else is never silently overwritten.
 */
export interface FileIdentity {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The identity of `bytes` just read from or written to `file` (its stat taken now). */
export async function identityOf(file: string, bytes: Uint8Array): Promise<FileIdentity> {
  const stat = await fs.stat(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256Of(bytes) };
}

export type DiskState = { kind: 'same'; bytes: Buffer } | { kind: 'deleted' } | { kind: 'changed'; bytes: Buffer };

/**
 * The file now, against what we remember. Size and mtime decide when they differ; when they are
 * equal the content hash still decides, since a program may restore an mtime, or write within the
 * file system's timestamp resolution.
 */
export async function compareWithDisk(file: string, known: FileIdentity): Promise<DiskState> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'deleted' };
    throw e;
  }
  if (bytes.length !== known.size || sha256Of(bytes) !== known.sha256) return { kind: 'changed', bytes };
  return { kind: 'same', bytes };
}
