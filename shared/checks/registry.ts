import type { Framework } from '../model/framework';
import type { Project } from '../model/project';
import { SEVERITIES, type Family, type Finding, type Severity } from './finding';
import { createDerived } from './derived';
import type { CheckContext, CheckInput, RuleDefinition } from './rule';
import { createFieldLists } from './fieldTable';
import { stepRunner } from './steps';
import { partsOf } from './walk';
import { annexRule } from './rules/annex';
import { bilingualRule } from './rules/bilingual';
import { contentRule } from './rules/content';
import { coverageRule } from './rules/coverage';
import { namesRule } from './rules/names';
import { numberingRule } from './rules/numbering';
import { objectivesRule } from './rules/objectives';
import { schedulesRule } from './rules/schedules';
import { variantsRule } from './rules/variants';
import { carriedOverRule } from './rules/carriedOver';
import { terminologyRule } from './rules/terminology';
import { commentsRule } from './rules/comments';
import { recordRule } from './rules/record';
import { emptyReviewState } from '../review/model';
import type { Waiver } from './waiver';

/**
 * The registry of checks, in the order their findings are listed. To add a check: write a rule in
 * `rules/` as steps (plain functions of a part and its context, see rule.ts) returning codes and
 * data, list it here, and give each code a message under `findings.codes.<code>` in both locale
 * files (a test fails when one is missing).
 */
export const RULES: readonly RuleDefinition[] = [
  contentRule,
  namesRule,
  variantsRule,
  numberingRule,
  schedulesRule,
  coverageRule,
  objectivesRule,
  annexRule,
  bilingualRule,
  terminologyRule,
  carriedOverRule,
  commentsRule,
  recordRule,
];

/** Every code any rule can return, with its severity and family. */
export const ALL_CODES: ReadonlyMap<string, { severity: Severity; family: Family }> = new Map(
  RULES.flatMap((r) => Object.entries(r.codes).map(([code, severity]) => [code, { severity, family: r.family }] as const)),
);

export type { CheckInput } from './rule';

/**
 * Runs every rule; keeps each rule step's findings per part between runs (by the identity of the
 * part and the values of its context), so re-checking after an edit re-runs only what it touched.
 */
export interface Checker {
  check(input: CheckInput): Finding[];
}

export function createChecker(rules: readonly RuleDefinition[] = RULES): Checker {
  const derived = createDerived();
  const lists = createFieldLists();
  const runners = rules.flatMap((r) => r.steps.map(stepRunner));
  return {
    check(input) {
      // The document's fields, listed once for every rule that reads them all (fieldTable.ts).
      const run = { input, derived: derived.at(input.framework), fields: lists.of(partsOf(input.framework)) };
      const out: Finding[] = [];
      for (const step of runners) for (const f of step(run)) out.push(f);
      return out;
    },
  };
}

/** One rule on its own, with its own caches: `check(framework, context)` (for tests of one rule). */
export function ruleChecker(rule: RuleDefinition): { check(fw: Framework, context: CheckContext): Finding[] } {
  const checker = createChecker([rule]);
  return { check: (framework, context) => checker.check({ ...context, framework }) };
}

/** One-off check of a project (no memory between runs). */
export function findingsOf(input: CheckInput): Finding[] {
  return createChecker().check(input);
}

/**
 * One-off check of a framework on its own: no glossary and no review comments, so only the
 * rules that read the framework alone find anything. For tests of those rules.
 */
export function checkFramework(fw: Framework): Finding[] {
  return findingsOf({ framework: fw, glossary: [], review: emptyReviewState() });
}

export interface CheckResult {
  /** Findings not waived, in registry order. */
  active: Finding[];
  /** Waived findings with their waiver. */
  waived: Array<{ finding: Finding; waiver: Waiver }>;
  /** Active findings by severity. */
  counts: Record<Severity, number>;
}

/** Splits findings into active and waived (by key). */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[]): CheckResult {
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  const active: Finding[] = [];
  const waived: CheckResult['waived'] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    const w = byKey.get(f.key);
    if (w) waived.push({ finding: f, waiver: w });
    else {
      active.push(f);
      counts[f.severity]++;
    }
  }
  return { active, waived, counts };
}

/** Checks a project and applies its waivers. */
export function checkProject(project: Project, checker: Checker = createChecker()): CheckResult {
  return applyWaivers(checker.check(project), project.waivers);
}

/** Findings sorted most severe first, keeping registry/document order within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
}

/** Active findings per element id (each finding counts on every element it involves). */
export function countByElement(findings: readonly Finding[]): Map<string, Record<Severity, number>> {
  const out = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    for (const id of new Set(f.elementIds)) {
      const c = out.get(id) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      out.set(id, c);
    }
  }
  return out;
}
