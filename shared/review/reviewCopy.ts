import { z } from 'zod';
import { ProjectSchema, type Project } from '../model/project';
import { migrateProjectFile } from '../model/loadProject';
import { BaseVersionSchema, type BaseVersion } from './packet';
import { ReviewerSchema, TimestampSchema, emptyReviewState } from './model';
import { emptyRecord } from '../record/model';
import { issuesToDetails, readJsonInput, type JsonInput, type Refusal } from './refusal';
import { contentHash, seal, sealIsIntact } from './seal';

/**
 * A review copy: the framework at a named version, issued to reviewers. Opening it starts review
 * mode (content read-only, comments and suggestions allowed). Reviewers' packets name the same
 * version and content hash.
 */
export const REVIEW_COPY_KIND = 'acec-review-copy';
export const REVIEW_COPY_FORMAT_VERSION = 1;

export const ReviewCopySchema = z.object({
  kind: z.literal(REVIEW_COPY_KIND),
  formatVersion: z.literal(REVIEW_COPY_FORMAT_VERSION),
  frameworkId: z.string().min(1).max(120),
  version: BaseVersionSchema,
  createdAt: TimestampSchema,
  issuedBy: ReviewerSchema.optional(),
  project: ProjectSchema,
  hash: z.string().length(64),
});
export type ReviewCopy = z.infer<typeof ReviewCopySchema>;

/**
 * Make a review copy of `project`: its framework and its annual work plans (which the NFPs comment
 * on, section 5.1); other reviewers' comments and the rest of the record do not travel.
 */
export function buildReviewCopy(project: Project, p: { versionName: string; createdAt: string }): ReviewCopy {
  const version: BaseVersion = { name: p.versionName, contentHash: contentHash(project.framework) };
  return seal({
    kind: REVIEW_COPY_KIND,
    formatVersion: REVIEW_COPY_FORMAT_VERSION,
    frameworkId: project.framework.id,
    version,
    createdAt: p.createdAt,
    project: { schemaVersion: project.schemaVersion, framework: project.framework, review: emptyReviewState(), record: { ...emptyRecord(), workPlans: project.record.workPlans } },
  }) as ReviewCopy;
}

/** Read a review copy, refusing anything cut off, edited, or not a review copy (with a code saying which). */
export function readReviewCopy(input: JsonInput): { ok: true; copy: ReviewCopy } | Refusal {
  const json = readJsonInput(input);
  if (!json.ok) return json;
  const obj = json.value as Record<string, unknown> | null;
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj) || obj.kind !== REVIEW_COPY_KIND) return { ok: false, code: 'not-a-review-copy' };
  if (obj.formatVersion !== REVIEW_COPY_FORMAT_VERSION) return { ok: false, code: 'unsupported-version', expected: String(REVIEW_COPY_FORMAT_VERSION), found: String(obj.formatVersion) };
  if (!sealIsIntact(obj)) return { ok: false, code: 'hash-mismatch' };
  // A copy made by a build with an older project format carries its project at that version.
  const project = obj.project;
  const migrated = project !== null && typeof project === 'object' && !Array.isArray(project) ? migrateProjectFile(project as Record<string, unknown>) : null;
  const parsed = ReviewCopySchema.safeParse({ ...obj, project: migrated?.ok ? migrated.file : project });
  if (!parsed.success) return { ok: false, code: 'invalid', details: issuesToDetails(parsed.error.issues) };
  if (contentHash(parsed.data.project.framework) !== parsed.data.version.contentHash) return { ok: false, code: 'hash-mismatch' };
  // A copy sealed by someone with a framework other than the one it names would produce packets the drafter refuses.
  if (parsed.data.frameworkId !== parsed.data.project.framework.id) {
    return { ok: false, code: 'framework-mismatch', expected: parsed.data.frameworkId, found: parsed.data.project.framework.id };
  }
  return { ok: true, copy: parsed.data };
}
