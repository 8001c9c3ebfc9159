import type { DiffOp } from '../../../shared/versions/diffText';

/** Long unchanged stretches are shortened to their ends, so the change itself is what one sees. */
const CONTEXT = 40;

function shorten(text: string, position: 'first' | 'middle' | 'last'): string {
  if (text.length <= CONTEXT * 2 + 1) return text;
  if (position === 'first') return `…${text.slice(-CONTEXT)}`;
  if (position === 'last') return `${text.slice(0, CONTEXT)}…`;
  return `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}`;
}

/** A text change, redline style: deletions struck through, insertions underlined. */
export function DiffRuns({ diff, full = false }: { diff: DiffOp[]; full?: boolean }) {
  return (
    <span className="diff-runs">
      {diff.map((d, i) => {
        if (d.op === 'insert') return <ins key={i}>{d.text}</ins>;
        if (d.op === 'delete') return <del key={i}>{d.text}</del>;
        const position = i === 0 ? 'first' : i === diff.length - 1 ? 'last' : 'middle';
        return <span key={i}>{full ? d.text : shorten(d.text, position)}</span>;
      })}
    </span>
  );
}
