import { BaseXmlComponent, FileChild, type IContext, type IXmlableObject, type XmlComponent } from 'docx';

/**
 * Incremental .docx writing: the XML the library wrote for a block of a document (a paragraph, a
 * table), kept between exports and put back while the block is unchanged, so a warm export builds,
 * prepares and writes only the blocks that changed.
 *
 * The library writes a block in two steps: its elements' `prepForXml` turn it into plain objects,
 * then the library's serialiser writes them as text. A block built in this render is written by the
 * library between two empty marker elements (`<acec:from n="7"/>…<acec:to n="7"/>`: the library
 * writes the components a component's `writtenAs` names in its place, as it writes a bookmark's
 * start, content and end); a kept block is one placeholder element (`<acec:keep n="8"/>`). Once the
 * library has written the document, `splice` takes each marked block's XML into the cache, puts
 * each kept block's XML in its placeholder's place and removes the markers (as the library itself
 * fills in its own placeholders, e.g. numbering ids, after writing). Text never looks like a marker:
 * the library escapes `<` in text and attribute values. The XML is always the library's: a cached document is the
 * uncached one byte for byte (tests/electron/word/blockCache.test.ts, through a sequence of edits).
 *
 * Keys are the block's whole content and everything else its rendering reads (the caller's `key`):
 * an edited field gives its block a new key, and only that block is built again. What may not be
 * cached is the caller's to leave out: anything carrying annotation ids from the library's
 * document-wide counter (bookmarks, tracked changes); anything the library rewrites after preparing
 * it (a contents it fills, the paragraph that takes a section's properties); anything it resolves
 * against the document while writing (links, images, numbering, notes, comments).
 *
 * Entries not used in the last `keepRenders` renders are dropped, so exporting one layout after
 * another keeps each one warm, and the cache never holds more than those documents' text.
 */

/** An empty element the library writes as `<acec:NAME n="N"/>`. */
class Marker extends BaseXmlComponent {
  constructor(
    name: 'from' | 'to' | 'keep',
    private readonly n: number,
  ) {
    super(`acec:${name}`);
  }

  override prepForXml(): IXmlableObject {
    return { [this.rootKey]: { _attr: { n: this.n } } };
  }
}

const MARKERS = /<acec:(from|to|keep) n="(\d+)"\/>/g;

/** A block kept from an earlier render: its placeholder, for `splice` to fill. */
class KeptBlock extends FileChild {
  private readonly placeholder: Marker;

  constructor(rootKey: string, n: number) {
    super(rootKey);
    this.placeholder = new Marker('keep', n);
  }

  override prepForXml(): IXmlableObject {
    return this.placeholder.prepForXml();
  }
}

/** A block built in this render, written between markers so `splice` can keep its XML. */
class RecordedBlock extends FileChild {
  private readonly parts: readonly BaseXmlComponent[];

  constructor(rootKey: string, block: XmlComponent, n: number) {
    super(rootKey);
    this.parts = [new Marker('from', n), new InPlace(this, block), new Marker('to', n)];
  }

  override get writtenAs(): readonly BaseXmlComponent[] {
    return this.parts;
  }

  /** Asked directly (not through writtenAs), the block alone: written, just not kept. */
  override prepForXml(context: IContext): IXmlableObject | undefined {
    return this.parts[1].prepForXml(context);
  }
}

/** Prepares a block on the stack in its stand-in's place (a table finds its section, hence its text width, by its place in the body). */
class InPlace extends BaseXmlComponent {
  constructor(
    private readonly standIn: RecordedBlock,
    private readonly block: XmlComponent,
  ) {
    super(nameOf(block));
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    context.stack.push(this.standIn as unknown as IXmlableObject);
    try {
      return this.block.prepForXml(context);
    } finally {
      context.stack.pop();
    }
  }
}

/** An element's name (`rootKey` is protected in the library's typings; every component has it). */
const nameOf = (component: XmlComponent): string => (component as unknown as { rootKey: string }).rootKey;

interface Entry {
  rootKey: string;
  xml: string;
  /** The render that used it last. */
  render: number;
}

export interface BlockCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

/** One render's use of the cache: the blocks it kept and built, by marker number. */
export class BlockRender {
  private next = 1;
  private readonly kept = new Map<number, string>();
  private readonly built = new Map<number, { key: string; rootKey: string }>();
  private hits = 0;

  constructor(
    private readonly entries: Map<string, Entry>,
    private readonly render: number,
    private readonly finish: (stats: BlockCacheStats) => void,
  ) {}

  /**
   * The block of `key`: a placeholder for the XML an earlier render wrote when there is one, else
   * `build()`'s block, marked so its XML is kept. Either stands where the block would (a body's or a
   * cell's child): the library asks it only for its element name and what it writes.
   */
  block(key: string, build: () => XmlComponent): FileChild {
    const n = this.next++;
    const entry = this.entries.get(key);
    if (entry) {
      entry.render = this.render;
      this.kept.set(n, entry.xml);
      this.hits++;
      return new KeptBlock(entry.rootKey, n);
    }
    const block = build();
    const rootKey = nameOf(block);
    this.built.set(n, { key, rootKey });
    return new RecordedBlock(rootKey, block, n);
  }

  /** `xml` (the library's document.xml) with the kept blocks in place, the built ones kept, and no markers. */
  splice(xml: string): string {
    const out: string[] = [];
    const open: Array<{ n: number; at: number }> = [];
    let from = 0;
    for (const m of xml.matchAll(MARKERS)) {
      out.push(xml.slice(from, m.index));
      from = m.index + m[0].length;
      const n = Number(m[2]);
      if (m[1] === 'keep') {
        const kept = this.kept.get(n);
        if (kept === undefined) throw new Error(`No kept block ${n} in this render (electron/services/word/blockCache.ts)`);
        out.push(kept);
      } else if (m[1] === 'from') {
        open.push({ n, at: out.length });
      } else {
        const start = open.pop();
        const built = this.built.get(n);
        if (start?.n !== n || !built) throw new Error(`Block markers out of order at ${n} (electron/services/word/blockCache.ts)`);
        const text = out.splice(start.at).join('');
        out.push(text);
        this.entries.set(built.key, { rootKey: built.rootKey, xml: text, render: this.render });
      }
    }
    if (open.length) throw new Error(`Block ${open[open.length - 1].n} not closed (electron/services/word/blockCache.ts)`);
    out.push(xml.slice(from));
    return out.join('');
  }

  /** Ends the render: see BlockCache.last. */
  end(): BlockCacheStats {
    const stats = { hits: this.hits, misses: this.built.size, entries: this.entries.size };
    this.finish(stats);
    return stats;
  }
}

export class BlockCache {
  private readonly entries = new Map<string, Entry>();
  private render = 0;
  /** What the last render found kept and what it built. */
  last: BlockCacheStats = { hits: 0, misses: 0, entries: 0 };

  constructor(private readonly keepRenders = 4) {}

  /** Starts a render; its `end()` drops the entries no render among the last `keepRenders` used. */
  beginRender(): BlockRender {
    const render = ++this.render;
    return new BlockRender(this.entries, render, (stats) => {
      for (const [key, entry] of this.entries) if (entry.render <= render - this.keepRenders) this.entries.delete(key);
      this.last = { ...stats, entries: this.entries.size };
    });
  }

  clear(): void {
    this.entries.clear();
  }
}
