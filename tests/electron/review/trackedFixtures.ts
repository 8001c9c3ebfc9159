import type { Project } from '../../../shared/model/project';
import { reviewDocxXml, sampleFields } from './hostileDocx';

/**
 * document.xml bodies with tracked changes as Word and LibreOffice write them, on the first two
 * fields of a project's review .docx (their bookmarks and their words as the project holds them), so
 * a case differs from a good review .docx only in the change it carries. Each returns the parts of
 * the .docx (see hostileDocx.ts `reviewDocxXml`).
 */

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const DATE = '2026-03-10T09:00:00Z';
const run = (text: string, rsid = '00A1B2C3') => `<w:r w:rsidR="${rsid}"><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const start = (i: number, name: string) => `<w:bookmarkStart w:id="${100 + i}" w:name="${name}"/>`;
const end = (i: number) => `<w:bookmarkEnd w:id="${100 + i}"/>`;

/** The parts of a review .docx whose body is `body(fields)` instead of the two plain fields. */
function withBody(project: Project, body: (fields: { bookmark: string; text: string }[]) => string): Record<string, string> {
  const parts = reviewDocxXml(project);
  const doc = parts['word/document.xml'];
  parts['word/document.xml'] = doc.replace(/<w:body>.*<\/w:body>/s, `<w:body>${body(sampleFields(project))}</w:body>`);
  return parts;
}

/** A formatting-only change: the first field's first word made bold, tracked (w:rPrChange), no word changed. */
export function formattingOnly(project: Project, author = 'Ana Reyes'): Record<string, string> {
  return withBody(project, ([a, b]) => {
    const cut = a.text.indexOf(' ');
    return (
      `<w:p>${start(0, a.bookmark)}<w:r><w:rPr><w:b/><w:rPrChange w:id="1" w:author="${author}" w:date="${DATE}"><w:rPr/></w:rPrChange></w:rPr><w:t xml:space="preserve">${esc(a.text.slice(0, cut))}</w:t></w:r>${run(a.text.slice(cut))}${end(0)}</w:p>` +
      `<w:p>${start(1, b.bookmark)}${run(b.text)}${end(1)}</w:p>`
    );
  });
}

/**
 * A table-structure change: the second field sits in a table whose row was inserted (w:ins in
 * w:trPr) and whose cell's properties changed (w:tcPrChange), as Word tracks a new row.
 */
export function tableStructure(project: Project, author = 'Ana Reyes'): Record<string, string> {
  return withBody(
    project,
    ([a, b]) =>
      `<w:p>${start(0, a.bookmark)}${run(a.text)}${end(0)}</w:p>` +
      `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>` +
      `<w:tr><w:trPr><w:ins w:id="2" w:author="${author}" w:date="${DATE}"/></w:trPr>` +
      `<w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/><w:tcPrChange w:id="3" w:author="${author}" w:date="${DATE}"><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr></w:tcPrChange></w:tcPr>` +
      `<w:p>${start(1, b.bookmark)}${run(b.text)}${end(1)}</w:p></w:tc></w:tr></w:tbl>`,
  );
}

/** An insertion that starts in the first field and runs on into the second (one w:ins across both bookmarks). */
export function spansFields(project: Project, author = 'Ana Reyes', words = ' joined on to '): Record<string, string> {
  return withBody(
    project,
    ([a, b]) => `<w:p>${start(0, a.bookmark)}${run(a.text)}<w:ins w:id="4" w:author="${author}" w:date="${DATE}">${run(words)}${end(0)}${start(1, b.bookmark)}${run('and on')}</w:ins>${run(b.text)}${end(1)}</w:p>`,
  );
}

/**
 * A Word-style file: each field's words split over runs with their own rsids (as Word saves text
 * typed in several sittings), a replacement in the first field (w:del with w:delText, then w:ins),
 * and words moved from the first field to the end of the second (w:moveFrom / w:moveTo with their
 * range markers).
 */
export function wordStyle(project: Project, author = 'Ana Reyes'): { parts: Record<string, string>; replaced: string; replacement: string; moved: string } {
  const [a] = sampleFields(project);
  const words = a.text.split(' ');
  const replaced = words.slice(2, 4).join(' ');
  const replacement = 'better words';
  const moved = words.at(-1)!;
  const parts = withBody(project, ([f, g]) => {
    const at = f.text.indexOf(replaced);
    const before = f.text.slice(0, at);
    const after = f.text.slice(at + replaced.length, f.text.length - moved.length);
    const split = Math.floor(before.length / 2);
    return (
      `<w:p w:rsidR="00112233" w:rsidRDefault="00112233">${start(0, f.bookmark)}` +
      run(before.slice(0, split), '00112233') +
      run(before.slice(split), '00445566') +
      `<w:del w:id="11" w:author="${author}" w:date="${DATE}"><w:r w:rsidDel="00778899"><w:delText xml:space="preserve">${esc(replaced)}</w:delText></w:r></w:del>` +
      `<w:ins w:id="12" w:author="${author}" w:date="${DATE}"><w:r w:rsidR="00778899"><w:t xml:space="preserve">${replacement}</w:t></w:r></w:ins>` +
      run(after, '00445566') +
      `<w:moveFromRangeStart w:id="13" w:author="${author}" w:date="${DATE}" w:name="move1"/><w:moveFrom w:id="14" w:author="${author}" w:date="${DATE}">${run(moved, '00AABBCC')}</w:moveFrom><w:moveFromRangeEnd w:id="13"/>` +
      `${end(0)}</w:p>` +
      `<w:p>${start(1, g.bookmark)}${run(g.text.slice(0, 10), '00112233')}${run(g.text.slice(10), '00DDEEFF')}` +
      `<w:moveToRangeStart w:id="15" w:author="${author}" w:date="${DATE}" w:name="move1"/><w:moveTo w:id="16" w:author="${author}" w:date="${DATE}">${run(` ${moved}`, '00AABBCC')}</w:moveTo><w:moveToRangeEnd w:id="15"/>` +
      `${end(1)}</w:p>`
    );
  });
  return { parts, replaced, replacement, moved };
}
