import { DeletedTextRun, InsertedTextRun, NoBreakHyphen, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { hasCjk } from '../../../shared/export/script';
import { keepPieces } from '../../../shared/text/typesetting';
import { RUN_LANGUAGE, fontsFor } from './fonts';

/**
 * Text as `docx` runs, for every .docx the app writes. Word chooses a run's font by character
 * class, so a run with Chinese names its Latin fonts *and* its East Asian font itself, whatever
 * the paragraph style says: Chinese never falls back to a face Word picks. Latin runs take the
 * style's fonts (smaller files). A tab and a line break in the text become Word's own tab and
 * break; characters XML cannot carry are dropped by the library.
 */

/** How a piece of text looks. `heading` sets Chinese in SimHei rather than SimSun. */
export interface TextLook {
  heading?: boolean;
  bold?: boolean;
  italic?: boolean;
  /** RGB hex, e.g. '7A7A7A'. */
  color?: string;
  /** Points. */
  size?: number;
  /** The text must stay on one line (a year range, a compound: the export model's `keep`): its hyphens are non-breaking. */
  keep?: boolean;
}

/** A tracked insertion or deletion: who and when; `nextId` gives each w:ins / w:del its own annotation id. */
export interface TrackedChange {
  kind: 'ins' | 'del';
  author: string;
  /** ISO timestamp. */
  date: string;
  nextId: () => number;
}

type RunChild = string | Tab | NoBreakHyphen;

/** Text of one look, part of which may have to stay on one line (`keep`: its hyphens non-breaking). */
export interface TextSpan {
  text: string;
  keep?: boolean;
}

/** Adds text to a run's children, joined to text just before it (one w:t, not two). */
function pushText(out: RunChild[], text: string): void {
  const last = out.length - 1;
  if (last >= 0 && typeof out[last] === 'string') out[last] += text;
  else out.push(text);
}

function pushLine(out: RunChild[], line: string, keep: boolean): void {
  line.split('\t').forEach((piece, i) => {
    if (i > 0) out.push(new Tab());
    if (!piece) return;
    if (!keep) return pushText(out, piece);
    for (const p of keepPieces(piece)) {
      if (typeof p === 'string') pushText(out, p);
      else out.push(new NoBreakHyphen());
    }
  });
}

/** The run options of `look` for `text`: fonts and language named on the run when it holds Chinese. */
export function runOptions(text: string, look: TextLook): IRunOptions {
  const cjk = hasCjk(text);
  return {
    ...(cjk ? { font: fontsFor(look.heading ?? false), language: RUN_LANGUAGE } : {}),
    ...(look.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(look.italic ? { italics: true, italicsComplexScript: true } : {}),
    ...(look.color ? { color: look.color } : {}),
    ...(look.size ? { size: Math.round(look.size * 2), sizeComplexScript: Math.round(look.size * 2) } : {}),
  };
}

/**
 * `spans` of one look as runs: one run per line (a line break starts a run with a break before its
 * text), spans on one line sharing it, so a paragraph has as few runs as its looks and lines need.
 * The fonts are chosen on all the text (Chinese anywhere names the East Asian faces). A tracked
 * change when `change` is given.
 */
export function spanRuns(spans: readonly TextSpan[], look: TextLook = {}, change?: TrackedChange): ParagraphChild[] {
  const base = runOptions(spans.map((s) => s.text).join(''), look);
  const lines: RunChild[][] = [[]];
  for (const span of spans) {
    span.text.split(/\r\n|\n|\r/).forEach((line, i) => {
      if (i > 0) lines.push([]);
      pushLine(lines[lines.length - 1], line, span.keep ?? look.keep ?? false);
    });
  }
  return lines.map((children, i) => {
    const options: IRunOptions = { ...base, children, ...(i > 0 ? { break: 1 } : {}) };
    if (!change) return new TextRun(options);
    const attributes = { id: change.nextId(), author: change.author, date: change.date };
    return change.kind === 'ins' ? new InsertedTextRun({ ...options, ...attributes }) : new DeletedTextRun({ ...options, ...attributes });
  });
}

/**
 * `text` as runs (a run per line: a line break starts a run with a break before its text), as a
 * tracked change when `change` is given.
 */
export function textRuns(text: string, look: TextLook = {}, change?: TrackedChange): ParagraphChild[] {
  return spanRuns([{ text }], look, change);
}
