import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { FILE_HANDLE_PATTERN, type FileHandleKind, type FileRef } from '../../shared/ipc/fileHandle';
import { ProblemError } from '../../shared/ipc/problem';

/**
 * The registry of file handles (shared/ipc/fileHandle.ts): the only way from a handle the renderer
 * sends back to a path main reads or writes. Only main mints (a dialog's answer, a file the app
 * wrote or listed itself, a bare name placed in main's own folder); the renderer cannot make one.
 *
 * A handle is `fh1.` + 24 bytes: an HMAC of kind and path under a per-run random key, so it cannot
 * be guessed, and the same file of the same kind gets the same handle while it lives (the renderer
 * can compare the open project with a recent file). One handle is bound to one path and one kind
 * for its whole life: entries are never changed, only dropped (expiry, or the oldest past the cap).
 */
export interface HandleEntry {
  readonly file: string;
  readonly kind: FileHandleKind;
  /** A backup's project (a backup handle is accepted only with its own project). */
  readonly owner: string | null;
  readonly expiresAt: number;
}

export interface FileHandlesOptions {
  now?: () => number;
  /** Lifetime per kind (ms). Save targets are used at once; the rest live as long as the app. */
  ttlMs?: Partial<Record<FileHandleKind, number>>;
  /** Most handles kept; past it the oldest are dropped (a dropped handle is refused as unknown). */
  max?: number;
}

const DEFAULT_TTL: Record<FileHandleKind, number> = {
  project: Number.POSITIVE_INFINITY,
  backup: 60 * 60_000,
  'save-target': 15 * 60_000,
  written: Number.POSITIVE_INFINITY,
};

export class FileHandles {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, HandleEntry>();
  private readonly now: () => number;
  private readonly ttl: Record<FileHandleKind, number>;
  private readonly max: number;

  constructor(options: FileHandlesOptions = {}) {
    this.now = options.now ?? Date.now;
    this.ttl = { ...DEFAULT_TTL, ...options.ttlMs };
    this.max = options.max ?? 10_000;
  }

  /** A handle for `file` (made absolute) of `kind`, and its display name (the base name only). */
  mint(file: string, kind: FileHandleKind, owner: string | null = null): FileRef {
    const abs = path.resolve(file);
    const ownerAbs = owner === null ? null : path.resolve(owner);
    const mac = createHmac('sha256', this.key).update(`${kind}\0${ownerAbs ?? ''}\0${abs}`).digest('base64url').slice(0, 32);
    const handle = `fh1.${mac}`;
    // Re-minting refreshes the lifetime and makes it the newest (last to be dropped past the cap).
    this.entries.delete(handle);
    this.entries.set(handle, Object.freeze({ file: abs, kind, owner: ownerAbs, expiresAt: this.now() + this.ttl[kind] }));
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return { handle, name: path.basename(abs) };
  }

  /**
   * The path behind a handle the renderer sent, if it is one main minted, still alive, and of one
   * of the `kinds` this use accepts; else a coded refusal (nothing has been touched yet).
   */
  resolve(handle: string, kinds: FileHandleKind | readonly FileHandleKind[]): string {
    return this.entry(handle, kinds).file;
  }

  entry(handle: string, kinds: FileHandleKind | readonly FileHandleKind[]): HandleEntry {
    const accepted: readonly FileHandleKind[] = typeof kinds === 'string' ? [kinds] : kinds;
    if (typeof handle !== 'string' || !FILE_HANDLE_PATTERN.test(handle)) throw new ProblemError('unknown-handle', { reason: 'malformed' });
    const entry = this.entries.get(handle);
    if (!entry) throw new ProblemError('unknown-handle', { reason: 'unknown' });
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(handle);
      throw new ProblemError('unknown-handle', { reason: 'expired' });
    }
    if (!accepted.includes(entry.kind)) throw new ProblemError('wrong-handle-kind', { expected: accepted.join(' '), found: entry.kind });
    return entry;
  }

  /** The display name of a handle's file, or null if the handle is not (or no longer) known. */
  nameOf(handle: string): string | null {
    const entry = this.entries.get(handle);
    return entry ? path.basename(entry.file) : null;
  }
}

/** One registry per session: Electron's IPC and the loopback bridge share it. */
const registries = new WeakMap<object, FileHandles>();

export function fileHandlesOf(session: object): FileHandles {
  let files = registries.get(session);
  if (!files) {
    files = new FileHandles();
    registries.set(session, files);
  }
  return files;
}
