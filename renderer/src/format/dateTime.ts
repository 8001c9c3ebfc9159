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
