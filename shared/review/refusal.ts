/**
 * Why a file that should be a packet, review copy or review .docx was refused. Codes and data;
 * the words are in the UI locale files (review.refusal.<code>).
 */
export type RefusalCode =
  | 'not-json'
  | 'truncated'
  | 'not-a-packet'
  | 'not-a-review-copy'
  | 'unsupported-version'
  | 'invalid'
  | 'hash-mismatch'
  | 'other-framework'
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
  /** An English detail for logs and the command line (sizes, the XML line, the reason). */
  detail?: string;
}

/** JSON.parse that tells a cut-off file (it starts like one of ours) from something that is not JSON at all. */
export function parseJsonFile(text: string, kind: string): { ok: true; value: unknown } | Refusal {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const start = text.replace(/^\uFEFF/, '').trimStart();
    const looksOurs = start.startsWith('{') && start.slice(0, 200).includes(kind);
    return { ok: false, code: looksOurs ? 'truncated' : 'not-json' };
  }
}

export function issuesToDetails(issues: readonly { path: readonly PropertyKey[]; message: string }[]): { path: string; message: string }[] {
  return issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
}
