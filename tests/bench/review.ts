import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { indexElements } from '../../shared/model/elements';
import { generateLargeFramework } from '../../shared/model/generate/largeFramework';
import { applyPatches } from '../../shared/model/patch/patch';
import { ProjectSchema, type Project } from '../../shared/model/project';
import { makeQuote } from '../../shared/review/anchors';
import { canonicalJson } from '../../shared/review/canonicalJson';
import { planImport } from '../../shared/review/importPackets';
import type { ReviewItem } from '../../shared/review/model';
import { buildPacket } from '../../shared/review/packet';
import { registerRows } from '../../shared/review/register';
import { contentHash } from '../../shared/review/seal';
import { sha256Hex } from '../../shared/review/sha256';
import { median, ms, timeRuns } from './_stats';

/** Eleven ministries, 100 items each, on the 10x framework: hashing, importing, re-importing, the register. */
export async function bench(): Promise<void> {
  const builtin = ProjectSchema.parse(JSON.parse(readFileSync(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url), 'utf8')));
  const project: Project = generateLargeFramework(builtin, { scale: 10 });
  const canon = canonicalJson(project.framework);
  console.log(`framework: ${(canon.length / 1024).toFixed(0)} KiB canonical JSON`);

  const pure = median(await timeRuns(7, () => sha256Hex(canon)));
  const native = median(await timeRuns(7, () => createHash('sha256').update(canon).digest('hex')));
  const whole = median(await timeRuns(7, () => contentHash(project.framework)));
  console.log(`SHA-256 pure ${ms(pure)} vs node:crypto ${ms(native)} (×${(pure / native).toFixed(1)}); canonical JSON + hash ${ms(whole)}`);

  const fields = [...indexElements(project.framework).values()].flatMap((e) => e.fields.map((f) => ({ e, f }))).filter(({ f }) => f.value.en.text.length > 20);
  const base = { name: 'Draft 1', contentHash: contentHash(project.framework) };
  const packets = Array.from({ length: 11 }, (_, m) => {
    const reviewer = { name: `Reviewer ${m + 1}`, organisation: `Ministry ${m + 1}`, country: `Country ${m + 1}`, role: 'Reviewer' };
    const items: ReviewItem[] = Array.from({ length: 100 }, (_, i) => {
      const { e, f } = fields[(m * 97 + i * 13) % fields.length];
      const t = f.value.en.text;
      const at = `2026-02-${String((i % 27) + 1).padStart(2, '0')}T10:00:00.000Z`;
      return { kind: 'comment', id: `m${m}-i${i}`, anchor: { elementId: e.id, field: f.name, lang: 'en', quote: makeQuote(t, 5, 15) }, author: reviewer, body: `Comment ${i}`, createdAt: at, updatedAt: at, rev: 0, deleted: false };
    });
    return { name: `m${m}.json`, text: JSON.stringify(buildPacket({ frameworkId: project.framework.id, baseVersion: base, reviewer, createdAt: '2026-03-01T00:00:00.000Z', items })) };
  });

  let merged = project;
  const first = median(
    await timeRuns(5, () => {
      const plan = planImport(project, packets);
      if (!plan.ok || !plan.change) throw new Error('import failed');
      merged = applyPatches(project, plan.change.patches).result;
    }),
  );
  const again = median(await timeRuns(5, () => planImport(merged, packets)));
  const rows = median(await timeRuns(5, () => registerRows(merged)));
  console.log(`import 11 packets × 100 items: ${ms(first)} (${ms(first / 11)} per packet); re-import (nothing new): ${ms(again)}; register of ${merged.review.items.length} comments: ${ms(rows)}`);
}
