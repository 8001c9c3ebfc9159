import { z } from 'zod';
import { ReviewerSchema, ReviewItemSchema, TimestampSchema, type ImportRecord, type Reviewer, type ReviewItem } from './model';
import { issuesToDetails, readJsonInput, type JsonInput, type Refusal } from './refusal';
import { seal, sealIsIntact } from './seal';

/**
 * A comment packet: what a reviewer sends back. Small, self-describing JSON: who made it,
 * for which framework and version, their items, and a hash over all of it.
 */
export const PACKET_KIND = 'acec-comment-packet';
export const PACKET_FORMAT_VERSION = 1;

export const BaseVersionSchema = z.object({ name: z.string().max(200), contentHash: z.string().min(1).max(100) });
export type BaseVersion = z.infer<typeof BaseVersionSchema>;

export const PacketSchema = z.object({
  kind: z.literal(PACKET_KIND),
  formatVersion: z.literal(PACKET_FORMAT_VERSION),
  frameworkId: z.string().min(1).max(120),
  baseVersion: BaseVersionSchema,
  reviewer: ReviewerSchema,
  createdAt: TimestampSchema,
  items: z.array(ReviewItemSchema).max(100_000),
  hash: z.string().length(64),
});
export type Packet = z.infer<typeof PacketSchema>;

/** Make a packet (pure: the caller gives the time). */
export function buildPacket(p: { frameworkId: string; baseVersion: BaseVersion; reviewer: Reviewer; createdAt: string; items: ReviewItem[] }): Packet {
  return seal({
    kind: PACKET_KIND,
    formatVersion: PACKET_FORMAT_VERSION,
    frameworkId: p.frameworkId,
    baseVersion: p.baseVersion,
    reviewer: p.reviewer,
    createdAt: p.createdAt,
    items: p.items,
  }) as Packet;
}

/**
 * Read a packet file's text, checking in this order: JSON (or cut off), kind, format version,
 * hash, schema, framework. Each refusal has its own code; nothing is half-read.
 */
export function readPacket(input: JsonInput, frameworkId: string): { ok: true; packet: Packet } | Refusal {
  const json = readJsonInput(input);
  if (!json.ok) return json;
  const raw = json.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || (raw as { kind?: unknown }).kind !== PACKET_KIND) {
    return { ok: false, code: 'not-a-packet', found: typeof (raw as { kind?: unknown })?.kind === 'string' ? String((raw as { kind: string }).kind) : undefined };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.formatVersion !== PACKET_FORMAT_VERSION) {
    return { ok: false, code: 'unsupported-version', expected: String(PACKET_FORMAT_VERSION), found: String(obj.formatVersion) };
  }
  if (!sealIsIntact(obj)) return { ok: false, code: 'hash-mismatch' };
  const parsed = PacketSchema.safeParse(obj);
  if (!parsed.success) return { ok: false, code: 'invalid', details: issuesToDetails(parsed.error.issues) };
  if (parsed.data.frameworkId !== frameworkId) return { ok: false, code: 'other-framework', expected: frameworkId, found: parsed.data.frameworkId };
  return { ok: true, packet: parsed.data };
}

/** The import-log entry for a packet. */
export function packetRecord(packet: Packet): ImportRecord {
  return { hash: packet.hash, source: 'packet', reviewer: packet.reviewer, createdAt: packet.createdAt, baseVersion: packet.baseVersion, itemCount: packet.items.length };
}
