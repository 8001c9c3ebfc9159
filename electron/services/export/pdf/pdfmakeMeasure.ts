import { createRequire } from 'node:module';

/**
 * pdfmake 0.3 measures a text node word by word (`TextInlines.measure`): for every word it asks
 * the style stack for ~22 properties (font, size, colour, decoration, …) and writes them onto the
 * word object one by one. Every Chinese character is a word of its own, so a bilingual
 * self-evaluation report measured ~¾ million words this way, and growing each word object property
 * by property left ~1 KB of discarded property storage behind per word (the largest allocator of an
 * export: ~140 MB of its ~1 GB, a quarter of whose time was garbage collection).
 *
 * The replacement gives the same words the same values, with less work:
 *
 * - What a style lookup returns for a word depends only on the word's own values of the property
 *   asked, of `style` and of `section` (pdfmake pushes the word and its named styles onto the
 *   stack), and on the stack, which does not change while a node is measured. Words broken from
 *   one inline carry copies of the same own style (`TextBreaker.getBreaks`), so the properties are
 *   resolved once per run of words whose own values of those keys are identical, not per word.
 * - Each measured word is a new plain object made in one piece with the measured values, then the
 *   word's other own keys (`lineEnd`, `noNewLine`, its own style) copied over: the same keys and
 *   values as pdfmake's word, without the garbage (plain, because pdfmake clones a word with
 *   `inline.constructor()`; own properties only, because layout code copies words by spreading).
 *
 * Installed once per process; if TextInlines is not shaped as expected nothing is patched.
 */

const require = createRequire(import.meta.url);

type Word = Record<string, unknown> & { text: string; leadingCut?: number };
interface FontLike {
  lineHeight(fontSize: number): number;
}
interface TextInlinesLike {
  pdfDocument: { provideFont(family: unknown, bold: unknown, italics: unknown): FontLike };
  widthOfText(text: string, inline: object): number;
}
type GetStyleProperty = (item: object, stack: unknown, property: string, defaultValue: unknown) => unknown;


/** The properties measure writes, resolved once for a run of words. */
interface Resolved {
  font: FontLike;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: number;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  height: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** The same look-ups, in the same order, as pdfmake's measure makes for one word. */
function resolve(get: GetStyleProperty, item: Word, stack: unknown, inlines: TextInlinesLike): Resolved {
  const font = get(item, stack, 'font', 'Roboto');
  const bold = get(item, stack, 'bold', false);
  const italics = get(item, stack, 'italics', false);
  const r: Resolved = {
    font: inlines.pdfDocument.provideFont(font, bold, italics),
    alignment: get(item, stack, 'alignment', 'left'),
    fontSize: get(item, stack, 'fontSize', 12) as number,
    fontFeatures: get(item, stack, 'fontFeatures', null),
    characterSpacing: get(item, stack, 'characterSpacing', 0) as number,
    color: get(item, stack, 'color', 'black'),
    decoration: get(item, stack, 'decoration', null),
    decorationColor: get(item, stack, 'decorationColor', null),
    decorationStyle: get(item, stack, 'decorationStyle', null),
    decorationThickness: get(item, stack, 'decorationThickness', null),
    background: get(item, stack, 'background', null),
    link: get(item, stack, 'link', null),
    linkToPage: get(item, stack, 'linkToPage', null),
    linkToDestination: get(item, stack, 'linkToDestination', null),
    noWrap: get(item, stack, 'noWrap', null),
    opacity: get(item, stack, 'opacity', 1),
    sup: get(item, stack, 'sup', false),
    sub: get(item, stack, 'sub', false),
    height: 0,
    preserveLeadingSpaces: undefined,
    preserveTrailingSpaces: undefined,
  };
  // Font size reduction for super- and subscript, as pdfmake does it.
  if (r.sup || r.sub) r.fontSize *= 0.58;
  const lineHeight = get(item, stack, 'lineHeight', 1) as number;
  r.height = r.font.lineHeight(r.fontSize) * lineHeight;
  r.preserveLeadingSpaces = get(item, stack, 'preserveLeadingSpaces', false);
  r.preserveTrailingSpaces = get(item, stack, 'preserveTrailingSpaces', false);
  return r;
}

/**
 * Whether two words have the same own values of every key a style lookup in `measure` reads
 * (the properties asked, and `style` and `section`, which pdfmake's `autopush` reads): then every
 * lookup gives both the same result. Written out: a loop over the names is several times slower.
 */
function sameStyle(a: Word, b: Word): boolean {
  return (
    a.font === b.font && a.bold === b.bold && a.italics === b.italics && a.alignment === b.alignment && a.fontSize === b.fontSize &&
    a.fontFeatures === b.fontFeatures && a.characterSpacing === b.characterSpacing && a.color === b.color && a.decoration === b.decoration &&
    a.decorationColor === b.decorationColor && a.decorationStyle === b.decorationStyle && a.decorationThickness === b.decorationThickness &&
    a.background === b.background && a.link === b.link && a.linkToPage === b.linkToPage && a.linkToDestination === b.linkToDestination &&
    a.noWrap === b.noWrap && a.opacity === b.opacity && a.sup === b.sup && a.sub === b.sub && a.lineHeight === b.lineHeight &&
    a.preserveLeadingSpaces === b.preserveLeadingSpaces && a.preserveTrailingSpaces === b.preserveTrailingSpaces && a.style === b.style &&
    a.section === b.section
  );
}

const LEADING = /^\s+/;
const TRAILING = /\s+$/;
const STARTS_WITH_SPACE = /^\s/;
const ENDS_WITH_SPACE = /\s$/;

/** The keys `measured` writes itself. */
const MEASURED_KEYS = new Set([
  'text', 'font', 'alignment', 'fontSize', 'fontFeatures', 'characterSpacing', 'color', 'decoration', 'decorationColor', 'decorationStyle',
  'decorationThickness', 'background', 'link', 'linkToPage', 'linkToDestination', 'noWrap', 'opacity', 'sup', 'sub', 'width', 'height',
  'leadingCut', 'trailingCut',
]);

/** The measured word: pdfmake's keys, with the values its measure would have written. */
function measured(item: Word, r: Resolved, inlines: TextInlinesLike): Word {
  const text = item.text;
  const word = newWord(text, r, item.leadingCut || 0);
  // The word's other own keys (pdfmake's word keeps them: lineEnd, noNewLine, leadingIndent, its own style).
  for (const key in item) {
    if (!MEASURED_KEYS.has(key) && Object.prototype.hasOwnProperty.call(item, key)) word[key] = item[key];
  }
  word.width = inlines.widthOfText(text, word);
  // pdfmake's regular expressions, asked only of words that start or end with white space.
  if (!r.preserveLeadingSpaces && STARTS_WITH_SPACE.test(text)) {
    word.leadingCut = (word.leadingCut as number) + inlines.widthOfText(LEADING.exec(text)![0], word);
  }
  if (!r.preserveTrailingSpaces && ENDS_WITH_SPACE.test(text)) {
    word.trailingCut = inlines.widthOfText(TRAILING.exec(text)![0], word);
  }
  return word;
}

/** A measured word's object, made in one piece (width and cuts are filled in by `measured`). */
function newWord(text: string, r: Resolved, leadingCut: number): Word {
  return {
    text,
    font: r.font,
    alignment: r.alignment,
    fontSize: r.fontSize,
    fontFeatures: r.fontFeatures,
    characterSpacing: r.characterSpacing,
    color: r.color,
    decoration: r.decoration,
    decorationColor: r.decorationColor,
    decorationStyle: r.decorationStyle,
    decorationThickness: r.decorationThickness,
    background: r.background,
    link: r.link,
    linkToPage: r.linkToPage,
    linkToDestination: r.linkToDestination,
    noWrap: r.noWrap,
    opacity: r.opacity,
    sup: r.sup,
    sub: r.sub,
    width: 0,
    height: r.height,
    leadingCut,
    trailingCut: 0,
  };
}

let installed = false;

/** Replaces pdfmake's per-word `TextInlines.measure` with the per-run one above. */
export function installRunMeasure(): void {
  if (installed) return;
  installed = true;
  let TextInlines: { prototype: { measure?: unknown; widthOfText?: unknown } } | undefined;
  let StyleContextStack: { getStyleProperty?: unknown } | undefined;
  try {
    TextInlines = (require('pdfmake/js/TextInlines.js') as { default: typeof TextInlines }).default;
    StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: typeof StyleContextStack }).default;
  } catch {
    return;
  }
  if (!TextInlines || typeof TextInlines.prototype.measure !== 'function' || typeof TextInlines.prototype.widthOfText !== 'function') return;
  if (!StyleContextStack || typeof StyleContextStack.getStyleProperty !== 'function') return;
  const styles = StyleContextStack as { getStyleProperty: GetStyleProperty };
  TextInlines.prototype.measure = function measure(this: TextInlinesLike, array: Word[], stack: unknown): Word[] {
    // Read at each call: pdfmakeFast.ts may replace it after this is installed.
    const get = styles.getStyleProperty;
    if (array.length) {
      const leadingIndent = get(array[0], stack, 'leadingIndent', 0) as number;
      if (leadingIndent) {
        array[0].leadingCut = -leadingIndent;
        array[0].leadingIndent = leadingIndent;
      }
    }
    // The words given are left as they are (each is replaced by its measured copy), so the
    // first word of a run still shows the own style the run was resolved for.
    let first: Word | null = null;
    let r: Resolved | null = null;
    for (let i = 0; i < array.length; i++) {
      const item = array[i];
      if (!r || !sameStyle(item, first!)) {
        first = item;
        r = resolve(get, item, stack, this);
      }
      array[i] = measured(item, r, this);
    }
    return array;
  };
}
