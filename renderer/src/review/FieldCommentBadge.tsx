import { useTranslation } from 'react-i18next';
import { useFieldCommentCount } from './fieldCommentCounts';

/** Beside a field in the editor: how many comment threads are open on it (nothing when none). */
export function FieldCommentBadge({ elementId, field, lang }: { elementId: string; field: string; lang: string }) {
  const { t } = useTranslation();
  const c = useFieldCommentCount(elementId, field, lang);
  if (c.total === 0) return null;
  return (
    <span className={c.open > 0 ? 'marker comments open' : 'marker comments'} title={t('review.marker.open', { count: c.open })} data-testid="field-comments" data-open={c.open}>
      ✎{c.open}/{c.total}
    </span>
  );
}
