import type { IncomingFile } from '../../../shared/review/importPackets';
import { decodeJsonBytes } from '../strictJsonFile';

/** A JSON file as a request carries it: picked in the renderer (its bytes in base64) or text a caller already had. */
export type IncomingRequestFile = { name: string; text: string } | { name: string; base64: string };

/** Decode a picked file's bytes strictly (shared/text/strictJson.ts) before any reader sees them. */
export function incomingJsonFile(f: IncomingRequestFile): IncomingFile {
  return 'base64' in f ? { name: f.name, json: decodeJsonBytes(Buffer.from(f.base64, 'base64')) } : f;
}
