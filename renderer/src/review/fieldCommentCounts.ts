import type { Project } from '../../../shared/model/project';

type Review = Project['review'];
import { commentCountsByField, fieldKey, type CommentCount } from '../../../shared/review/threads';
import { useProject } from '../store/useProjectStore';

/**
 * Comment counts per field for the markers beside each field in the editor, read from the one
 * project store: counted once per review state (kept by identity while only the text changes),
 * and a field's badge re-renders only when its own count changes.
 */
const countsByReview = new WeakMap<Review, Map<string, CommentCount>>();

function countsOf(review: Review): Map<string, CommentCount> {
  let counts = countsByReview.get(review);
  if (!counts) {
    counts = commentCountsByField(review);
    countsByReview.set(review, counts);
  }
  return counts;
}

const NONE: CommentCount = { total: 0, open: 0 };

/** Threads on one field in one language (total and still open). */
export function useFieldCommentCount(elementId: string, field: string, lang: string): CommentCount {
  const key = fieldKey({ elementId, field: field as never, lang: lang as never });
  return useProject((p) => countsOf(p.review).get(key) ?? NONE);
}
