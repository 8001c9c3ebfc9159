import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';

/**
 * What a project file was when this app last read or wrote it: its size and the SHA-256 of its
 * bytes. Compared before every save, so a file replaced, edited or deleted by someone else is never
 * silently overwritten.
 *
 * The modification time is deliberately not part of it. It cannot decide either way: equal times do
 * not prove equal bytes (a program may restore the mtime, `cp -p`, `rsync -t` and unzip do, and two
 * writes can fall within the file system's timestamp resolution: 2 s on FAT), and a different time
 * with the same bytes (`touch`, a sync client or a backup tool rewriting the file as it was) is no
 * change and must not stop saving and ask. The save reads the file anyway (the backup copies those
 * bytes), so the hash costs one pass over bytes already in memory.
 */
export interface FileIdentity {
  size: number;
  sha256: string;
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The identity of `bytes` just read from or written to the project file. */
export function identityOf(bytes: Uint8Array): FileIdentity {
  return { size: bytes.byteLength, sha256: sha256Of(bytes) };
}

export type DiskState = { kind: 'same'; bytes: Buffer } | { kind: 'deleted' } | { kind: 'changed'; bytes: Buffer };

/** The file now, against what we remember: a different size decides at once, otherwise the content hash. */
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
