/**
 * Tracked changes as read from a review .docx (electron/services/review/docxRead/documentWalk.ts):
 * per review bookmark (one field in one language) the field's text as a run of segments — text
 * left as it was, text a reviewer deleted, text a reviewer inserted — and the changes that cannot
 * be placed on one field, each with its reason. Pure data, so the mapping to suggestions
 * (trackedSuggestions.ts) is pure and tested without a .docx.
 */

export interface TrackedSegment {
  kind: 'same' | 'ins' | 'del';
  text: string;
  author?: string;
  date?: string;
}

export type UnplacedReason =
  /** Outside every field: on a label, a heading's number, the cover note. */
  | 'outside-field'
  /** Across fields: a paragraph (= field) joined to or split from the next. */
  | 'spans-fields'
  /** Rows or cells inserted, deleted or merged. */
  | 'table-structure'
  /** Bold, italics, fonts, paragraph settings: no words changed. */
  | 'formatting-only'
  /** Text moved (Word's move tracking): the drafter moves text by hand. */
  | 'move'
  /** The words run into or out of emphasis (italics): the drafter applies it by hand. */
  | 'emphasis-boundary'
  /** The field's words in the file differ from the project's now (edited without tracking, or the text changed since). */
  | 'text-differs';

export interface UnplacedChange {
  reason: UnplacedReason;
  author: string;
  date: string;
  /** The words concerned ('' for a formatting or structure change). */
  text: string;
  /** The review bookmark it was nearest to, if any. */
  bookmark?: string;
}
