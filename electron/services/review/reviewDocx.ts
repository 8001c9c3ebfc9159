import { Bookmark, Document, bookmarkUniqueNumericId, Paragraph, type ICommentOptions, type ParagraphChild } from 'docx';
import { indexElements, listElements, type ElementKind } from '../../../shared/model/elements';
import { computeLabels } from '../../../shared/model/labels';
import type { Project } from '../../../shared/model/project';
import { bookmarkName } from '../../../shared/review/bookmarks';
import { contentHash } from '../../../shared/review/seal';
import { buildThreads, fieldKey, type Thread } from '../../../shared/review/threads';
import { packDocx } from '../word/pack';
import { textRuns, type TextLook } from '../word/runs';
import { PAGE_SIZES } from '../word/section';
import { documentStyles, type StyleSpec } from '../word/styles';
import { fieldRuns, type DeletedSpan, type Mark } from './fieldRuns';
import { threadComments, threadMarks } from './reviewComments';
import { suggestionChanges } from './suggestionChanges';

/**
 * The review .docx, for reviewers who only have Word: every field of every element, each
 * language in its own paragraph inside a bookmark named after its element, field and language
 * (shared/review/bookmarks.ts). Comments a reviewer adds anywhere inside a paragraph are read back
 * onto that field (wordComments.ts). A plain reading layout, not the print layout; fonts as in the
 * export (../word/fonts.ts). Made with the `docx` library (../word/).
 *
 * What goes into one field's paragraph is decided in `fieldAnnotations`: the comment threads on
 * it and its open suggestions as tracked changes (a deletion of the quoted words and an insertion
 * of the replacement, suggestionChanges.ts), as `deleted` spans and insertion marks for fieldRuns.
 */

export const REVIEW_DOCX_TITLE_PREFIX = 'Review copy';

const HEADING_KINDS: Partial<Record<ElementKind, string>> = {
  section: 'Heading1',
  component: 'Heading2',
  planComponent: 'Heading2',
  priorityArea: 'Heading2',
  action: 'Heading3',
};

const STYLES: StyleSpec[] = [
  { id: 'Title', name: 'Title', size: 18, bold: true, after: 6, fonts: 'heading', next: 'Normal' },
  { id: 'Heading1', name: 'heading 1', size: 14, bold: true, before: 16, after: 6, outline: 0, fonts: 'heading', next: 'Normal' },
  { id: 'Heading2', name: 'heading 2', size: 12, bold: true, before: 12, after: 5, outline: 1, fonts: 'heading', next: 'Normal' },
  { id: 'Heading3', name: 'heading 3', size: 11, bold: true, before: 10, after: 4, outline: 2, fonts: 'heading', next: 'Normal' },
  { id: 'Field', name: 'Field', size: 10.5, after: 4 },
];

const NOTE = { color: '666666', size: 9 } as const;
const TAG = { color: '888888', size: 8 } as const;
/** A4 portrait, 2.54 cm margins. */
const PAGE = { size: PAGE_SIZES.a4, margin: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708, gutter: 0 } };

/** One field in one language, as the review .docx writes it. */
export interface FieldPlace {
  elementId: string;
  field: string;
  lang: 'en' | 'zh';
  /** The field's stored text. */
  text: string;
}

/** What the review .docx writes into a field's paragraph besides its text: comments, their marks, tracked changes. */
export interface FieldAnnotations {
  comments: ICommentOptions[];
  marks: Mark[];
  deleted: DeletedSpan[];
}

/**
 * The annotations of one field: its comment threads (with `withComments`). `nextId` gives
 * annotation ids (bookmarks, comments and tracked changes share one sequence).
 */
export function fieldAnnotations(threads: readonly Thread[], place: FieldPlace, index: ReturnType<typeof indexElements>, nextId: () => number, look: TextLook = {}): FieldAnnotations {
  const out: FieldAnnotations = { comments: [], marks: [], deleted: [] };
  // Open suggestions as tracked changes on their words; the inserted words go inside the comment's range.
  const changes = suggestionChanges(threads, index, look, nextId);
  out.deleted.push(...changes.deleted);
  const starts: Mark[] = [];
  const ends: Mark[] = [];
  for (const t of threads) {
    const cs = threadComments(t, nextId);
    out.comments.push(...cs);
    const m = threadMarks(t, cs, index, place.text);
    starts.push(...m.starts);
    ends.push(...m.ends);
  }
  // Where one comment ends and another starts at the same place, the first ends first.
  out.marks.push(...changes.marks, ...ends, ...starts);
  return out;
}

/**
 * The review .docx; with `withComments`, the project's comments and suggestions are written as
 * real Word comments on the text they point at (the quoted span when it is still there, else the
 * whole field), threaded, with their resolved state.
 */
export async function renderReviewDocx(project: Project, versionName: string, options: { withComments?: boolean } = {}): Promise<Uint8Array> {
  const fw = project.framework;
  const index = indexElements(fw);
  const hash = contentHash(fw);
  const threadsByField = new Map<string, Thread[]>();
  if (options.withComments) {
    for (const t of buildThreads(project.review)) threadsByField.set(fieldKey(t.root.anchor), [...(threadsByField.get(fieldKey(t.root.anchor)) ?? []), t]);
  }
  // Bookmarks, comments and tracked changes are all annotations, whose ids must differ: they all take the library's counter.
  const nextId = (): number => bookmarkUniqueNumericId();
  const comments: ICommentOptions[] = [];
  const labels = computeLabels(fw);

  const children: Paragraph[] = [
    new Paragraph({ style: 'Title', children: textRuns(fw.metadata.title.en.text, { heading: true }) }),
    new Paragraph({ style: 'Title', children: textRuns(fw.metadata.title.zh.text, { heading: true }) }),
    new Paragraph({
      children: textRuns(`${REVIEW_DOCX_TITLE_PREFIX}: ${versionName} — ${hash.slice(0, 12)}. Add Word comments anywhere in the text; do not change the text itself. / 审阅稿：请在正文中插入批注，不要修改正文。`, NOTE),
    }),
  ];
  for (const el of listElements(fw)) {
    if (el.fields.length === 0) continue;
    const label = labels.get(el.id)?.label ?? '';
    const heading = HEADING_KINDS[el.kind];
    for (const f of el.fields) {
      for (const lang of ['en', 'zh'] as const) {
        const text = f.value[lang].text;
        if (!text.trim()) continue;
        const style = heading && f.name !== 'schedule' ? heading : 'Field';
        const look = { heading: style !== 'Field' };
        const place: FieldPlace = { elementId: el.id, field: f.name, lang, text };
        const a = fieldAnnotations(threadsByField.get(fieldKey({ elementId: el.id, field: f.name, lang })) ?? [], place, index, nextId, look);
        comments.push(...a.comments);
        const paragraph: ParagraphChild[] = [
          ...(label && f === el.fields[0] && lang === 'en' ? textRuns(`${label}  `, { ...look, bold: true }) : []),
          ...(el.fields.length > 1 ? textRuns(`[${f.name}] `, TAG) : []),
          new Bookmark({ id: bookmarkName({ elementId: el.id, field: f.name, lang }), children: fieldRuns(text, lang, a.marks, look, a.deleted) }),
        ];
        children.push(new Paragraph({ style, children: paragraph }));
      }
    }
  }

  const doc = new Document({
    title: `${REVIEW_DOCX_TITLE_PREFIX} ${fw.id} ${versionName}`,
    description: `acec-review-docx ${fw.id} ${hash}`,
    creator: 'ACEC framework editor',
    lastModifiedBy: 'ACEC framework editor',
    styles: documentStyles(STYLES),
    ...(comments.length ? { comments: { children: comments } } : {}),
    sections: [{ properties: { page: PAGE }, children }],
  });
  return packDocx(doc);
}
