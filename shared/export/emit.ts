import type { BiText, Language } from '../model/bilingual';
import { parseInline } from '../text/inline';
import type { Block, ExportLayout, HeadingBlock, ListBlock, ParagraphBlock, ParagraphStyle, Run } from './types';
import { layoutLanguages } from './types';

/**
 * How one bilingual unit (a paragraph, a list item, a heading) becomes blocks in each layout:
 * - `en` / `zh`: that language only; an empty translation prints the other language's text,
 *   marked `fallback` (shown muted) so nothing silently disappears from a draft;
 * - `bilingual`: the English block, then the Chinese block (an empty one is left out);
 * - `side-by-side`: one row of two aligned columns, English left, Chinese right.
 */
export class Emitter {
  readonly blocks: Block[] = [];
  readonly languages: Language[];

  constructor(readonly layout: ExportLayout) {
    this.languages = layoutLanguages(layout);
  }

  get single(): boolean {
    return this.languages.length === 1;
  }

  /** Runs of a field in one language; in a single-language layout, the fallback when empty. */
  runs(field: BiText, lang: Language, extra: Partial<Run> = {}): Run[] {
    const own = field[lang].text;
    if (own.trim() || !this.single) return textRuns(own, lang, extra);
    const other = lang === 'en' ? 'zh' : 'en';
    return textRuns(field[other].text, other, { ...extra, fallback: true });
  }

  /**
   * Per printed language, the runs of a unit: `make(lang)` returns them (empty = nothing in that
   * language). Languages with nothing are dropped, except that one always remains.
   */
  perLanguage(make: (lang: Language) => Run[]): Array<{ lang: Language; runs: Run[] }> {
    const all = this.languages.map((lang) => ({ lang, runs: make(lang) }));
    const filled = all.filter((x) => x.runs.some((r) => r.text.trim()));
    return filled.length ? filled : all.slice(0, 1);
  }

  paragraph(style: ParagraphStyle, make: (lang: Language) => Run[], extra: Pick<ParagraphBlock, 'align' | 'keepWithNext'> = {}): void {
    const units = this.perLanguage(make).map(({ lang, runs }): ParagraphBlock => ({ kind: 'paragraph', style, runs, lang, ...extra }));
    this.place(units);
  }

  listItem(label: (lang: Language) => string, make: (lang: Language) => Run[]): void {
    const units = this.perLanguage(make).map(({ lang, runs }): ListBlock => ({ kind: 'list', items: [{ label: label(lang), runs, lang }] }));
    this.place(units);
  }

  /** Any block that is not bilingual-by-unit (headings, tables, breaks). */
  push(block: Block): void {
    this.blocks.push(block);
  }

  private place(units: Array<ParagraphBlock | ListBlock>): void {
    if (this.layout !== 'side-by-side') {
      for (const u of units) this.appendFlow(u);
      return;
    }
    const side = (lang: Language) => units.filter((u) => unitLang(u) === lang);
    const row = { left: side('en'), right: side('zh') };
    const last = this.blocks[this.blocks.length - 1];
    if (last?.kind === 'parallel') last.rows.push(row);
    else this.blocks.push({ kind: 'parallel', rows: [row] });
  }

  /** In a one-language layout, consecutive list items join one list block (one hanging-indent run). */
  private appendFlow(u: ParagraphBlock | ListBlock): void {
    const last = this.blocks[this.blocks.length - 1];
    if (u.kind === 'list' && last?.kind === 'list' && last.items[0]?.lang === u.items[0]?.lang && this.single) {
      last.items.push(...u.items);
      return;
    }
    this.blocks.push(u);
  }
}

function unitLang(u: ParagraphBlock | ListBlock): Language {
  return u.kind === 'paragraph' ? u.lang : (u.items[0]?.lang ?? 'en');
}

/** A field's text as runs: `*emphasis*` becomes italic runs. */
export function textRuns(text: string, lang: Language, extra: Partial<Run> = {}): Run[] {
  if (!text) return [];
  return parseInline(text).map((r) => ({ text: r.text, lang, ...extra, ...(r.emphasis ? { italic: true } : {}) }));
}

/** A run of label or punctuation printed with `runs`: same language and fallback state as they have. */
export function decoration(text: string, runs: readonly Run[]): Run {
  const first = runs[0];
  return { text, lang: first?.lang ?? 'en', ...(first?.fallback ? { fallback: true } : {}) };
}

/** Plain text of runs (for titles, tests and the file's properties). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/** A heading's lines as printed: its number ("2.1 ") before the first line, in that line's language. */
export function numberedLines(h: HeadingBlock): Run[][] {
  if (!h.number || h.lines.length === 0) return h.lines;
  const [first, ...rest] = h.lines;
  const lang = first[0]?.lang ?? 'en';
  // No space after full-width punctuation: "组成部分1：环境…", but "4. Strategic…".
  const gap = lang === 'zh' && /[\u3000-\u303f\uff01-\uff65]$/u.test(h.number) ? '' : ' ';
  return [[{ text: `${h.number}${gap}`, lang }, ...first], ...rest];
}
