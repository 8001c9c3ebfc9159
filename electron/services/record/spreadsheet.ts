import ExcelJS from 'exceljs';

/**
 * Cell text as the NFP sees it. A spreadsheet program may have turned a typed "2023-05-12" into a
 * date (the template formats the date column as text, but a copied sheet may not be): a date cell
 * is written back as YYYY-MM-DD, or YYYY-MM when it is the first of a month typed as a month.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** A spreadsheet serial day number (days since 1899-12-30, as Excel and LibreOffice count) as YYYY-MM-DD. */
export function serialDay(n: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(n) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A sheet's rows as text, row 1 first; `rows[i]` is spreadsheet row i + 1 (blank rows kept, so
 * numbers match). In the columns whose header `isDateColumn` accepts, a number is a date the
 * spreadsheet stored as a serial day (a date typed into a text-formatted cell by some programs).
 */
export function sheetRows(sheet: ExcelJS.Worksheet, isDateColumn: (header: string) => boolean = () => false): string[][] {
  const out: string[][] = [];
  const width = sheet.columnCount;
  const dateColumns = new Set<number>();
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const value = row.getCell(c).value;
      if (n === 1 && isDateColumn(cellText(value).trim().toLowerCase())) dateColumns.add(c);
      cells.push(n > 1 && dateColumns.has(c) && typeof value === 'number' && value > 0 && value < 2_958_466 ? serialDay(value) : cellText(value).trim());
    }
    out[n - 1] = cells;
  });
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}
