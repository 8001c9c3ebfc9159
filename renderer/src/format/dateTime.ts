/**
 * Dates and times as the UI shows them: one format per UI language, whatever the machine's own
 * locale (a reviewer's workstation may be set to another country's conventions), e.g.
 * "3 Dec 2026, 09:08" in English and "2026年12月3日 09:08" in Chinese. Formatters are made once per
 * language (Intl.DateTimeFormat is costly to construct and lists show hundreds of dates).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string): Intl.DateTimeFormat {
  const locale = lang.startsWith('zh') ? 'zh-CN' : 'en-GB';
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f;
}

/** An ISO timestamp in the UI language's one date-and-time format; an unreadable one as given. */
export function formatDateTime(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter(lang).format(date);
}

// Event dates are calendar days, not instants: formatted in UTC so no time zone moves them a day.
type DatePart = 'full' | 'dayMonth' | 'day' | 'month';
const dateParts: Record<DatePart, Intl.DateTimeFormatOptions> = {
  full: { year: 'numeric', month: 'short', day: 'numeric' },
  dayMonth: { month: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  month: { year: 'numeric', month: 'short' },
};
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function datePart(part: DatePart, lang: string, date: Date): string {
  const locale = lang.startsWith('zh') ? 'zh-CN' : 'en-GB';
  const key = `${locale}|${part}`;
  let f = dateFormatters.get(key);
  if (!f) dateFormatters.set(key, (f = new Intl.DateTimeFormat(locale, { ...dateParts[part], timeZone: 'UTC' })));
  return f.format(date);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const utc = (y: string, m: string, d = '1') => new Date(Date.UTC(+y, +m - 1, +d));

/**
 * A record's event date (a day "2023-09-14", a month "2023-09" or a range "2023-09-14..2023-09-16")
 * in the UI language: "14 Sept 2023", "Sept 2023", "14–16 Sept 2023" in English; "2023年9月14日",
 * "2023年9月", "2023年9月14日至16日" in Chinese. A range says its month and year once when both
 * ends share them (ICU's own range formats differ between engines, and fall back to "2023/9/14 –
 * 2023/9/16" for Chinese, so the ends are joined here). Anything else is shown as given.
 */
export function formatEventDate(text: string, lang: string): string {
  const zh = lang.startsWith('zh');
  const month = MONTH.exec(text);
  if (month) return datePart('month', lang, utc(month[1], month[2]));
  const day = DAY.exec(text);
  if (day) return datePart('full', lang, utc(day[1], day[2], day[3]));
  const ends = text.split('..').map((s) => DAY.exec(s));
  if (ends.length !== 2 || !ends[0] || !ends[1]) return text;
  const [a, b] = ends;
  const from = utc(a[1], a[2], a[3]);
  const to = utc(b[1], b[2], b[3]);
  if (a[1] !== b[1]) return zh ? `${datePart('full', lang, from)}至${datePart('full', lang, to)}` : `${datePart('full', lang, from)} – ${datePart('full', lang, to)}`;
  if (a[2] !== b[2]) return zh ? `${datePart('full', lang, from)}至${datePart('dayMonth', lang, to)}` : `${datePart('dayMonth', lang, from)} – ${datePart('full', lang, to)}`;
  if (a[3] === b[3]) return datePart('full', lang, from);
  return zh ? `${datePart('full', lang, from)}至${datePart('day', lang, to)}` : `${datePart('day', lang, from)}–${datePart('full', lang, to)}`;
}
