import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportProject } from '../../../electron/services/export/exportService';
import { importProgressFile } from '../../../electron/services/record/progressFiles';
import { deriveNewEdition } from '../../../shared/versions/newEdition';
import { builtinProject } from '../../shared/review/builtin';
import { compact, pdfPages, readDocx } from '../export/readers';

const FIXTURE = fileURLToPath(new URL('../../fixtures/record/events-2021-2025.csv', import.meta.url));

/**
 * Done-when 1's last link, read back as a reader would: the realistic events sheet imported into
 * the built-in edition (the real file import), a new edition started from it, exported as .docx
 * and PDF by the export service, and its annex and section 2.2 draft read with python-docx and
 * pdftotext.
 */
describe('the next edition started from an edition with a record, exported and read back', () => {
  it('carries the 2021-2025 events as its annex and the figures as its section 2.2 draft, in Word and PDF', async () => {
    const imported = await importProgressFile(builtinProject(), FIXTURE);
    expect(imported.outcome.added).toBe(10);
    const next = deriveNewEdition(imported.project, { period: { start: 2026, end: 2030 } });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acec-next-edition-'));
    const options = { layout: 'bilingual' as const, paper: 'a4' as const, stage: 'draft' as const, date: '2026-12-04' };
    const docxFile = (await exportProject(next, 'docx', options, path.join(dir, 'next.docx'))).file;
    const pdfFile = (await exportProject(next, 'pdf', options, path.join(dir, 'next.pdf'))).file;

    const docx = readDocx(docxFile);
    const cells = docx.tables.flatMap((t) => t.rows.map((r) => r.join(' | ')));
    const row = (title: string) => cells.find((c) => c.includes(title)) ?? '';
    // The annex: every event held in 2021-2025 with its time and place, in both languages.
    expect(row('Workshop on Peatland Protection')).toContain('October 2024');
    expect(row('Workshop on Peatland Protection')).toContain('Vientiane, Lao PDR');
    expect(cells.some((c) => c.includes('泥炭地保护研讨会'))).toBe(true);
    expect(row('ASEAN-China Environmental Cooperation Forum 2021')).toContain('September 2021');
    expect(row('ASEAN-China Environmental Cooperation Forum 2021')).toContain('Nanning (Guangxi), China');
    expect(row('Green Envoys Program Alumni Meeting')).toContain('March 2024');
    // The meeting of January 2026 was after the period: not in its annex, not counted.
    const allDocx = [...docx.units, ...cells].join('\n');
    expect(allDocx).not.toContain('Post-period follow-up meeting');
    expect(allDocx).not.toContain('期后后续会议');
    // Section 2.2's draft, both languages.
    expect(allDocx).toContain('During 2021-2025, 9 activities were recorded under the Framework, with 1,625 participants in all');
    expect(allDocx).toContain('Under Component 4 (Biodiversity conservation and ecosystem management), 2 activities were held');
    expect(allDocx).toContain('2021-2025期间，框架下共记录9项活动');

    const pdf = compact(pdfPages(pdfFile, 'raw').join('\n'));
    for (const words of [
      'Workshop on Peatland Protection',
      '泥炭地保护研讨会',
      'Vientiane, Lao PDR',
      'During 2021-2025, 9 activities were recorded under the Framework',
      '2021-2025期间，框架下共记录9项活动',
      '2 forums were held',
    ]) expect(pdf, words).toContain(compact(words));
    expect(pdf).not.toContain(compact('Post-period follow-up meeting'));
  }, 120_000);
});
