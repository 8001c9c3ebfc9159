import { indexElements } from '../../../shared/model/elements';
import type { Project } from '../../../shared/model/project';
import { makeQuote } from '../../../shared/review/anchors';
import type { Reviewer, ReviewItem } from '../../../shared/review/model';
import { buildPacket, type Packet } from '../../../shared/review/packet';
import { contentHash } from '../../../shared/review/seal';

/** A realistic packet from `reviewer` on `project`: a quoted comment, a reply and a suggestion. */
export function samplePacket(project: Project, reviewer: Reviewer, tag: string, createdAt = '2026-02-01T10:00:00.000Z'): Packet {
  const index = indexElements(project.framework);
  const act = [...index.values()].filter((e) => e.kind === 'activity')[tag.length % 5];
  const text = act.fields[0].value.en.text;
  const span = text.split(' ').slice(1, 3).join(' ');
  const s = text.indexOf(span);
  const items: ReviewItem[] = [
    { kind: 'comment', id: `${tag}-c1`, anchor: { elementId: act.id, field: 'text', lang: 'en', quote: makeQuote(text, s, s + span.length) }, author: reviewer, body: `${tag}: please clarify the scope`, createdAt, updatedAt: createdAt, rev: 0, deleted: false },
    { kind: 'reply', id: `${tag}-r1`, parentId: `${tag}-c1`, author: reviewer, body: `${tag}: see also the annex`, createdAt, updatedAt: createdAt, rev: 0, deleted: false },
    { kind: 'suggestion', id: `${tag}-s1`, anchor: { elementId: act.id, field: 'text', lang: 'en' }, original: text, replacement: `${text} (${tag})`, author: reviewer, body: '', createdAt, updatedAt: createdAt, rev: 0, deleted: false },
  ];
  return buildPacket({ frameworkId: project.framework.id, baseVersion: { name: 'Draft 1', contentHash: contentHash(project.framework) }, reviewer, createdAt, items });
}
