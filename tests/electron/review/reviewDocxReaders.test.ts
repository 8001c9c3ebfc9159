import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCommentsDocx, exportMatrix, importReviewDocx } from '../../../electron/services/review/wordFiles';
import { REVIEW_DOCX_TITLE_PREFIX } from '../../../electron/services/review/reviewDocx';
import { readReviewDocx, type ReviewDocxContents } from '../../../electron/services/review/wordComments';
import { indexElements, listElements, type ElementRef, type FieldName } from '../../../shared/model/elements';
import { makeQuote, resolveAnchor } from '../../../shared/review/anchors';
import { bookmarkName } from '../../../shared/review/bookmarks';
import { addComment, addReply, setResolved } from '../../../shared/review/operations';
import { contentHash } from '../../../shared/review/seal';
import { stripInlineMarkup } from '../../../shared/text/inline';
import type { ProjectSession } from '../../../electron/services/projectSession';
import { libreOfficeToPdf, pdfPages } from '../export/readers';
import { DARA, LI } from '../../shared/review/builtin';
import { drafterSession } from './session';

/**
 * The review .docx (with the project's comments) and the comments matrix, read back by the tools
 * a Word user's colleagues have: python3-docx for the structure, LibreOffice for opening,
 * converting and re-saving, and our own importer for the comment threads.
 */

const PYTHON = '/usr/bin/python3';
const DUMP = path.join(path.dirname(new URL(import.meta.url).pathname), 'reviewDocxDump.py');

interface Dump {
  title: string;
  description: string;
  sections: Array<{ orientation: string; width: number; height: number }>;
  paragraphs: Array<{ style: string; outline: number | null; text: string; bookmarks: string[]; italic: string[] }>;
  tables: Array<{ rows: string[][]; header_rows: number }>;
  cjk_runs_without_east_asian_font: string[];
  east_asian_fonts: string[];
}
const dump = (file: string) => JSON.parse(execFileSync(PYTHON, [DUMP, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Dump;

/** Text a drafter could paste: markup characters, a control character (not XML), a tab, a line break, emphasis. */
const AWKWARD = 'Reefs & <mangroves> "monitored"\u0007 along *the Gulf of Thailand*\tand\nthe Mekong delta';
/** What a reader sees of it. */
const AWKWARD_SEEN = 'Reefs & <mangroves> "monitored" along the Gulf of Thailand\tand\nthe Mekong delta';
const SPAN = 'Gulf of Thailand*\tand\nthe Mekong';
const NOW = '2026-03-02T08:15:00.000Z';

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-review-docx-'));
let s: ProjectSession;
let act: ElementRef;
let commentsFile: string;
let matrixFile: string;
let review: Dump;
let matrix: Dump;

beforeAll(async () => {
  s = await drafterSession();
  act = [...indexElements(s.current.framework).values()].filter((e) => e.kind === 'activity')[2];
  s.applyChange('edit', [{ op: 'replace', path: [...act.fields[0].path, 'en', 'text'], value: AWKWARD }]);
  const at = AWKWARD.indexOf(SPAN);
  // Each step reads the project the previous one left.
  const steps = [
    () => addComment(s.current, { id: 'awk', author: { ...DARA, name: 'Dara\u0001 Sok' }, now: '2026-03-01T09:00:00.000Z', body: 'Two places?\nName both.\u0007', anchor: { elementId: act.id, field: 'text', lang: 'en', quote: makeQuote(AWKWARD, at, at + SPAN.length) } }),
    () => addReply(s.current, { id: 'awk-r1', parentId: 'awk', author: LI, now: '2026-03-01T10:00:00.000Z', body: '湄公河三角洲 & Gulf' }),
    () => addReply(s.current, { id: 'awk-r2', parentId: 'awk', author: { name: 'Secretariat', organisation: 'ASEAN', country: '', role: 'Drafter' }, now: NOW, body: 'Both named.' }),
    () => setResolved(s.current, 'awk', true, 'Secretariat', NOW),
  ];
  for (const step of steps) {
    const c = step();
    s.applyChange(c.label, c.patches);
  }
  // Enough comments for the matrix to run onto more pages.
  const activities = [...indexElements(s.current.framework).values()].filter((e) => e.kind === 'activity');
  for (let i = 0; i < 40; i++) {
    const a = activities[i % activities.length];
    const c = addComment(s.current, { id: `bulk-${i}`, author: i % 2 ? LI : DARA, now: NOW, body: `Comment ${i}: please check the wording of this activity against the strategy.`, anchor: { elementId: a.id, field: 'text', lang: i % 3 ? 'en' : 'zh' } });
    s.applyChange(c.label, c.patches);
  }
  commentsFile = (await exportCommentsDocx(s, path.join(dir, 'comments.docx'))).file;
  matrixFile = (await exportMatrix(s, 'docx', {}, path.join(dir, 'matrix.docx'))).file;
  review = dump(commentsFile);
  matrix = dump(matrixFile);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('review .docx read back with python3-docx', () => {
  it('names itself a review copy of this text (title, description)', () => {
    expect(review.title).toBe(`${REVIEW_DOCX_TITLE_PREFIX} ${s.current.framework.id} ${s.current.framework.metadata.edition}`);
    expect(review.description).toBe(`acec-review-docx ${s.current.framework.id} ${contentHash(s.current.framework)}`);
  });

  it('holds every field in each language in its own paragraph, inside that field\'s bookmark, markup and control characters gone', () => {
    const byBookmark = new Map(review.paragraphs.flatMap((p) => p.bookmarks.map((b) => [b, p] as const)));
    let fields = 0;
    for (const el of listElements(s.current.framework)) {
      for (const f of el.fields) {
        for (const lang of ['en', 'zh'] as const) {
          const text = f.value[lang].text;
          if (!text.trim()) continue;
          fields++;
          const p = byBookmark.get(bookmarkName({ elementId: el.id, field: f.name, lang }));
          // eslint-disable-next-line no-control-regex
          expect(p?.text.endsWith(stripInlineMarkup(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')), `${el.id} ${f.name} ${lang}`).toBe(true);
        }
      }
    }
    expect(fields).toBeGreaterThan(600);
    expect(byBookmark.get(bookmarkName({ elementId: act.id, field: 'text', lang: 'en' }))!.text.endsWith(AWKWARD_SEEN)).toBe(true);
  });

  it('gives headings outline levels, English emphasis italics, and every Chinese run an East Asian font (SimSun, SimHei in headings)', () => {
    const fw = s.current.framework;
    const at = (id: string, lang: 'en' | 'zh', field: FieldName = 'title') => review.paragraphs.find((p) => p.bookmarks.includes(bookmarkName({ elementId: id, field, lang })))!;
    expect(at(fw.sections[0].id, 'en')).toMatchObject({ style: 'Heading 1', outline: 0 });
    expect(at(fw.sections[0].id, 'zh')).toMatchObject({ style: 'Heading 1', outline: 0 });
    expect(at(fw.components[0].id, 'en')).toMatchObject({ style: 'Heading 2', outline: 1 });
    expect(at(fw.actionPlan.components[0].actions[0].id, 'en')).toMatchObject({ style: 'Heading 3', outline: 2 });
    const italic = review.paragraphs.flatMap((p) => p.italic);
    expect(italic).toContain('the ASEAN Community Vision 2025');
    // The comment on "Gulf of Thailand…" starts inside the emphasis: two italic runs either side of its start.
    expect(at(act.id, 'en', 'text').italic).toEqual(['the ', 'Gulf of Thailand']);
    // Chinese has no italics: its instrument titles are marked by 《》.
    expect(italic.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);
    expect(review.cjk_runs_without_east_asian_font).toEqual([]);
    expect(review.east_asian_fonts).toEqual(['SimHei', 'SimSun']);
  });
});

describe('comments matrix read back with python3-docx', () => {
  it('is landscape, its bilingual header row repeats, a row per comment with replies on lines of their own', () => {
    expect(matrix.sections).toEqual([{ orientation: 'landscape', width: 16838, height: 11906 }]);
    expect(matrix.tables).toHaveLength(1);
    const [table] = matrix.tables;
    expect(table.header_rows).toBe(1);
    expect(table.rows[0]).toContain('Text commented on\n所评文字');
    // A row per comment: the 41 the test made and the built-in edition's 4 translator's queries.
    expect(table.rows).toHaveLength(1 + 41 + 4);
    const awk = table.rows.find((r) => r[5].startsWith('Two places?'))!;
    expect(awk[5]).toBe('Two places?\nName both.\n↳ 李伟: 湄公河三角洲 & Gulf\n↳ Secretariat: Both named.');
    // The register quotes the stored words (markup included), as the .csv does.
    expect(awk[4]).toBe(SPAN);
    expect(matrix.cjk_runs_without_east_asian_font).toEqual([]);
  });
});

describe('in LibreOffice', () => {
  it('converts both; the matrix repeats its header row on every page', () => {
    const pdf = libreOfficeToPdf(matrixFile, dir);
    const pages = pdfPages(pdf, 'raw');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('所评文字');
    const reviewPages = pdfPages(libreOfficeToPdf(commentsFile, dir), 'raw').join('\n');
    expect(reviewPages).toContain('Reefs & <mangroves> "monitored" along the Gulf of Thailand');
    expect(reviewPages).toContain('中国－东盟环境合作战略及行动框架');
  }, 120_000);

  it('keeps our comments on their fields and words when it re-saves the file', async () => {
    const out = path.join(dir, 'resaved');
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out, commentsFile], { encoding: 'utf8' });
    const ours = await readReviewDocx(readFileSync(commentsFile));
    const theirs = await readReviewDocx(readFileSync(path.join(out, 'comments.docx')));
    const key = (c: ReviewDocxContents['comments'][number]) => [c.author, c.text, c.bookmark, c.quoted].join('|');
    expect(theirs.comments.map(key).sort()).toEqual(ours.comments.map(key).sort());
  }, 120_000);
});

describe('a thread written by us, read back by our importer', () => {
  it('keeps authors, dates, text, the quoted words (across emphasis, a tab and a line break), threading and resolved state', async () => {
    const back = await readReviewDocx(readFileSync(commentsFile));
    const root = back.comments.find((c) => c.text === 'Two places?\nName both.')!;
    // The library writes xsd:dateTime with milliseconds; Word and LibreOffice read both forms.
    expect(root).toMatchObject({ author: 'Dara Sok (Cambodia)', date: expect.stringMatching(/^2026-03-01T09:00:00(\.000)?Z$/), quoted: 'Gulf of Thailand\tand\nthe Mekong', bookmark: bookmarkName({ elementId: act.id, field: 'text', lang: 'en' }), done: true });
    const replies = back.comments.filter((c) => c.parentWordId === root.wordId);
    expect(replies.map((r) => [r.author, r.text, r.done])).toEqual([
      ['李伟 (China)', '湄公河三角洲 & Gulf', true],
      ['Secretariat', 'Both named.', true],
    ]);
    expect(back.comments.filter((c) => c.text.startsWith('Comment ') && c.done)).toEqual([]);

    // Imported into another copy of the project: one thread on the same words.
    const other = await drafterSession();
    other.applyChange('edit', [{ op: 'replace', path: [...act.fields[0].path, 'en', 'text'], value: AWKWARD }]);
    const r = await importReviewDocx(other, 'comments.docx', readFileSync(commentsFile));
    // The 43 the test made, plus the built-in edition's 4 translator's queries carried in the .docx.
    expect(r).toMatchObject({ ok: true, changed: true, comments: 3 + 40 + 4, unplaced: 0 });
    const items = other.current.review.items;
    const imported = items.find((i) => i.kind === 'comment' && i.body === 'Two places?\nName both.')!;
    if (imported.kind !== 'comment') throw new Error('expected a comment');
    const where = resolveAnchor(imported.anchor, indexElements(other.current.framework));
    expect(where.status === 'ok' && where.text.slice(where.start, where.end)).toBe(SPAN);
    expect(items.filter((i) => i.kind === 'reply' && i.parentId === imported.id).map((i) => i.body)).toEqual(['湄公河三角洲 & Gulf', 'Both named.']);
  }, 60_000);
});
