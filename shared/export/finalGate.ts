import { z } from 'zod';
import { TimestampSchema } from '../model/timestamp';
import type { Language } from '../model/bilingual';
import { listElements, METADATA_ID } from '../model/elements';
import type { Framework } from '../model/framework';
import { contentHash } from '../review/seal';

/**
 * What a final export needs (issue #12, "a final that means final"). Each project keeps its own
 * requirements (`project.final.requirements`, defaults all on) and the sign-offs given for it
 * (`project.final.signOffs`, newest last). A final export goes through only when every chosen
 * requirement is met AND someone signed off the very text being exported: a sign-off names the
 * framework's content hash, so any edit after it makes it stale and asks for a new one.
 *
 * Warnings are acknowledged, not fixed: either waived one by one (Findings panel) or acknowledged
 * together by whoever signs off (the sign-off keeps the keys it acknowledged).
 */

export const FINAL_REQUIREMENTS = ['noErrors', 'allApproved', 'noOpenComments', 'warningsAcknowledged', 'coverFinal'] as const;
export type FinalRequirement = (typeof FINAL_REQUIREMENTS)[number];

export const FinalRequirementsSchema = z.object({
  /** No unwaived error-level finding. */
  noErrors: z.boolean(),
  /** Every field of the exported languages approved (fields empty in both languages aside). */
  allApproved: z.boolean(),
  /** No unresolved review comment or suggestion. */
  noOpenComments: z.boolean(),
  /** Every unwaived warning acknowledged (waived, or acknowledged at sign-off). */
  warningsAcknowledged: z.boolean(),
  /** The cover's status is Final. */
  coverFinal: z.boolean(),
});
export type FinalRequirements = z.infer<typeof FinalRequirementsSchema>;

export const DEFAULT_FINAL_REQUIREMENTS: FinalRequirements = { noErrors: true, allApproved: true, noOpenComments: true, warningsAcknowledged: true, coverFinal: true };

/** Who declared the text ready to send, when, and on which text (its content hash). */
export const SignOffSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().min(1).max(200),
  /** When it was signed: an ISO time that exists (shared/model/timestamp.ts). */
  at: TimestampSchema,
  note: z.string().max(2000).default(''),
  /** Content hash of the framework signed off (shared/review/seal.ts `contentHash`). */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Keys of the warnings the signer acknowledged. */
  acknowledgedWarnings: z.array(z.string()).default([]),
});
export type SignOff = z.infer<typeof SignOffSchema>;

export const FinalStateSchema = z.object({
  requirements: FinalRequirementsSchema.default(DEFAULT_FINAL_REQUIREMENTS),
  signOffs: z.array(SignOffSchema).default([]),
});
export type FinalState = z.infer<typeof FinalStateSchema>;
export const emptyFinalState = (): FinalState => ({ requirements: { ...DEFAULT_FINAL_REQUIREMENTS }, signOffs: [] });

/** Where a blocker is: a field (or an element), with the finding code that names it when there is one. */
export const GateTargetSchema = z.object({
  elementId: z.string(),
  field: z.string().optional(),
  lang: z.enum(['en', 'zh']).optional(),
  code: z.string().optional(),
});
export type GateTarget = z.infer<typeof GateTargetSchema>;

/** How many go-to targets an item lists (its count is always complete). */
export const GATE_TARGET_LIMIT = 50;

export const GateItemSchema = z.object({
  requirement: z.enum([...FINAL_REQUIREMENTS, 'signOff']),
  /** False when the project's requirements leave it out (shown as "not required"). */
  required: z.boolean(),
  met: z.boolean(),
  /** How many things stand in its way (fields, findings, comments; 1 for the cover or the sign-off). */
  count: z.number().int().nonnegative(),
  targets: z.array(GateTargetSchema),
});
export type GateItem = z.infer<typeof GateItemSchema>;

export const FinalGateSchema = z.object({
  items: z.array(GateItemSchema),
  /** Every required item met, the sign-off included: a final export may go ahead. */
  allowed: z.boolean(),
  /** Every required item but the warnings and the sign-off met: someone may sign off now. */
  signOffAllowed: z.boolean(),
  /** Unwaived warnings a sign-off now would acknowledge. */
  warningKeys: z.array(z.string()),
  /** The content hash a sign-off now would name. */
  contentHash: z.string(),
  /** The newest sign-off of this very text, if any. */
  signOff: SignOffSchema.nullable(),
});
export type FinalGate = z.infer<typeof FinalGateSchema>;

/** A finding as the gate needs it. */
export interface GateFinding {
  key?: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  elementId?: string;
  field?: string;
  lang?: Language;
  waived: boolean;
}

export interface GateInput {
  framework: Framework;
  languages: readonly Language[];
  findings: readonly GateFinding[];
  /** Unresolved review threads, with where their first item points. */
  openComments: ReadonlyArray<{ elementId: string; field?: string; lang?: Language }>;
  final: FinalState;
  /** The framework's content hash when the caller has it already (it is computed otherwise). */
  contentHash?: string;
}

const findingTarget = (f: GateFinding): GateTarget => ({
  elementId: f.elementId ?? METADATA_ID,
  ...(f.field ? { field: f.field } : {}),
  ...(f.lang ? { lang: f.lang } : {}),
  code: f.code,
});

/** Fields of the exported languages that are not approved (a field empty in both languages aside). */
export function unapprovedFields(framework: Framework, languages: readonly Language[]): GateTarget[] {
  const out: GateTarget[] = [];
  for (const el of listElements(framework)) {
    for (const f of el.fields) {
      if (!f.value.en.text.trim() && !f.value.zh.text.trim()) continue;
      for (const lang of languages) if (f.value[lang].status !== 'approved') out.push({ elementId: el.id, field: f.name, lang });
    }
  }
  return out;
}

/** Whether a final export of `languages` may go ahead, and what stands in its way. */
export function finalGate(input: GateInput): FinalGate {
  const req = input.final.requirements;
  const hash = input.contentHash ?? contentHash(input.framework);
  const signOff = [...input.final.signOffs].reverse().find((s) => s.contentHash === hash) ?? null;
  const acknowledged = new Set(signOff?.acknowledgedWarnings ?? []);
  const errors = input.findings.filter((f) => f.severity === 'error' && !f.waived);
  const warnings = input.findings.filter((f) => f.severity === 'warning' && !f.waived);
  const unacknowledged = warnings.filter((f) => !f.key || !acknowledged.has(f.key));
  const unapproved = req.allApproved ? unapprovedFields(input.framework, input.languages) : [];
  const coverFinal = input.framework.metadata.status === 'final';

  const item = (requirement: GateItem['requirement'], required: boolean, blockers: readonly GateTarget[]): GateItem => ({
    requirement,
    required,
    met: !required || blockers.length === 0,
    count: required ? blockers.length : 0,
    targets: required ? blockers.slice(0, GATE_TARGET_LIMIT) : [],
  });
  const items: GateItem[] = [
    item('noErrors', req.noErrors, errors.map(findingTarget)),
    item('allApproved', req.allApproved, unapproved),
    item('noOpenComments', req.noOpenComments, input.openComments.map((c) => ({ elementId: c.elementId, ...(c.field ? { field: c.field } : {}), ...(c.lang ? { lang: c.lang } : {}) }))),
    item('warningsAcknowledged', req.warningsAcknowledged, unacknowledged.map(findingTarget)),
    item('coverFinal', req.coverFinal, coverFinal ? [] : [{ elementId: METADATA_ID }]),
    // Always required: the sign-off is what makes a final a decision, not a button.
    item('signOff', true, signOff ? [] : [{ elementId: METADATA_ID }]),
  ];
  const beforeSignOff = items.filter((i) => i.requirement !== 'signOff' && i.requirement !== 'warningsAcknowledged');
  return {
    items,
    allowed: items.every((i) => i.met),
    signOffAllowed: beforeSignOff.every((i) => i.met),
    warningKeys: req.warningsAcknowledged ? warnings.flatMap((f) => (f.key ? [f.key] : [])) : [],
    contentHash: hash,
    signOff,
  };
}

/**
 * A sign-off of the current text, or a reason it cannot be given: the other requirements first,
 * then the warnings (acknowledged only when the signer says so).
 */
export function makeSignOff(
  gate: FinalGate,
  who: { name: string; role: string; note?: string; acknowledgeWarnings: boolean },
  at: string,
): { ok: true; signOff: SignOff } | { ok: false; reason: 'requirements-unmet' | 'warnings-unacknowledged' | 'who-missing' } {
  if (!gate.signOffAllowed) return { ok: false, reason: 'requirements-unmet' };
  if (!who.name.trim() || !who.role.trim()) return { ok: false, reason: 'who-missing' };
  const warningsOpen = gate.items.some((i) => i.requirement === 'warningsAcknowledged' && !i.met);
  if (warningsOpen && !who.acknowledgeWarnings) return { ok: false, reason: 'warnings-unacknowledged' };
  const parsed = SignOffSchema.safeParse({ name: who.name, role: who.role, at, note: who.note ?? '', contentHash: gate.contentHash, acknowledgedWarnings: gate.warningKeys });
  if (!parsed.success) return { ok: false, reason: 'who-missing' };
  return { ok: true, signOff: parsed.data };
}
