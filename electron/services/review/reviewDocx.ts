import { AlignmentType, Bookmark, CommentRangeEnd, CommentRangeStart, CommentReference, Document, HeadingLevel, Packer, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { Language } from '../../../shared/model/bilingual';
import { listElements, type ElementKind } from '../../../shared/model/elements';
import { computeLabels } from '../../../shared/model/labels';
import type { Project } from '../../../shared/model/project';
import { parseInline } from '../../../shared/text/inline';
import { bookmarkName } from '../../../shared/review/bookmarks';
import { contentHash } from '../../../shared/review/seal';
import { resolveAnchor } from '../../../shared/review/anchors';
import { DECISION_NAMES } from '../../../shared/review/matrix';
import { buildThreads, fieldKey, type Thread } from '../../../shared/review/threads';
import { indexElements } from '../../../shared/model/elements';

/**
 * The review .docx, for reviewers who only have Word: every field of every element, each
 * language in its own paragraph inside a bookmark named after its element, field and language
 * (shared/review/bookmarks.ts). Comments a reviewer adds anywhere inside a paragraph are read back
 * onto that field (wordComments.ts). A plain reading layout, not the print layout.
 */

const HEADING_KINDS: Partial<Record<ElementKind, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  section: HeadingLevel.HEADING_1,
  component: HeadingLevel.HEADING_2,
  planComponent: HeadingLevel.HEADING_2,
  priorityArea: HeadingLevel.HEADING_2,
  action: HeadingLevel.HEADING_3,
};

export const REVIEW_DOCX_TITLE_PREFIX = 'Review copy';

function runs(text: string, lang: Language): TextRun[] {
  const font = lang === 'zh' ? { eastAsia: 'Noto Serif CJK SC', ascii: 'Noto Serif CJK SC', hAnsi: 'Noto Serif CJK SC' } : undefined;
  return parseInline(text).map((r) => new TextRun({ text: r.text, italics: r.emphasis, ...(font ? { font } : {}) }));
}

/** The Word comments of a thread: the root and its replies (replies point at it; resolved state on all). */
function threadComments(t: Thread, firstId: number): ICommentOptions[] {
  const para = (text: string) => new Paragraph({ children: [new TextRun(text)] });
  const d = t.disposition;
  const body = [
    ...(t.root.kind === 'suggestion' ? [`Suggested text / 建议文字: ${t.root.replacement}`] : []),
    ...(t.root.body ? [t.root.body] : []),
    ...(d ? [`${DECISION_NAMES[d.decision].en} / ${DECISION_NAMES[d.decision].zh}${d.response.en || d.response.zh ? `: ${[d.response.en, d.response.zh].filter(Boolean).join(' / ')}` : ''}`] : []),
  ];
  const who = (a: { name: string; country: string }) => (a.country ? `${a.name} (${a.country})` : a.name);
  return [
    { id: firstId, author: who(t.root.author), date: new Date(t.root.createdAt), resolved: t.resolved, children: (body.length ? body : ['']).map(para) },
    ...t.replies.map((r, i) => ({ id: firstId + 1 + i, parentId: firstId, author: who(r.author), date: new Date(r.createdAt), resolved: t.resolved, children: [para(r.body)] })),
  ];
}

/**
 * The review .docx; with `withComments`, the project's comments and suggestions are written as
 * real Word comments on the text they point at (the quoted span when it is still there, else the
 * whole field), threaded, with their resolved state.
 */
export async function renderReviewDocx(project: Project, versionName: string, options: { withComments?: boolean } = {}): Promise<Uint8Array> {
  const fw = project.framework;
  const index = indexElements(fw);
  const threadsByField = new Map<string, Thread[]>();
  if (options.withComments) {
    for (const t of buildThreads(project.review)) threadsByField.set(fieldKey(t.root.anchor), [...(threadsByField.get(fieldKey(t.root.anchor)) ?? []), t]);
  }
  const comments: ICommentOptions[] = [];
  const labels = computeLabels(fw);
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(fw.metadata.title.en.text)] }),
    new Paragraph({ children: [new TextRun({ text: fw.metadata.title.zh.text, font: { eastAsia: 'Noto Serif CJK SC' } })] }),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      children: [new TextRun({ text: `${REVIEW_DOCX_TITLE_PREFIX}: ${versionName} — ${contentHash(fw).slice(0, 12)}. Add Word comments anywhere in the text; do not change the text itself. / 审阅稿：请在正文中插入批注，不要修改正文。`, color: '666666', size: 18 })],
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
        const name = bookmarkName({ elementId: el.id, field: f.name, lang });
        const lead = label && f === el.fields[0] && lang === 'en' ? [new TextRun({ text: `${label}  `, bold: true })] : [];
        const tag = el.fields.length > 1 ? [new TextRun({ text: `[${f.name}] `, color: '888888', size: 16 })] : [];
        let content: ParagraphChild[] = runs(text, lang);
        for (const t of threadsByField.get(fieldKey({ elementId: el.id, field: f.name, lang })) ?? []) {
          const cs = threadComments(t, comments.length);
          comments.push(...cs);
          const r = resolveAnchor(t.root.anchor, index);
          const starts = cs.map((c) => new CommentRangeStart(c.id));
          const ends = cs.flatMap((c) => [new CommentRangeEnd(c.id), new TextRun({ children: [new CommentReference(c.id)] })]);
          if (r.status === 'ok' && r.start !== undefined && r.end !== undefined && content.length === runs(text, lang).length) {
            content = [...runs(text.slice(0, r.start), lang), ...starts, ...runs(text.slice(r.start, r.end), lang), ...ends, ...runs(text.slice(r.end), lang)];
          } else {
            content = [...starts, ...content, ...ends];
          }
        }
        children.push(
          new Paragraph({
            ...(heading && f.name !== 'schedule' ? { heading } : {}),
            children: [...lead, ...tag, new Bookmark({ id: name, children: content })],
          }),
        );
      }
    }
  }
  const doc = new Document({
    title: `${REVIEW_DOCX_TITLE_PREFIX} ${fw.id} ${versionName}`,
    description: `acec-review-docx ${fw.id} ${contentHash(fw)}`,
    creator: 'ACEC framework editor',
    ...(comments.length ? { comments: { children: comments } } : {}),
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
