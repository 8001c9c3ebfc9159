import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { openSuggestionsByField, redlineSegments } from '../../../shared/review/fieldRedline';
import type { SuggestionItem } from '../../../shared/review/model';
import { fieldKey } from '../../../shared/review/threads';
import { stripEmphasisMarkers } from '../../../shared/text/inline';
import { useProject } from '../store/useProjectStore';
import { SuggestionDiff } from './SuggestionDiff';
import './review.css';

type Review = Project['review'];

/**
 * Under a field's text in the editor: the open suggestions on it as a redline of the field itself
 * (its text, each suggestion's words struck through and the new words beside them, at their
 * place). Read from the one project store, grouped once per review state; a field with no open
 * suggestion renders nothing and re-renders only when its own suggestions change.
 */
const byReview = new WeakMap<Review, Map<string, SuggestionItem[]>>();
const NONE: SuggestionItem[] = [];

function suggestionsOf(review: Review): Map<string, SuggestionItem[]> {
  let map = byReview.get(review);
  if (!map) {
    map = openSuggestionsByField(review);
    byReview.set(review, map);
  }
  return map;
}

export function FieldRedline({ elementId, field, lang, text }: { elementId: string; field: string; lang: string; text: string }) {
  const { t } = useTranslation();
  const key = fieldKey({ elementId, field: field as never, lang: lang as never });
  const suggestions = useProject((p) => suggestionsOf(p.review).get(key) ?? NONE);
  if (suggestions.length === 0) return null;
  const segments = redlineSegments(text, suggestions);
  if (!segments.some((s) => s.kind === 'suggestion')) return null;
  return (
    <p className="field-redline review-diff" data-testid="field-redline" aria-label={t('review.field.redline', { count: suggestions.length })}>
      {segments.map((s, i) =>
        s.kind === 'text' ? (
          <span key={i}>{stripEmphasisMarkers(s.text)}</span>
        ) : (
          <span key={s.item.id} className="field-suggestion" data-testid="field-suggestion" data-item-id={s.item.id} title={t('review.field.suggestedBy', { name: s.item.author.name })}>
            <SuggestionDiff before={stripEmphasisMarkers(s.exact)} after={stripEmphasisMarkers(s.replacement)} inline />
          </span>
        ),
      )}
    </p>
  );
}
