import type { Problem } from './problem';

/** The `problems` part of a UI locale file: a template per code and words per errno. */
export interface ProblemWords {
  codes: Readonly<Record<string, string>>;
  errno: Readonly<Record<string, string>>;
}

type Values = Record<string, string | number | boolean | null>;

/**
 * What a problem's words put in their placeholders: its data, its file, and for a file-system
 * error the reason worded from its errno (`errnoWord` looks it up in the UI language).
 */
export function problemValues(problem: Problem, errnoWord: (key: string, values: { errno: string }) => string | undefined): Values {
  const values: Values = { file: problem.file ?? '', detail: '', ...problem.data };
  if (problem.code === 'file-system') {
    const errno = String(problem.data?.errno ?? '');
    values.reason = (errno && errno !== 'other' ? errnoWord(errno, { errno }) : undefined) ?? errnoWord('other', { errno }) ?? errno;
  }
  return values;
}

const fill = (template: string, values: Values) =>
  template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name] ?? '') : whole));

/**
 * A problem worded from a locale file's `problems` (the command line and the desktop shell; the
 * renderer does the same through i18next): the code's template with its values, then the wrong
 * fields of `details`, if any.
 */
export function wordProblem(problem: Problem, words: ProblemWords): string {
  const values = problemValues(problem, (key, v) => (words.errno[key] === undefined ? undefined : fill(words.errno[key], v)));
  const text = fill(words.codes[problem.code] ?? problem.code, values);
  const details = (problem.details ?? []).map((d) => `${d.path}: ${d.message}`);
  return [text, ...details].join('\n  ');
}
