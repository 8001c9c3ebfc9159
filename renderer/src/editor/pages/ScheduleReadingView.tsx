import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/bilingual';
import { parseSchedule } from '../../../../shared/schedule/parseSchedule';

/** Years as a reader would say them: "2021–2025" for a run, else a list. */
function yearsText(years: number[]): string {
  if (years.length > 2 && years[years.length - 1] - years[0] === years.length - 1) return `${years[0]}–${years[years.length - 1]}`;
  return years.join(', ');
}

/** The structured reading of a schedule text, beside it; a visible mark where it cannot be read. */
export const ScheduleReadingView = memo(function ScheduleReadingView({ text, lang }: { text: string; lang: Language }) {
  const { t } = useTranslation();
  const r = parseSchedule(text, lang);
  if (r.status === 'empty') return null;
  if (r.status === 'unreadable') {
    return (
      <div className="schedule-reading unreadable" data-testid="schedule-unreadable" data-lang={lang}>
        ⚠ {t('editor.schedule.unreadable', { reason: t(`editor.schedule.reason.${r.reason}`), at: r.remainder })}
      </div>
    );
  }
  const parts = [t(`editor.schedule.kind.${r.kind}`)];
  if (r.years.length) parts.push(yearsText(r.years));
  for (const q of r.qualifiers) parts.push(t(`editor.schedule.qualifier.${q}`));
  if (r.problems.length) parts.push(`⚠ ${r.problems.map((p) => t(`editor.schedule.problem.${p}`)).join('; ')}`);
  return (
    <div className={r.problems.length ? 'schedule-reading problem' : 'schedule-reading'} data-testid="schedule-reading" data-lang={lang}>
      {parts.join(' · ')}
    </div>
  );
});
