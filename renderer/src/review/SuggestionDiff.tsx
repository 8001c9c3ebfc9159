import { diffWords } from '../../../shared/review/diff';

/** The difference a suggestion makes: removed words struck through, added words marked. */
export function SuggestionDiff({ before, after }: { before: string; after: string }) {
  return (
    <p className="review-diff" data-testid="suggestion-diff">
      {diffWords(before, after).map((p, i) =>
        p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'add' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>,
      )}
    </p>
  );
}
