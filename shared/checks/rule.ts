import type { BiText } from '../model/bilingual';
import type { ElementKind, FieldName } from '../model/elements';
import type { Framework } from '../model/framework';
import type { GlossaryTerm } from '../model/glossary';
import type { ReviewState } from '../review/model';
import type { ImplementationRecord } from '../record/model';
import type { Family, Finding, Severity } from './finding';
import type { TokenMemo } from './text';

/**
 * What the rules read besides the framework: the project's agreed terms and its review comments.
 * Rules that need neither ignore it.
 */
export interface CheckContext {
  glossary: readonly GlossaryTerm[];
  review: ReviewState;
  /** The implementation record beside the plan, when the caller has one (shared/record). */
  record?: ImplementationRecord;
}

/** What the checker is given: a framework with its context (a whole `Project` is one). */
export interface CheckInput extends CheckContext {
  framework: Framework;
}

/**
 * Values the checker works out for every rule that reads them. Each is a pure function of what
 * it is given (the document's acronyms: the same map object while they are unchanged), so
 * sharing them between rules and runs cannot make findings stale.
 */
export interface Derived {
  /** The acronyms the document defines ("… Sharing Platform (EISP)"). */
  acronyms: ReadonlyMap<string, string[]>;
  /** The content words of a text (memoised per string, for the acronym map in use). */
  tokens: TokenMemo;
  /** `fn(text)`, worked out once per distinct string and function (texts repeat across a document). */
  text<R>(fn: (text: string) => R, text: string): R;
  /** `fn(a, b)`, worked out once per pair of strings (the English and the Chinese of a field). */
  pair<R>(fn: (a: string, b: string) => R, a: string, b: string): R;
  /** `fn(part)`, worked out once per object and function (a project is never changed in place). */
  of<T extends object, R>(fn: (part: T) => R, part: T): R;
}

/** One bilingual field, as the checker walks them (walk.ts gives the order). */
export interface FieldPart {
  id: string;
  kind: ElementKind;
  field: FieldName;
  value: BiText;
}

/**
 * Findings per part: `parts` lists each part (an object of the project) with the context its
 * check reads; `check(part, context)` is a plain function of the two. The checker keeps a
 * part's findings while the part is the same object and its context holds the same values
 * (compared one by one, arrays in it element by element, see `sameContext`), so a rule
 * cannot read something its cache does not know of, and its findings cannot go stale. Give
 * numbers, strings and the objects actually read, not whole subtrees that change often.
 *
 * `within` (optional): what the parts are listed from; while it holds the same values, the
 * step's last findings are kept without listing the parts again.
 */
export interface PartStep<P extends object = object, C = unknown> {
  each: 'part';
  within?(input: CheckInput, derived: Derived): unknown;
  parts(input: CheckInput, derived: Derived): Iterable<readonly [P, C]>;
  check(part: P, context: C): Finding[];
}

/**
 * Results per bilingual field, then findings from them: `check(field, context)` for each field
 * of the document (a field whose value object, id and name are those at its place last time
 * keeps its result; a part of the document that is the same object is not walked again);
 * `summarise(items, context)` per part of the walk (default: the items, flattened, when they
 * are findings) and `combine(summaries, context)` over the document (default: concatenated).
 * `same(a, b)` may say a new result equals the old one, so that what is derived from it is kept.
 */
export interface FieldStep<R = unknown, S = unknown, C = unknown> {
  each: 'field';
  reads?(input: CheckInput, derived: Derived): C;
  /** Nothing to find at all with this context (e.g. no glossary): the walk is skipped. */
  skip?(context: C): boolean;
  check(field: FieldPart, context: C): R;
  same?(a: R, b: R): boolean;
  summarise?(items: readonly R[], context: C): S;
  combine?(parts: readonly S[], context: C): Finding[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each step's part, result and context types are its own
export type Step = PartStep<any, any> | FieldStep<any, any, any>;

/**
 * A check: its codes (stable: waivers and scripts refer to them) and its steps, plain functions
 * whose findings, in order, are the rule's. Rules hold no state: the registry's checker caches
 * each step's findings per part.
 */
export interface RuleDefinition {
  id: string;
  family: Family;
  /** Every code the rule can return, with its severity. */
  codes: Readonly<Record<string, Severity>>;
  steps: readonly Step[];
}

/** The parts the issue of incremental checking names, listed from a project. */
export const PARTS = {
  section: (input: CheckInput) => input.framework.sections,
  component: (input: CheckInput) => input.framework.components,
  planComponent: (input: CheckInput) => input.framework.actionPlan.components,
  annexArea: (input: CheckInput) => input.framework.annex.areas,
  glossary: (input: CheckInput) => [input.glossary],
  review: (input: CheckInput) => [input.review],
} as const;
export type PartKind = keyof typeof PARTS;
type PartOf<K extends PartKind> = ReturnType<(typeof PARTS)[K]>[number];

/** A step over each part of one kind, every part with the same context (`reads`). */
export function eachPart<K extends PartKind, C = undefined>(
  kind: K,
  check: (part: PartOf<K>, context: C) => Finding[],
  reads?: (input: CheckInput, derived: Derived) => C,
): PartStep<PartOf<K>, C> {
  return {
    each: 'part',
    within: (input, derived) => [PARTS[kind](input), reads?.(input, derived)],
    *parts(input, derived) {
      const context = reads?.(input, derived) as C;
      for (const part of PARTS[kind](input) as ReadonlyArray<PartOf<K>>) yield [part, context] as const;
    },
    check,
  };
}

/** A step over parts the rule lists itself (pairs of a component and its plan, groups of siblings...). */
export function eachOf<P extends object, C>(
  parts: (input: CheckInput, derived: Derived) => Iterable<readonly [P, C]>,
  check: (part: P, context: C) => Finding[],
  within?: (input: CheckInput, derived: Derived) => unknown,
): PartStep<P, C> {
  return { each: 'part', parts, check, within };
}

/** A step over every field (see {@link FieldStep}). */
export function eachField<R = Finding[], S = R, C = undefined>(step: Omit<FieldStep<R, S, C>, 'each'>): FieldStep<R, S, C> {
  return { each: 'field', ...step };
}
