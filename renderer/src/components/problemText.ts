import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/ipc/contract';
import { ProblemError, type Problem } from '../../../shared/ipc/problem';
import { problemValues } from '../../../shared/ipc/problemWords';

/**
 * A problem from the services in the UI language: `problems.codes.<code>` with the problem's data
 * (shared/ipc/problem.ts lists the codes; a test fails when a code has no words in en or zh).
 * The services' English `message` is never shown.
 */
export function problemText(t: TFunction, problem: Problem): string {
  const values = problemValues(problem, (key, v) => t(`problems.errno.${key}` as 'problems.errno.other', { ...v, defaultValue: '' }) || undefined);
  return t(`problems.codes.${problem.code}`, values);
}

/** The Problem of anything a call threw: the services' own, a coded error, or `unexpected`. */
export function problemOf(e: unknown): Problem {
  if (e instanceof ApiError) return e.problem;
  if (e instanceof ProblemError) return e.toProblem();
  return { code: 'unexpected', data: { detail: e instanceof Error ? e.message : String(e) } };
}

/** What a failed call says to the user, in the UI language. */
export function errorText(t: TFunction, e: unknown): string {
  return problemText(t, problemOf(e));
}
