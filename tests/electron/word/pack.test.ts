import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Paragraph } from 'docx';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocx, patchSettings } from '../../../electron/services/word/pack';
import { textRuns } from '../../../electron/services/word/runs';
import { documentStyles } from '../../../electron/services/word/styles';
import { NO_BREAK_BEFORE } from '../../../shared/text/typesetting';

/**
 * The patches on the docx library's output (electron/services/word/pack.ts), each on its own:
 * where it lands in its part (the schema's order), and that python-docx still reads the file.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-word-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let zip: JSZip;
let file: string;
const part = (name: string) => zip.file(name)!.async('string');

beforeAll(async () => {
  const doc = new Document({
    title: '中国－东盟环境合作',
    styles: documentStyles([]),
    features: { updateFields: true },
    sections: [{ children: [new Paragraph({ children: textRuns('中国－东盟环境合作 2021-2025') })] }],
  });
  const bytes = await packDocx(doc, { language: 'zh-CN' });
  file = path.join(dir, 'patched.docx');
  writeFileSync(file, bytes);
  zip = await JSZip.loadAsync(bytes);
});

describe('patches on the docx library output', () => {
  it('settings: Chinese line breaking before updateFields and compat, the theme languages after compat', async () => {
    const settings = await part('word/settings.xml');
    const order = ['<w:defaultTabStop', '<w:characterSpacingControl w:val="compressPunctuation"/>', '<w:noLineBreaksAfter w:lang="zh-CN"', '<w:noLineBreaksBefore w:lang="zh-CN"', '<w:updateFields', '<w:compat>', '<w:themeFontLang w:val="en-GB" w:eastAsia="zh-CN"/>'].map((s) => settings.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const before = settings.match(/<w:noLineBreaksBefore w:lang="zh-CN" w:val="([^"]*)"/)![1];
    expect(before).toBe(NO_BREAK_BEFORE.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'));
  });

  it('font table: the Chinese faces with their Chinese names and GB2312', async () => {
    const fonts = await part('word/fontTable.xml');
    expect(fonts).toMatch(/<w:font w:name="SimSun"><w:altName w:val="宋体"\/>.*?<w:charset w:val="86"\/>/);
    expect(fonts).toMatch(/<w:font w:name="SimHei"><w:altName w:val="黑体"\/>/);
    expect(fonts.trim().endsWith('</w:fonts>')).toBe(true);
  });

  it('styles: widow and orphan control first in the paragraph defaults', async () => {
    expect(await part('word/styles.xml')).toContain('<w:pPrDefault><w:pPr><w:widowControl/><w:spacing');
  });

  it('core properties: the document language', async () => {
    expect(await part('docProps/core.xml')).toMatch(/<dc:language>zh-CN<\/dc:language><\/cp:coreProperties>/);
  });

  it('python-docx opens the patched file and reads its language and text', () => {
    const out = execFileSync('/usr/bin/python3', ['-c', 'import docx,sys; d=docx.Document(sys.argv[1]); print(d.core_properties.language); print(d.paragraphs[0].text)', file], { encoding: 'utf8' });
    expect(out.split('\n').slice(0, 2)).toEqual(['zh-CN', '中国－东盟环境合作 2021-2025']);
  });

  it('fails loudly, naming the part, when the library output no longer has what a patch needs', () => {
    expect(() => patchSettings('<w:settings></w:settings>')).toThrow(/settings\.xml .*pack\.ts/);
  });
});
