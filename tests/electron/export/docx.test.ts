import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuiltinEdition } from '../../../electron/services/builtinEdition';
import { exportProject } from '../../../electron/services/export/exportService';
import type { Project } from '../../../shared/model/project';
import { libreOfficeToPdf, missingInOrder, pdfPages, pdfWordBoxes, readDocx, referenceUnits, renderPages, readyForFinal, type DocxDump } from './readers';

/**
 * The .docx read back by the tools a Word user's colleagues have: python3-docx (Debian) for the
 * structure, LibreOffice headless for opening and converting it.
 */

const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-export-docx-'));
let project: Project;
let en: DocxDump;
let bilingual: DocxDump;
let bilingualFile: string;
let enFile: string;

beforeAll(async () => {
  project = readyForFinal(await loadBuiltinEdition());
  enFile = (await exportProject(project, 'docx', { layout: 'en', paper: 'a4', stage: 'final' }, path.join(dir, 'en.docx'))).file;
  bilingualFile = (await exportProject(project, 'docx', { layout: 'bilingual', paper: 'a4', stage: 'draft', date: '2026-11-29' }, path.join(dir, 'bilingual.docx'))).file;
  en = readDocx(enFile);
  bilingual = readDocx(bilingualFile);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('.docx export read back with python3-docx and LibreOffice', () => {
  it('reads the action-plan table with its merged focus and action cells', () => {
    const plan = en.tables.find((t) => t.rows[0].join('|') === 'Focus|Action|Activity|Schedule');
    expect(plan).toBeDefined();
    expect(plan!.rows).toHaveLength(1 + 21);
    // Component 1 spans its 5 activities; its Action 1 spans 4 of them.
    const focus = plan!.cellIndex.slice(1).map((r) => r[0]);
    const runs = focus.reduce<number[]>((acc, id, i) => (i > 0 && id === focus[i - 1] ? (acc[acc.length - 1]++, acc) : [...acc, 1]), []);
    expect(runs).toEqual([5, 7, 6, 3]);
    const action = plan!.cellIndex.slice(1).map((r) => r[1]);
    const actionRuns = action.reduce<number[]>((acc, id, i) => (i > 0 && id === action[i - 1] ? (acc[acc.length - 1]++, acc) : [...acc, 1]), []);
    expect(actionRuns).toEqual([4, 1, 3, 2, 2, 3, 3, 1, 2]);
    expect(plan!.rows[3][0]).toBe('Component 1: Environmental policy dialogue and exchange');
    expect(plan!.rows[3][2]).toBe('Activity 1-3: ASEAN-China seminars/workshops on Marine plastics and Micro plastic issue, Strategic Environmental Impact Assessment, etc.');
    expect(plan!.rows[3][3]).toBe('2021, 2023, 2025');
  });

  it('sets an East Asian font on every Chinese run and on the document defaults', () => {
    expect(bilingual.cjk_runs).toBeGreaterThan(300);
    expect(bilingual.cjk_runs_without_east_asian_font).toEqual([]);
    expect(bilingual.default_east_asian_font).toBe('SimSun');
    expect(en.cjk_runs).toBe(0); // English-only: no Chinese anywhere, the cover included
    expect(en.cjk_runs_without_east_asian_font).toEqual([]);
  });

  it('holds every reference paragraph, list item, table row and annex entry in order (English only)', () => {
    const units = referenceUnits();
    const start = en.units.findIndex((u) => u === '1. Background');
    expect(start).toBeGreaterThan(0);
    expect(missingInOrder(units, en.units.slice(start).join('\n'))).toEqual([]);
  });

  it('marks a draft with a watermark (with its date) behind every page, and a final export with none', async () => {
    const headers = async (file: string) => {
      const zip = await JSZip.loadAsync(readFileSync(file));
      const names = Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n));
      return Promise.all(names.map((n) => zip.file(n)!.async('string')));
    };
    const draft = await headers(bilingualFile);
    expect(draft.length).toBeGreaterThanOrEqual(3);
    for (const xml of draft) expect(xml).toContain('string="DRAFT 草稿 2026-11-29"');
    for (const xml of await headers(enFile)) expect(xml).not.toContain('DraftWatermark');
  });

  it('opens and converts in LibreOffice headless; the contents lists the headings', () => {
    const pdf = libreOfficeToPdf(bilingualFile, dir);
    expect(existsSync(pdf)).toBe(true);
    const pages = pdfPages(pdf, 'raw');
    expect(pages.length).toBeGreaterThan(15);
    const contents = pages[2];
    expect(contents).toContain('Contents');
    expect(contents).toContain('1. Background');
    expect(contents).toContain('Annex: Related Activities');
    // The cover title's two lines stand one under the other (a line height LibreOffice reads as
    // exact once printed them over each other).
    const words = pdfWordBoxes(pdf, 1);
    const first = words.find((w) => w.word === 'Framework')!;
    const second = words.find((w) => w.word === 'Cooperation')!;
    expect(second.yMin).toBeGreaterThanOrEqual(first.yMax - 0.5);
    const plan = pages.findIndex((p, i) => i > 3 && p.includes('Focus') && p.includes('Schedule')) + 1;
    expect(plan).toBeGreaterThan(4);
    renderPages(pdf, 'docx-bilingual-libreoffice', [1, 3, 4, plan, plan + 1]);
  }, 120_000);
});
