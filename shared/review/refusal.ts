import { parseJsonText, type JsonFailure, type JsonResult } from '../text/strictJson';

/**
 * Why a file that should be a packet, review copy or review .docx was refused. Codes and data;
 * the words are in the UI locale files (review.refusal.<code>).
 */
export type RefusalCode =
  // The strict decoding every JSON file kind shares (shared/text/strictJson.ts).
  | 'bad-encoding'
  | 'too-deep'
  | 'not-json'
  | 'truncated'
  | 'not-a-packet'
  | 'not-a-review-copy'
  | 'unsupported-version'
  | 'invalid'
  | 'hash-mismatch'
  | 'other-framework'
  // A review copy whose frameworkId is not the id of the framework it carries.
  | 'framework-mismatch'
  | 'not-a-docx'
  | 'not-a-review-docx'
  // A .docx nothing can crash (electron/services/review/docxRead): the file as a whole…
  | 'docx-too-large'
  | 'docx-truncated'
  | 'docx-too-many-parts'
  // …one part of it (`part` names it)…
  | 'part-too-large'
  | 'part-ratio'
  | 'part-corrupt'
  | 'part-missing'
  | 'part-malformed'
  // …or reading it took too long or too much memory (the reading worker was stopped).
  | 'import-timeout'
  | 'import-memory'
  | 'import-failed'
  // A packet or .docx may only carry its own reviewer's items, with revision counters that could be real.
  | 'foreign-item'
  | 'rev-jump';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  /** For 'invalid': where and what, one entry per problem. */
  details?: { path: string; message: string }[];
  /** For 'other-framework' / 'unsupported-version': what was expected and what the file says. */
  expected?: string;
  found?: string;
  /** For a .docx: the part of the zip concerned (e.g. word/document.xml). */
  part?: string;
  /** For 'foreign-item' / 'rev-jump': the item's id. */
  item?: string;
  /** For 'bad-encoding' (the first bad byte), 'too-deep' and 'not-json': where in the file. */
  offset?: number;
  /** An English detail for logs and the command line (sizes, the XML line, the reason). */
  detail?: string;
}

/**
 * A JSON file's content as the readers take it: the result of the strict decode of its bytes
 * (electron/services/strictJsonFile.ts), or text already decoded by someone else (then only the BOM
 * rule and the depth limit apply). No guessing from the content: a bad byte, a nesting limit, a
 * cut-off end and a syntax error each keep their own code, and a flipped byte inside a string is
 * caught by the seal as 'hash-mismatch'.
 */
export type JsonInput = string | JsonResult;

/** The value of a JSON file, or the refusal saying what is wrong with it and where. */
export function readJsonInput(input: JsonInput): { ok: true; value: unknown } | Refusal {
  const json = typeof input === 'string' ? parseJsonText(input) : input;
  return json.ok ? json : jsonRefusal(json.failure);
}

/** The refusal for a failed strict decode. */
export function jsonRefusal(f: JsonFailure): Refusal {
  switch (f.code) {
    case 'bad-encoding':
      return { ok: false, code: 'bad-encoding', offset: f.offset, detail: String(f.offset) };
    case 'too-deep':
      return { ok: false, code: 'too-deep', offset: f.offset, detail: String(f.limit) };
    case 'truncated':
      return { ok: false, code: 'truncated', detail: f.detail };
    case 'not-json':
      return { ok: false, code: 'not-json', offset: f.offset, detail: f.detail };
  }
}

export function issuesToDetails(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { path: string; message: string }[] {
  return issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}
