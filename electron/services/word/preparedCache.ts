import { FileChild, type IContext, type IXmlableObject, type XmlComponent } from 'docx';

/**
 * Incremental .docx writing: the library's own output for a block of a document, kept between
 * exports and reused while the block is unchanged, so a warm export rebuilds only what changed.
 *
 * The library writes a document in two steps: every element's `prepForXml` turns it into a plain
 * object (`{ 'w:p': [...] }`, the library's documented extension point: a custom XmlComponent
 * overrides it), then the library's serialiser writes the objects as XML. This cache keeps the
 * first step's result for a block: the first time, `RecordedBlock` builds the block's elements and
 * records what the library prepares for it, inside the library's own compile; later, `PreparedBlock`
 * hands the library that same object, and the block's elements are neither built nor prepared
 * again. The XML is still written by the library, so a cached document is the uncached one byte for
 * byte (tests/electron/word/preparedCache.test.ts, after a sequence of edits).
 *
 * Keys are the block's whole content and everything else its rendering reads (the caller's
 * `key`): an edited field gives its block a new key, and only that block is built again. What may
 * not be cached is the caller's to leave out: anything carrying annotation ids from the library's
 * document-wide counter (bookmarks, tracked changes), and anything the library rewrites after
 * preparing it (a table of contents it fills, a section's last paragraph that takes the
 * section's properties).
 *
 * Entries not used in the last `keepRenders` renders are dropped, so exporting one layout after
 * another keeps each one warm, and the cache never holds more than those documents.
 */

/** A block whose prepared object is known: the library gets that object as it is. */
class PreparedBlock extends FileChild {
  constructor(
    rootKey: string,
    private readonly prepared: IXmlableObject | undefined,
  ) {
    super(rootKey);
  }

  override prepForXml(): IXmlableObject | undefined {
    return this.prepared;
  }
}

/** A block built now: the library prepares it as always, and the result is kept for next time. */
class RecordedBlock extends FileChild {
  constructor(
    name: string,
    private readonly block: XmlComponent,
    private readonly record: (prepared: IXmlableObject | undefined) => void,
  ) {
    super(name);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    // On the stack in the block's place, as the library's own components put themselves: a table
    // finds the section it is in (its text width) by its place in the body.
    context.stack.push(this as unknown as IXmlableObject);
    try {
      const prepared = this.block.prepForXml(context);
      this.record(prepared);
      return prepared;
    } finally {
      context.stack.pop();
    }
  }
}

/** An element's name (`rootKey` is protected in the library's typings; every component has it). */
const nameOf = (component: XmlComponent): string => (component as unknown as { rootKey: string }).rootKey;

interface Entry {
  rootKey: string;
  prepared: IXmlableObject | undefined;
  /** The render that used it last. */
  render: number;
}

export interface PreparedCacheStats {
  hits: number;
  misses: number;
  entries: number;
}

export class PreparedCache {
  private readonly entries = new Map<string, Entry>();
  private render = 0;
  private hits = 0;
  private misses = 0;
  /** What the last render found kept and what it built. */
  last: PreparedCacheStats = { hits: 0, misses: 0, entries: 0 };

  constructor(private readonly keepRenders = 4) {}

  /** Starts a render: entries used from now on belong to it (see `endRender`). */
  beginRender(): void {
    this.render++;
    this.hits = 0;
    this.misses = 0;
  }

  /** Ends a render: entries no render among the last `keepRenders` used are dropped. */
  endRender(): PreparedCacheStats {
    for (const [key, entry] of this.entries) if (entry.render <= this.render - this.keepRenders) this.entries.delete(key);
    this.last = { hits: this.hits, misses: this.misses, entries: this.entries.size };
    return this.last;
  }

  /**
   * The block of `key`: the prepared object of an earlier render when there is one, else `build()`'s
   * block, recorded when the library prepares it. Either stands where the block would (a body's or
   * a cell's child): the library asks it only for its element name and its prepared object.
   */
  block(key: string, build: () => XmlComponent): FileChild {
    const entry = this.entries.get(key);
    if (entry) {
      entry.render = this.render;
      this.hits++;
      return new PreparedBlock(entry.rootKey, entry.prepared);
    }
    this.misses++;
    const block = build();
    const rootKey = nameOf(block);
    const render = this.render;
    return new RecordedBlock(rootKey, block, (prepared) => this.entries.set(key, { rootKey, prepared, render }));
  }

  clear(): void {
    this.entries.clear();
  }
}
