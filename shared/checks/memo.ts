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

/**
 * {@link StringMemo} keyed by two strings (e.g. the English and the Chinese of one field): one
 * entry per first string, holding the last second string met with it. No map per first string:
 * where texts do not repeat (most real documents), the memo must cost next to nothing.
 */
export class StringPairMemo<R> {
  private map = new Map<string, { b: string; result: R }>();

  constructor(private readonly limit = 50_000) {}

  get(a: string, b: string, compute: (a: string, b: string) => R): R {
    const hit = this.map.get(a);
    if (hit !== undefined && hit.b === b) return hit.result;
    const result = compute(a, b);
    if (this.map.size >= this.limit) this.map = new Map();
    this.map.set(a, { b, result });
    return result;
  }
}
