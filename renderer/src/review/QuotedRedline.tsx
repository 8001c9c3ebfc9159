import type { Language } from '../../../shared/model/bilingual';
import { stripEmphasisMarkers } from '../../../shared/text/inline';
import type { TextQuote } from '../../../shared/review/model';
import { SuggestionDiff } from './SuggestionDiff';

/**
 * A suggestion on exact words as a redline: the words around them as they are, and only the
 * quoted words struck through and replaced (word by word, so an unchanged word stays plain).
 */
export function QuotedRedline({ quote, replacement, lang, testId }: { quote: TextQuote; replacement: string; lang: Language; testId?: string }) {
  const before = quote.prefix ? `…${stripEmphasisMarkers(quote.prefix).slice(-24)}` : '';
  const after = quote.suffix ? `${stripEmphasisMarkers(quote.suffix).slice(0, 24)}…` : '';
  return (
    <p className="review-diff review-redline" lang={lang} data-testid={testId}>
      <span className="review-context">{before}</span>
      <SuggestionDiff before={stripEmphasisMarkers(quote.exact)} after={stripEmphasisMarkers(replacement)} inline />
      <span className="review-context">{after}</span>
    </p>
  );
}
