import { indexElements, listElements, type ElementKind } from '../../../shared/model/elements';
import { computeLabels } from '../../../shared/model/labels';
import type { Project } from '../../../shared/model/project';
import { bookmarkName } from '../../../shared/review/bookmarks';
import { contentHash } from '../../../shared/review/seal';
import { buildThreads, fieldKey, type Thread } from '../../../shared/review/threads';
import { commentsExtendedXml, commentsXml, type WordCommentOut } from '../ooxml/comments';
import { paragraphXml, styleRef, textRunXml } from '../ooxml/runs';
import { PAGE_SIZES, sectionXml } from '../ooxml/section';
import { stylesXml, type StyleSpec } from '../ooxml/styles';
import { wordPackage } from '../ooxml/wordPackage';
import { fieldRunsXml, type Mark } from './fieldRuns';
import { threadComments, threadMarks } from './reviewComments';

/**
 * The review .docx, for reviewers who only have Word: every field of every element, each
 * language in its own paragraph inside a bookmark named after its element, field and language
 * (shared/review/bookmarks.ts). Comments a reviewer adds anywhere inside a paragraph are read back
 * onto that field (wordComments.ts). A plain reading layout, not the print layout; fonts as in the
 * export (Times New Roman, SimSun, SimHei for Chinese headings: ../ooxml/fonts.ts).
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
const PAGE = { page: PAGE_SIZES.a4, margins: { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 708, footer: 708 } };

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
  // Bookmarks and comments are both annotations: one id sequence keeps their ids apart.
  let annotation = 0;
  const nextId = () => annotation++;
  const comments: WordCommentOut[] = [];
  const labels = computeLabels(fw);

  let body =
    paragraphXml(styleRef('Title'), textRunXml(fw.metadata.title.en.text, { heading: true })) +
    paragraphXml(styleRef('Title'), textRunXml(fw.metadata.title.zh.text, { heading: true })) +
    paragraphXml(
      '',
      textRunXml(`${REVIEW_DOCX_TITLE_PREFIX}: ${versionName} — ${hash.slice(0, 12)}. Add Word comments anywhere in the text; do not change the text itself. / 审阅稿：请在正文中插入批注，不要修改正文。`, NOTE),
    );
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
        const lead = label && f === el.fields[0] && lang === 'en' ? textRunXml(`${label}  `, { ...look, bold: true }) : '';
        const tag = el.fields.length > 1 ? textRunXml(`[${f.name}] `, TAG) : '';
        const starts: Mark[] = [];
        const ends: Mark[] = [];
        for (const t of threadsByField.get(fieldKey({ elementId: el.id, field: f.name, lang })) ?? []) {
          const cs = threadComments(t, nextId);
          comments.push(...cs);
          const m = threadMarks(t, cs, index, text);
          starts.push(...m.starts);
          ends.push(...m.ends);
        }
        const id = nextId();
        const name = bookmarkName({ elementId: el.id, field: f.name, lang });
        // Where one comment ends and another starts at the same place, the first ends first.
        const runs = fieldRunsXml(text, lang, [...ends, ...starts], look);
        body += paragraphXml(styleRef(style), `${lead}${tag}<w:bookmarkStart w:id="${id}" w:name="${name}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`);
      }
    }
  }
  body += sectionXml(PAGE);

  const parts = comments.length
    ? [
        { relation: { id: 'rIdComments', type: 'comments' as const, target: 'comments.xml' }, xml: commentsXml(comments) },
        { relation: { id: 'rIdCommentsExtended', type: 'commentsExtended' as const, target: 'commentsExtended.xml' }, xml: commentsExtendedXml(comments) },
      ]
    : [];
  return wordPackage({
    title: `${REVIEW_DOCX_TITLE_PREFIX} ${fw.id} ${versionName}`,
    description: `acec-review-docx ${fw.id} ${hash}`,
    body,
    styles: stylesXml(STYLES),
    parts,
  });
}
