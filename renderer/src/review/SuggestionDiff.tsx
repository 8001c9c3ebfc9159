import { diffWords } from '../../../shared/review/diff';

/** The difference a suggestion makes: removed words struck through, added words marked. */
export function SuggestionDiff({ before, after, inline = false }: { before: string; after: string; inline?: boolean }) {
  const parts = diffWords(before, after).map((p, i) =>
    p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'add' ? <ins key={i}>{p.text}</ins> : <del key={i}>{p.text}</del>,
  );
  return inline ? <span data-testid="suggestion-diff">{parts}</span> : <p className="review-diff" data-testid="suggestion-diff">{parts}</p>;
}
