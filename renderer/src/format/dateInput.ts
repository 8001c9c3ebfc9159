/**
 * Typing a calendar date in the UI language, without the browser's date widget (which follows
 * the machine's locale: a Chinese UI on a US machine showed "mm/dd/yyyy"). The order of day, month
 * and year comes from `Intl` in the UI language (en-GB: 03/12/2026; zh-CN: 2026/12/03); what is
 * typed is read in that order and stored as ISO `YYYY-MM-DD`. An ISO date and a Chinese
 * "2026年12月3日" are read in either language.
 */

export type DatePart = 'year' | 'month' | 'day';

const localeOf = (lang: string) => (lang.startsWith('zh') ? 'zh-CN' : 'en-GB');
const numeric = new Map<string, Intl.DateTimeFormat>();

function numericFormat(lang: string): Intl.DateTimeFormat {
  const locale = localeOf(lang);
  let f = numeric.get(locale);
  if (!f) numeric.set(locale, (f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' })));
  return f;
}

/** The order of the parts in the UI language's numeric date ("day month year" in English). */
export function datePartOrder(lang: string): DatePart[] {
  return numericFormat(lang)
    .formatToParts(new Date(Date.UTC(2026, 11, 3)))
    .flatMap((p) => (p.type === 'year' || p.type === 'month' || p.type === 'day' ? [p.type] : []));
}

/** The separator the UI language writes between the parts ("/" in both). */
function separator(lang: string): string {
  return numericFormat(lang).formatToParts(new Date(Date.UTC(2026, 11, 3))).find((p) => p.type === 'literal')?.value ?? '/';
}

/** A format hint from the part names given (`{ year: 'yyyy', … }` or `{ year: '年', … }`): "dd/mm/yyyy". */
export function datePattern(lang: string, names: Record<DatePart, string>): string {
  return datePartOrder(lang).map((p) => names[p]).join(separator(lang));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An ISO date as the UI language writes it in numbers (03/12/2026, 2026/12/03); anything else as given. */
export function formatDateInput(iso: string, lang: string): string {
  const m = ISO.exec(iso);
  if (!m || !isoOf(+m[1], +m[2], +m[3])) return iso;
  return numericFormat(lang).format(new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])));
}

/**
 * What the user typed, as ISO: '' for nothing (no date), null when it is not a date. Read are the
 * UI language's numeric order with "/", ".", "-" or spaces between the parts, a year first (ISO,
 * or 2026/12/3 in any language), and 2026年12月3日.
 */
export function parseDateInput(text: string, lang: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  const han = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/.exec(s);
  if (han) return isoOf(+han[1], +han[2], +han[3]);
  const parts = s.split(/\s*[/.\-\s]\s*/);
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return null;
  // A four-digit first part is a year, whatever the language (ISO order).
  if (parts[0].length === 4) return isoOf(+parts[0], +parts[1], +parts[2]);
  const order = datePartOrder(lang);
  const value: Record<DatePart, number> = { year: 0, month: 0, day: 0 };
  order.forEach((p, i) => (value[p] = +parts[i]));
  if (String(value.year).length !== 4) return null;
  return isoOf(value.year, value.month, value.day);
}
