import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';

/**
 * Files that travel (review copies, comment packets) carry `hash`: the SHA-256 of the canonical
 * JSON of everything else in the file. It catches truncation and editing by hand or by a tool
 * in transit; it is an integrity check, not a signature.
 */
export function sealHash(withoutHash: object): string {
  return sha256Hex(canonicalJson(withoutHash));
}

export function seal<T extends object>(doc: T): T & { hash: string } {
  return { ...doc, hash: sealHash(doc) };
}

/** True when `raw.hash` matches the rest of `raw`. */
export function sealIsIntact(raw: Record<string, unknown>): boolean {
  const { hash, ...rest } = raw;
  return typeof hash === 'string' && hash === sealHash(rest);
}

/** Content hash of a framework: what "the version a packet was made against" means. */
export function contentHash(framework: unknown): string {
  return sha256Hex(canonicalJson(framework));
}
