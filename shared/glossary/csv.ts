import Papa from 'papaparse';
import type { GlossaryTerm } from '../model/glossary';
import { GlossaryImportError, validTermOrReason, type GlossaryImport } from './importResult';
import { newTermId } from './operations';

/**
 * The glossary as a spreadsheet-friendly CSV: one row per term, a header row naming the columns,
 * variants separated by "; " in one cell. Written and read with papaparse (quoting, embedded line
 * breaks and commas are its business). A UTF-8 byte order mark goes first so Excel reads the Chinese.
 */
export const CSV_COLUMNS = ['id', 'en', 'zh', 'acronym', 'short', 'variants', 'note', 'source'] as const;

const VARIANT_SEPARATOR = '; ';

export function glossaryToCsv(glossary: readonly GlossaryTerm[]): string {
  const rows = glossary.map((t) => [t.id, t.en, t.zh, t.acronym ?? '', t.short ?? '', (t.variants ?? []).join(VARIANT_SEPARATOR), t.note ?? '', t.source ?? '']);
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n' })}\r\n`;
}

/**
 * Terms from a CSV with a header row. `en` and `zh` columns are required; the others optional
 * (a row without `id` gets one from its English). A row missing its English or Chinese is
 * reported by its line and skipped; a file without the two columns is refused.
 */
export function glossaryFromCsv(text: string): GlossaryImport {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase() });
  const fields = parsed.meta.fields ?? [];
  const missing = ['en', 'zh'].filter((c) => !fields.includes(c));
  if (missing.length) throw new GlossaryImportError('csv-columns', `The CSV has no ${missing.join(' and ')} column (its header row reads: ${fields.join(', ') || 'nothing'})`);
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new GlossaryImportError('csv-malformed', `Line ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  const terms: GlossaryTerm[] = [];
  const skipped: GlossaryImport['skipped'] = [];
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const cell = (k: string) => (row[k] ?? '').trim();
    if (!cell('en') || !cell('zh')) {
      skipped.push({ where: `line ${line}`, reason: !cell('en') ? 'no English term' : 'no Chinese term' });
      return;
    }
    const term: GlossaryTerm = { id: cell('id') || newTermId(terms, cell('en')), en: cell('en'), zh: cell('zh') };
    if (cell('acronym')) term.acronym = cell('acronym');
    if (cell('short')) term.short = cell('short');
    const variants = cell('variants').split(/\s*[;；]\s*/).filter(Boolean);
    if (variants.length) term.variants = variants;
    if (cell('note')) term.note = cell('note');
    if (cell('source')) term.source = cell('source');
    const invalid = validTermOrReason(term);
    if (invalid) {
      skipped.push({ where: `line ${line}`, reason: invalid });
      return;
    }
    terms.push(term);
  });
  return { terms, skipped };
}
