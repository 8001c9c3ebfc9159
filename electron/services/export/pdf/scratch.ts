/**
 * Scratch layouts: keepWithNext.ts and planRowBreak.ts lay measured nodes out once more, on a
 * context pdfmake then drops, to see how tall they are and where their lines fall. What is laid out
 * there must leave the originals as the real layout needs them:
 *
 * - nodes are copied (pdfmake writes layout state onto nodes and table cells) and marked `SCRATCH`
 *   (hooks on pdfmake's layout that keep records skip them);
 * - a text's measured words: its list of them is copied (layout takes words off it as it builds
 *   lines), the words themselves are shared. Layout writes onto a word only its x (which the next
 *   layout sets before anything reads it: Line.addInline), its justification shift (on justified
 *   lines: ElementWriter.alignLine) and, for a word too wide for its line, a shorter text and width
 *   (LayoutBuilder.buildNextLine cuts it in place), besides a page reference's target (the same
 *   each time); the shift, text and width are put back when the scratch layout ends (`restore`). Copying every word (some twenty properties each) cost as much as the
 *   scratch layout itself (3–4 ms of the side-by-side export);
 * - lines of a scratch layout that are kept and drawn (planRowBreak.ts: the continued words put on
 *   the next page) need words of their own: a `deep` scratch copies the words too.
 */

/** Marks a scratch copy of a node. */
export const SCRATCH = '_acecScratch';

interface Word {
  text?: unknown;
  width?: unknown;
  justifyShift?: unknown;
}

export class Scratch {
  private readonly words: Array<{ word: Word; text: unknown; width: unknown; shift: unknown }> = [];

  constructor(private readonly deep = false) {}

  /** A copy of a measured node to lay out; `rows` keeps only a table's first rows (its head). */
  copy(node: unknown, rows?: number): unknown {
    if (Array.isArray(node)) return node.map((n) => this.copy(n));
    if (!node || typeof node !== 'object') return node;
    const n = node as Record<string, unknown>;
    const copy: Record<string, unknown> = { ...n, [SCRATCH]: true };
    delete copy.positions;
    if (Array.isArray(n._inlines)) copy._inlines = this.deep ? (n._inlines as Word[]).map((w) => ({ ...w })) : this.shared(n._inlines as Word[]);
    for (const key of ['stack', 'columns', 'ul', 'ol'] as const) if (Array.isArray(n[key])) copy[key] = this.copy(n[key]);
    if (n.section) copy.section = this.copy(n.section);
    const table = n.table as { body?: unknown[][] } | undefined;
    if (table?.body) {
      const body = rows === undefined ? table.body : table.body.slice(0, rows);
      copy.table = {
        ...table,
        // A merged cell in the head may not reach past it.
        body: body.map((row, r) =>
          row.map((cell) => {
            const c = this.copy(cell) as Record<string, unknown>;
            if (typeof c.rowSpan === 'number' && r + c.rowSpan > body.length) c.rowSpan = body.length - r;
            return c;
          }),
        ),
      };
    }
    return copy;
  }

  /** The words as they are now, to be put back; a new list of the same words. */
  private shared(words: Word[]): Word[] {
    for (const word of words) this.words.push({ word, text: word.text, width: word.width, shift: word.justifyShift });
    return words.slice();
  }

  /** Put the shared words back as they were before the scratch layout (latest first, so a word copied twice ends as it started). */
  restore(): void {
    for (let i = this.words.length - 1; i >= 0; i--) {
      const { word, text, width, shift } = this.words[i];
      if (word.text !== text) word.text = text;
      if (word.width !== width) word.width = width;
      if (word.justifyShift !== shift) word.justifyShift = shift;
    }
    this.words.length = 0;
  }
}
