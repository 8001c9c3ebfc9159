import { z } from 'zod';
import { FrameworkSchema, IdSchema } from '../model/framework';
import { TimestampSchema } from '../review/model';
import { issuesToDetails, readJsonInput, type JsonInput, type Refusal } from '../review/refusal';
import { seal, sealIsIntact } from '../review/seal';
import { FundingSchema, RecordEventSchema, StatusEntrySchema, emptyRecord, type ImplementationRecord, type ImportEntry, type RecordEvent, type StatusEntry } from './model';
import { mergeRecords } from './merge';

/**
 * A progress report as the app packet an NFP sends back: self-describing JSON sealed with the
 * SHA-256 of its canonical content, like the comment packets (shared/review/packet.ts), and read
 * with the same refusals (not JSON, cut off, not a packet, other format version, altered, invalid,
 * another framework's).
 */
export const PROGRESS_PACKET_KIND = 'acec-progress-packet';
export const PROGRESS_PACKET_FORMAT_VERSION = 1;

export const ProgressPacketSchema = z.object({
  kind: z.literal(PROGRESS_PACKET_KIND),
  formatVersion: z.literal(PROGRESS_PACKET_FORMAT_VERSION),
  frameworkId: IdSchema,
  /** ISO code of the reporting country. */
  country: z.string().regex(/^[A-Z]{2}$/),
  reporter: z.string().trim().min(1).max(200),
  createdAt: TimestampSchema,
  events: z.array(RecordEventSchema).max(100_000),
  statuses: z.array(StatusEntrySchema).max(100_000),
  funding: z.array(FundingSchema).max(100_000),
  /**
   * The framework the report is about, carried by a template packet (the secretariat to an NFP)
   * so that the NFP's app can show its activities; a report sent back leaves it out. Optional, so
   * packets without it read as before.
   */
  framework: FrameworkSchema.optional(),
  hash: z.string().length(64),
});
export type ProgressPacket = z.infer<typeof ProgressPacketSchema>;

export function buildProgressPacket(p: Omit<ProgressPacket, 'kind' | 'formatVersion' | 'hash'>): ProgressPacket {
  return seal({ kind: PROGRESS_PACKET_KIND, formatVersion: PROGRESS_PACKET_FORMAT_VERSION, ...p }) as ProgressPacket;
}

/**
 * Reads a packet's text; checks in order JSON, kind, version, seal, schema, framework. Without
 * `frameworkId` (an NFP opening a template, who holds no framework) the packet must carry its own
 * framework, and that framework must be the one it names.
 */
export function readProgressPacket(input: JsonInput, frameworkId: string | null): { ok: true; packet: ProgressPacket } | Refusal {
  const json = readJsonInput(input);
  if (!json.ok) return json;
  const raw = json.value as Record<string, unknown> | null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || raw.kind !== PROGRESS_PACKET_KIND) {
    return { ok: false, code: 'not-a-packet', found: typeof raw?.kind === 'string' ? raw.kind : undefined };
  }
  if (raw.formatVersion !== PROGRESS_PACKET_FORMAT_VERSION) {
    return { ok: false, code: 'unsupported-version', expected: String(PROGRESS_PACKET_FORMAT_VERSION), found: String(raw.formatVersion) };
  }
  if (!sealIsIntact(raw)) return { ok: false, code: 'hash-mismatch' };
  const parsed = ProgressPacketSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'invalid', details: issuesToDetails(parsed.error.issues) };
  if (frameworkId === null) {
    const carried = parsed.data.framework;
    if (!carried) return { ok: false, code: 'invalid', details: [{ path: 'framework', message: 'a progress template carries its framework' }] };
    if (carried.id !== parsed.data.frameworkId) return { ok: false, code: 'framework-mismatch', expected: parsed.data.frameworkId, found: carried.id };
    return { ok: true, packet: parsed.data };
  }
  if (parsed.data.frameworkId !== frameworkId) return { ok: false, code: 'other-framework', expected: frameworkId, found: parsed.data.frameworkId };
  return { ok: true, packet: parsed.data };
}

/** What importing one report did. */
export interface ImportOutcome {
  record: ImplementationRecord;
  /** Events the record did not have before. */
  added: number;
  /** Events it already had (reported again, perhaps by someone else). */
  known: number;
  /** Status statements new to the record. */
  statuses: number;
}

/** Merges one report's events and statuses into a record, logging the import by its hash. Pure. */
export function importIntoRecord(
  record: ImplementationRecord,
  report: { events: readonly RecordEvent[]; statuses?: readonly StatusEntry[]; funding?: ProgressPacket['funding'] },
  entry: ImportEntry,
): ImportOutcome {
  const before = new Set(record.events.map((e) => e.id));
  const statusKeys = new Set(record.statuses.map((s) => `${s.activityId}|${s.year}|${s.reporter}`));
  const incoming: ImplementationRecord = {
    ...emptyRecord(),
    events: [...report.events],
    statuses: [...(report.statuses ?? [])],
    funding: [...(report.funding ?? [])],
    imports: [entry],
  };
  const ids = new Set(report.events.map((e) => e.id));
  const added = [...ids].filter((id) => !before.has(id)).length;
  const statuses = new Set((report.statuses ?? []).map((s) => `${s.activityId}|${s.year}|${s.reporter}`).filter((k) => !statusKeys.has(k))).size;
  return { record: mergeRecords(record, incoming), added, known: ids.size - added, statuses };
}
