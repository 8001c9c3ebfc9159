import type { Project } from '../model/project';
import { canonicalJson } from './canonicalJson';
import { checkItems } from './identity';
import { mergeReviewStates } from './merge';
import { emptyReviewState, type ImportRecord, type ReviewItem, type ReviewState } from './model';
import type { Change } from './operations';
import { packetRecord, readPacket, type Packet } from './packet';
import type { JsonInput, Refusal } from './refusal';
import type { JsonResult } from '../text/strictJson';
import { contentHash } from './seal';

/**
 * One file the drafter chose to import: its strictly decoded content (from its bytes,
 * electron/services/strictJsonFile.ts), or text a caller already has (tests, the command line).
 */
export type IncomingFile = { name: string; text: string } | { name: string; json: JsonResult };

/** The content of an incoming file as the readers take it. */
export function incomingContent(f: IncomingFile): JsonInput {
  return 'json' in f ? f.json : f.text;
}

export interface PacketSummary {
  name: string;
  reviewer: Packet['reviewer'];
  items: number;
  /** Items not in the project before this import (new ids). */
  added: number;
  /** Items already there that this packet brings a later revision of. */
  updated: number;
  /** Made against another version of the text than the current one: anchors are re-found in the current text. */
  olderVersion: boolean;
  alreadyImported: boolean;
}

export type ImportPlan =
  | { ok: true; change: Change | null; packets: PacketSummary[] }
  | { ok: false; refusals: { name: string; refusal: Refusal }[] };

/** Items of a packet, each stamped with the version it was made against (unless it says itself). */
function stamped(packet: Packet): ReviewItem[] {
  return packet.items.map((i) => (i.baseHash ? i : { ...i, baseHash: packet.baseVersion.contentHash }));
}

/** Merge packets into a review state (pure; order- and repetition-independent, see merge.ts). */
export function mergePackets(state: ReviewState, packets: readonly Packet[]): ReviewState {
  return packets.reduce(
    (s, p) => mergeReviewStates(s, { ...emptyReviewState(), items: stamped(p), imports: [packetRecord(p)] as ImportRecord[] }),
    state,
  );
}

/**
 * Plan the import of packet files: all are read first; if any is refused (including a packet
 * carrying another reviewer's item, or a counter that cannot be real), nothing is imported
 * and each refusal is reported with its file's name. Otherwise one change merges them all
 * (null when they bring nothing new: importing the same packets again leaves the project alone).
 */
export function planImport(project: Project, files: readonly IncomingFile[], now: number = Date.now()): ImportPlan {
  const refusals: { name: string; refusal: Refusal }[] = [];
  const packets: { name: string; packet: Packet }[] = [];
  const knownItems = new Map(project.review.items.map((i) => [i.id, i]));
  for (const f of files) {
    const r = readPacket(incomingContent(f), project.framework.id);
    if (!r.ok) {
      refusals.push({ name: f.name, refusal: r });
      continue;
    }
    // Only the packet's own reviewer's items, each with a counter its timestamps allow (identity.ts).
    const bad = checkItems(r.packet.reviewer, r.packet.items, knownItems, now);
    if (bad) refusals.push({ name: f.name, refusal: bad });
    else packets.push({ name: f.name, packet: r.packet });
  }
  if (refusals.length > 0) return { ok: false, refusals };

  const before = project.review;
  const known = new Map(before.items.map((i) => [i.id, canonicalJson(i)]));
  const imported = new Set(before.imports.map((r) => r.hash));
  const current = contentHash(project.framework);
  const after = mergePackets(before, packets.map((p) => p.packet));
  const afterById = new Map(after.items.map((i) => [i.id, canonicalJson(i)]));
  const summaries = packets.map(({ name, packet }) => {
    const ids = packet.items.map((i) => i.id);
    return {
      name,
      reviewer: packet.reviewer,
      items: ids.length,
      added: ids.filter((id) => !known.has(id)).length,
      updated: ids.filter((id) => known.has(id) && known.get(id) !== afterById.get(id)).length,
      olderVersion: packet.baseVersion.contentHash !== current,
      alreadyImported: imported.has(packet.hash),
    };
  });
  const changed = canonicalJson(after) !== canonicalJson(before);
  return {
    ok: true,
    change: changed ? { label: 'review.undo.importPackets', patches: [{ op: 'replace', path: ['review'], value: after }] } : null,
    packets: summaries,
  };
}
