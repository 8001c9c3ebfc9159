import type { Framework } from '../model/framework';
import type { GlossaryTerm } from '../model/glossary';
import type { ReviewState } from '../review/model';
import type { ImplementationRecord } from '../record/model';
import type { AcronymCache } from './acronyms';
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

/**
 * A check: `(framework, context) => findings`. Each instance may remember results between runs
 * (keyed by the identity of the objects it read), so a registry creates fresh instances per checker.
 */
export interface Rule {
  id: string;
  family: Family;
  check(fw: Framework, context: CheckContext): Finding[];
}

/** A rule's description in the registry: its codes (stable: waivers and scripts refer to them) and a factory. */
export interface RuleDefinition {
  id: string;
  family: Family;
  /** Every code the rule can return, with its severity. */
  codes: Readonly<Record<string, Severity>>;
  create(shared: SharedMemo): Rule;
}

/** Memory the rules of one checker share: the words of each text, the document's acronyms. */
export interface SharedMemo {
  tokens: TokenMemo;
  acronyms: AcronymCache;
}
