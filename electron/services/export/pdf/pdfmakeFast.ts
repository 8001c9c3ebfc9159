import { createRequire } from 'node:module';

/**
 * Two hot spots of pdfmake 0.3's layout, measured with --cpu-prof on the built-in edition, made
 * cheaper without changing what pdfmake decides:
 *
 * 1. Style lookup. Every word is measured with ~22 `getStyleProperty` calls, and each call
 *    pushes the word onto the style stack, allocates two closures and a `Set`, and pops again
 *    (a fifth of a bilingual export, where every Chinese character is a word of its own). The
 *    replacement walks the same places in the same order (the word itself, its named styles
 *    last-first, the stack top-down, the default style) without allocating. A named style that
 *    `extends` another is left to pdfmake's own lookup.
 *
 * 2. The second layout pass. A `pageBreakBefore` function in the document definition makes
 *    pdfmake lay the whole document out again whenever it moves a node, and each pass measures
 *    every text node afresh although nothing a measurement depends on (the text, its styles, the
 *    fonts of this document) has changed. For such a document the first measurement of each text
 *    node is kept and handed back (as fresh copies: layout consumes and moves inlines) in later
 *    passes. Nodes pdfmake re-creates per pass (contents entries, page references, headers and
 *    footers) are new objects and so are measured as before. A document without the function is
 *    laid out once (ours: keepWithNext.ts decides in that one pass), so nothing is kept for it:
 *    copying every node's inlines cost a bilingual self-evaluation report ~45 MB of garbage.
 *
 * Installed once per process; if pdfmake's internals are not shaped as expected nothing is patched.
 */

const require = createRequire(import.meta.url);

type Dict = Record<string, Record<string, unknown> | undefined>;
const MEMO = Symbol('memo');
interface StackLike {
  [MEMO]?: unknown[];
  styleDictionary: Dict;
  defaultStyle?: Record<string, unknown>;
  styleOverrides: unknown[];
}
type GetStyleProperty = (item: unknown, stack: StackLike | null | undefined, property: string, defaultValue: unknown) => unknown;

const isValue = (v: unknown): boolean => v !== undefined && v !== null;

/** Sentinel: pdfmake's own lookup must decide (a style with `extends`). */
const DEFER = Symbol('defer');

function fromNamedStyle(dict: Dict, name: string, property: string): unknown {
  const style = dict[name];
  if (!style) return undefined;
  const v = style[property];
  if (isValue(v)) return v;
  return style.extends ? DEFER : undefined;
}

/** A memo slot not filled yet. */
const UNSET = Symbol('unset');
/** Each property name asked of a stack, numbered: its slot in a stack's memo. */
const SLOTS = new Map<string, number>();

/**
 * What the stack says about `property`, remembered until the stack changes: every word of a text
 * node is looked up against the same stack (push and pop drop the memo; nothing else in pdfmake
 * touches the overrides). pdfmake clones a stack for every text node, so the memo is an array
 * indexed by property (one small allocation per stack) rather than a Map grown entry by entry.
 */
function fromStack(stack: StackLike, property: string): unknown {
  let slot = SLOTS.get(property);
  if (slot === undefined) SLOTS.set(property, (slot = SLOTS.size));
  let memo = stack[MEMO];
  if (!memo) memo = stack[MEMO] = new Array<unknown>(Math.max(32, SLOTS.size)).fill(UNSET);
  else if (slot < memo.length && memo[slot] !== UNSET) return memo[slot];
  while (memo.length <= slot) memo.push(UNSET);
  const v = lookUp(stack, property);
  memo[slot] = v;
  return v;
}

function lookUp(stack: StackLike, property: string): unknown {
  const overrides = stack.styleOverrides;
  for (let i = overrides.length - 1; i >= 0; i--) {
    const o = overrides[i];
    if (typeof o === 'string') {
      const v = fromNamedStyle(stack.styleDictionary, o, property);
      if (v !== undefined) return v;
    } else if (o && isValue((o as Record<string, unknown>)[property])) {
      return (o as Record<string, unknown>)[property];
    }
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

let installed = false;

export function installPdfmakeFastPaths(): void {
  if (installed) return;
  installed = true;
  let StyleContextStack: { getStyleProperty: GetStyleProperty; prototype: { getProperty(p: string): unknown; push: unknown; pop: unknown } } | undefined;
  let DocMeasure: { prototype: { measureLeaf(node: LeafNode): LeafNode } } | undefined;
  let LayoutBuilder: { prototype: { layoutDocument(...args: unknown[]): unknown } } | undefined;
  try {
    StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: typeof StyleContextStack }).default;
    DocMeasure = (require('pdfmake/js/DocMeasure.js') as { default: typeof DocMeasure }).default;
    LayoutBuilder = (require('pdfmake/js/LayoutBuilder.js') as { default: typeof LayoutBuilder }).default;
  } catch {
    return;
  }
  if (
    StyleContextStack &&
    typeof StyleContextStack.getStyleProperty === 'function' &&
    typeof StyleContextStack.prototype.getProperty === 'function' &&
    typeof StyleContextStack.prototype.push === 'function' &&
    typeof StyleContextStack.prototype.pop === 'function'
  ) {
    const proto = StyleContextStack.prototype as unknown as { push(x: unknown): void; pop(n?: number): void };
    const push = proto.push;
    const pop = proto.pop;
    proto.push = function (this: StackLike, x: unknown) {
      this[MEMO] = undefined;
      push.call(this, x);
    };
    proto.pop = function (this: StackLike, n?: number) {
      this[MEMO] = undefined;
      pop.call(this, n);
    };
    const original = StyleContextStack.getStyleProperty;
    const originalGetProperty = StyleContextStack.prototype.getProperty;
    StyleContextStack.prototype.getProperty = function getProperty(this: StackLike, property: string): unknown {
      const v = fromStack(this, property);
      return v === DEFER ? originalGetProperty.call(this, property) : v;
    };
    StyleContextStack.getStyleProperty = function getStyleProperty(item, stack, property, defaultValue) {
      const own = (item as Record<string, unknown>)[property];
      if (isValue(own)) return own;
      if (!stack) return defaultValue;
      let value: unknown;
      // pdfmake pushes nothing for a string or a section, else the item's named styles and the item.
      if (typeof item !== 'string' && (item as { section?: unknown }).section === undefined) {
        const style = (item as { style?: unknown }).style;
        if (Array.isArray(style)) {
          for (let i = style.length - 1; i >= 0 && value === undefined; i--) value = fromNamedStyle(stack.styleDictionary, style[i] as string, property);
        } else if (style) {
          value = fromNamedStyle(stack.styleDictionary, style as string, property);
        }
      }
      if (value === undefined) value = fromStack(stack, property);
      if (value === DEFER) return original(item, stack, property, defaultValue);
      return isValue(value) ? value : defaultValue;
    };
  }
  if (DocMeasure && typeof DocMeasure.prototype.measureLeaf === 'function') {
    const measureLeaf = DocMeasure.prototype.measureLeaf;
    const passes = layoutPasses(LayoutBuilder);
    // Layout changes an inline's x and justification (set afresh by the next pass), and the text
    // and width of a word too wide for its line (split): those two are kept aside, not the
    // objects, so a document laid out once (the usual case) pays almost nothing for this.
    type Inline = { text?: unknown; width?: unknown; x?: unknown; justifyShift?: unknown };
    const measured = new WeakMap<LeafNode, { text: unknown; inlines: Inline[]; texts: unknown[]; widths: unknown[]; minWidth: number; maxWidth: number }>();
    DocMeasure.prototype.measureLeaf = function (this: unknown, node: LeafNode): LeafNode {
      const reuse = !node._textRef && !node._pageRef && !node._tocItemRef;
      const known = reuse ? measured.get(node) : undefined;
      if (known && known.text === node.text) {
        node._inlines = known.inlines.map((inline, k) => {
          const copy: Inline = { ...inline, text: known.texts[k], width: known.widths[k] };
          delete copy.x;
          delete copy.justifyShift;
          return copy;
        });
        node._minWidth = known.minWidth;
        node._maxWidth = known.maxWidth;
        return node;
      }
      const result = measureLeaf.call(this, node);
      const inlines = node._inlines as Inline[] | undefined;
      if (reuse && passes.mayRepeat && Array.isArray(inlines)) {
        measured.set(node, {
          text: node.text,
          inlines: inlines.slice(),
          texts: inlines.map((i) => i.text),
          widths: inlines.map((i) => i.width),
          minWidth: node._minWidth!,
          maxWidth: node._maxWidth!,
        });
      }
      return result;
    };
  }
}

/**
 * Whether the document being laid out may be laid out again: pdfmake's `layoutDocument` repeats
 * its pass only when given a `pageBreakBefore` function (its ninth argument). If its signature is
 * not the expected one, every document is taken as possibly laid out again (the memo as before).
 */
function layoutPasses(LayoutBuilder: { prototype: { layoutDocument(...args: unknown[]): unknown } } | undefined): { mayRepeat: boolean } {
  const state = { mayRepeat: true };
  const layoutDocument = LayoutBuilder?.prototype.layoutDocument;
  if (typeof layoutDocument !== 'function' || layoutDocument.length !== 9) return state;
  state.mayRepeat = false;
  LayoutBuilder!.prototype.layoutDocument = function (this: unknown, ...args: unknown[]): unknown {
    // Layout is synchronous: the flag holds for exactly this document's passes.
    const outer = state.mayRepeat;
    state.mayRepeat = typeof args[8] === 'function';
    try {
      return layoutDocument.apply(this, args);
    } finally {
      state.mayRepeat = outer;
    }
  };
  return state;
}

interface LeafNode {
  text: unknown;
  _textRef?: unknown;
  _pageRef?: unknown;
  _tocItemRef?: unknown;
  _inlines?: object[];
  _minWidth?: number;
  _maxWidth?: number;
}
