import { z } from 'zod';
import { isStale, LanguageSchema, type Language } from '../model/bilingual';
import { listElements } from '../model/elements';
import type { Framework } from '../model/framework';
import { unresolvedComments } from '../review/threads';
import type { Project } from '../model/project';
import { layoutLanguages, type ExportLayout, type ExportStage } from './types';
import { emptyFinalState, finalGate, FinalGateSchema, type FinalState } from './finalGate';

/**
 * Pre-flight: what a reader of the exported document should know before it leaves the drafting
 * team — error-level findings of the consistency checks (unless waived), fields not yet
 * translated or still in draft in the chosen languages, and unresolved review comments; and
 * the final gate (./finalGate.ts): the project's requirements for a final export and its sign-off.
 * A final export is refused until the gate allows it; a draft export is always possible.
 */

/** A finding as the pre-flight needs it (the checker's findings are mapped onto this). */
export const PreflightFindingSchema = z.object({
  /** The finding's stable key (what a waiver or a sign-off's acknowledgement names). */
  key: z.string().optional(),
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  elementId: z.string().optional(),
  /** What the checker says about it (for wording the finding in the UI). */
  field: z.string().optional(),
  lang: LanguageSchema.optional(),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.array(z.number())])).optional(),
  waived: z.boolean(),
});
export type PreflightFinding = z.infer<typeof PreflightFindingSchema>;

export const FieldRefSchema = z.object({ elementId: z.string(), field: z.string(), lang: LanguageSchema });
export type FieldRef = z.infer<typeof FieldRefSchema>;

/** How many field references the summary lists (the counts are always complete). */
export const PREFLIGHT_LIST_LIMIT = 50;

export const PreflightSummarySchema = z.object({
  languages: z.array(LanguageSchema),
  /** Unwaived error-level findings (first {@link PREFLIGHT_LIST_LIMIT}) and their count. */
  errors: z.array(PreflightFindingSchema),
  errorCount: z.number().int(),
  waivedErrorCount: z.number().int(),
  warningCount: z.number().int(),
  /** Fields with no text in a chosen language while the other language has some. */
  untranslated: z.array(FieldRefSchema),
  untranslatedCount: z.number().int(),
  /** Fields written but not yet reviewed (status `draft`) in a chosen language. */
  drafts: z.array(FieldRefSchema),
  draftCount: z.number().int(),
  /**
   * Fields needing review in a chosen language because their other language changed since (an
   * edit, an accepted suggestion): the translation may no longer say the same.
   */
  needsReview: z.array(FieldRefSchema),
  needsReviewCount: z.number().int(),
  /** Unresolved review comments; null where the project keeps no comments. */
  unresolvedComments: z.number().int().nullable(),
  /** The final gate: each requirement with what blocks it, and the sign-off of this text. */
  final: FinalGateSchema,
  /** = final.allowed: false until every requirement is met and the text is signed off. */
  finalAllowed: z.boolean(),
});
export type PreflightSummary = z.infer<typeof PreflightSummarySchema>;

export interface PreflightInput {
  framework: Framework;
  languages: readonly Language[];
  /** The consistency checker's findings with their waived state; none when no checker ran. */
  findings?: readonly PreflightFinding[];
  unresolvedComments?: number | null;
  /** Where each unresolved thread points (for the gate's go-to links); none when not given. */
  openComments?: ReadonlyArray<{ elementId: string; field?: string; lang?: Language }>;
  /** The project's final requirements and sign-offs (defaults when absent). */
  final?: FinalState;
  /** The framework's content hash, when the caller has it. */
  contentHash?: string;
}

/** Summarise what an export in `languages` would carry. */
export function preflight(input: PreflightInput): PreflightSummary {
  const findings = input.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error' && !f.waived);
  const untranslated: FieldRef[] = [];
  const drafts: FieldRef[] = [];
  const needsReview: FieldRef[] = [];
  for (const el of listElements(input.framework)) {
    for (const f of el.fields) {
      for (const lang of input.languages) {
        const t = f.value[lang];
        const ref = { elementId: el.id, field: f.name, lang };
        if (isStale(f.value, lang)) needsReview.push(ref);
        // A field empty in both languages (an annex entry with no place) is not untranslated.
        if (!t.text.trim()) {
          if (f.value[lang === 'en' ? 'zh' : 'en'].text.trim()) untranslated.push(ref);
        }
        else if (t.status === 'draft' || t.status === 'missing') drafts.push(ref);
      }
    }
  }
  const gate = finalGate({
    framework: input.framework,
    languages: input.languages,
    findings,
    openComments: input.openComments ?? [],
    final: input.final ?? emptyFinalState(),
    ...(input.contentHash ? { contentHash: input.contentHash } : {}),
  });
  return {
    languages: [...input.languages],
    errors: errors.slice(0, PREFLIGHT_LIST_LIMIT),
    errorCount: errors.length,
    waivedErrorCount: findings.filter((f) => f.severity === 'error' && f.waived).length,
    warningCount: findings.filter((f) => f.severity === 'warning' && !f.waived).length,
    untranslated: untranslated.slice(0, PREFLIGHT_LIST_LIMIT),
    untranslatedCount: untranslated.length,
    drafts: drafts.slice(0, PREFLIGHT_LIST_LIMIT),
    draftCount: drafts.length,
    needsReview: needsReview.slice(0, PREFLIGHT_LIST_LIMIT),
    needsReviewCount: needsReview.length,
    unresolvedComments: input.unresolvedComments ?? null,
    final: gate,
    finalAllowed: gate.allowed,
  };
}

/** Why an export may not go ahead, or null: only a final export the gate does not allow is refused. */
export function refusal(summary: PreflightSummary, stage: ExportStage): { code: 'final-blocked'; unmet: string[]; errorCount: number } | null {
  if (stage === 'final' && !summary.finalAllowed) {
    return { code: 'final-blocked', unmet: summary.final.items.filter((i) => !i.met).map((i) => i.requirement), errorCount: summary.errorCount };
  }
  return null;
}

/**
 * The pre-flight summary of exporting `project` in `layout`, given its findings (the main
 * process's export gate and the renderer's checker worker both ask this way).
 */
export function projectPreflight(project: Project, layout: ExportLayout, findings: readonly PreflightFinding[]): PreflightSummary {
  const open = unresolvedComments(project);
  return preflight({
    framework: project.framework,
    languages: layoutLanguages(layout),
    findings,
    unresolvedComments: open.length,
    openComments: open.map((c) => ({ elementId: c.anchor.elementId, field: c.anchor.field, lang: c.anchor.lang })),
    final: project.final,
  });
}
