/**
 * Results remembered per string, for one checker. A document repeats many of its texts (schedule
 * years, names, copied annex entries, "ASEAN-China ..." titles), and what a rule reads from a text
 * depends on the text alone, so each distinct text is read once. Bounded: typing creates a new
 * string per keystroke, and a checker lives as long as the open project, so past `limit` entries
 * the memo starts afresh (a lost entry costs only its recomputation).
 */
export class StringMemo<R> {
  private map = new Map<string, R>();

  constructor(private readonly limit = 50_000) {}

  get(text: string, compute: (text: string) => R): R {
    let hit = this.map.get(text);
    if (hit === undefined && !this.map.has(text)) {
      hit = compute(text);
      if (this.map.size >= this.limit) this.map = new Map();
      this.map.set(text, hit);
    }
    return hit as R;
  }
}

/** {@link StringMemo} keyed by two strings (e.g. the English and the Chinese of one field). */
export class StringPairMemo<R> {
  private map = new Map<string, Map<string, R>>();
  private size = 0;

  constructor(private readonly limit = 50_000) {}

  get(a: string, b: string, compute: (a: string, b: string) => R): R {
    let inner = this.map.get(a);
    if (!inner) {
      if (this.size >= this.limit) {
        this.map = new Map();
        this.size = 0;
      }
      inner = new Map();
      this.map.set(a, inner);
    }
    let hit = inner.get(b);
    if (hit === undefined && !inner.has(b)) {
      hit = compute(a, b);
      inner.set(b, hit);
      this.size++;
    }
    return hit as R;
  }
}
