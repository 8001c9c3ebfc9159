import { randomBytes, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';

/**
 * What the loopback server checks before any handler runs. Any local process or user can connect
 * to 127.0.0.1, so the API answers only callers holding the random per-run token printed in the
 * URL (as Jupyter does): the page reads it once from its address and sends it on every call.
 * Requests are refused early and cheaply, by status: 400 for what cannot be parsed (a duplicate
 * Host header, a bad % escape, an Origin that is not a URL), 403 for the wrong host, origin or
 * token, 413 for a body over the limit (by Content-Length before reading, or while streaming),
 * 503 when too many large bodies are already being read.
 */

/** The header the page sends the token in (EventSource cannot set headers: it uses `?token=`). */
export const TOKEN_HEADER = 'x-acec-token';

/** Larger than any request the app makes (a review .docx as base64 is capped at 70 MB by the contract). */
export const MAX_BODY_BYTES = 96 * 1024 * 1024;
/** A body above this counts as large; at most {@link MAX_LARGE_BODIES} of them are read at once. */
export const LARGE_BODY_BYTES = 1024 * 1024;
export const MAX_LARGE_BODIES = 2;

/** A request refused before any handler runs: an HTTP status, not a Problem (no envelope is sent). */
// eslint-disable-next-line no-restricted-syntax -- carries the HTTP status of a transport-level refusal
export class RequestRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 503,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** A fresh token per run: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Constant-time comparison (the token is a secret). */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The one Host header of a request; two are refused (proxies and servers may each read a different one). */
export function singleHost(req: http.IncomingMessage): string {
  const hosts = req.rawHeaders.filter((_, i) => i % 2 === 0).filter((h) => h.toLowerCase() === 'host').length;
  if (hosts !== 1) throw new RequestRefused(400, hosts ? 'duplicate Host header' : 'no Host header');
  return req.headers.host!;
}

/** Host must name this server on loopback (the DNS-rebinding guard): 127.0.0.1 or localhost, and our port. */
export function checkHost(host: string, port: number): void {
  const m = /^(127\.0\.0\.1|localhost)(?::(\d+))?$/i.exec(host);
  if (!m || (m[2] !== undefined && Number(m[2]) !== port)) throw new RequestRefused(403, 'loopback only');
}

/** The request's path and query; a malformed target or % escape is a 400, not a crash. */
export function parseTarget(req: http.IncomingMessage): { pathname: string; query: URLSearchParams } {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    throw new RequestRefused(400, 'malformed request target');
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    throw new RequestRefused(400, 'malformed % escape');
  }
  if (pathname.includes('\0')) throw new RequestRefused(400, 'NUL in path');
  return { pathname, query: url.searchParams };
}

/** A cross-origin API call is refused; an Origin that is not a URL is malformed. */
export function checkOrigin(req: http.IncomingMessage, host: string): void {
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw new RequestRefused(400, 'malformed Origin');
  }
  if (parsed.host !== host) throw new RequestRefused(403, 'cross-origin');
}

/** The token from the header (API calls) or the query (the event stream). */
export function checkToken(req: http.IncomingMessage, query: URLSearchParams, token: string): void {
  const header = req.headers[TOKEN_HEADER];
  const given = typeof header === 'string' ? header : query.get('token');
  if (!tokenMatches(given, token)) throw new RequestRefused(403, 'missing or wrong token');
}

/** Counts large bodies being read, to cap them. */
export class BodyGate {
  private large = 0;
  constructor(
    private readonly maxLarge = MAX_LARGE_BODIES,
    private readonly maxBytes = MAX_BODY_BYTES,
  ) {}

  /**
   * Read a request body under the limits: refused before reading when Content-Length says too
   * much, stopped as soon as a streamed (chunked) body passes the limit, refused when too many
   * large bodies are in flight.
   */
  async read(req: http.IncomingMessage): Promise<Buffer> {
    const declared = req.headers['content-length'];
    const length = declared === undefined ? null : Number(declared);
    if (declared !== undefined && (!Number.isSafeInteger(length) || length! < 0)) throw new RequestRefused(400, 'malformed Content-Length');
    if (length !== null && length > this.maxBytes) throw new RequestRefused(413, `body of ${length} bytes is over the limit of ${this.maxBytes}`);
    // A body of unknown length counts as large from the start.
    let counted = length === null || length > LARGE_BODY_BYTES;
    if (counted) {
      if (this.large >= this.maxLarge) throw new RequestRefused(503, 'too many large requests at once');
      this.large++;
    }
    try {
      return await new Promise<Buffer>((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        // Events rather than for-await: leaving a for-await early destroys the socket before the
        // refusal can be answered. On a refusal the listener goes; the caller discards the rest.
        const onData = (chunk: Buffer) => {
          size += chunk.length;
          let refusal: RequestRefused | null = null;
          if (size > this.maxBytes) refusal = new RequestRefused(413, `body is over the limit of ${this.maxBytes} bytes`);
          else if (!counted && size > LARGE_BODY_BYTES) {
            if (this.large >= this.maxLarge) refusal = new RequestRefused(503, 'too many large requests at once');
            else {
              this.large++;
              counted = true;
            }
          }
          if (refusal) {
            req.off('data', onData);
            reject(refusal);
            return;
          }
          chunks.push(chunk);
        };
        req.on('data', onData);
        req.once('end', () => resolve(Buffer.concat(chunks)));
        req.once('error', reject);
        req.once('close', () => reject(new RequestRefused(400, 'request closed before its end')));
      });
    } finally {
      if (counted) this.large--;
    }
  }

  /** Large bodies being read now (for tests). */
  get inFlight(): number {
    return this.large;
  }
}
