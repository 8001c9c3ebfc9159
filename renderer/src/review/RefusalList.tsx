import { useTranslation } from 'react-i18next';
import type { FileRefusal } from '../../../shared/ipc/methods/review';

/** Why files were not imported, one line each, and that nothing changed. */
export function RefusalList({ refusals }: { refusals: FileRefusal[] }) {
  const { t } = useTranslation();
  return (
    <div className="review-refusals" role="alert" data-testid="review-refusals">
      <strong>{t('review.refusal.title')}</strong>
      <ul>
        {refusals.map((r, i) => (
          <li key={i} data-code={r.code}>
            {t(`review.refusal.${r.code as 'not-json'}`, {
              name: r.name,
              found: r.found ?? '',
              expected: r.expected ?? '',
              offset: r.offset ?? '',
              part: r.part ?? '',
              item: r.item ?? '',
              detail: r.detail ?? '',
              details: (r.details ?? []).map((d) => `${d.path}: ${d.message}`).join('; '),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
