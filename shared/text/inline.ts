/**
 * Inline markup of text fields: `*...*` is emphasis (the italic titles of instruments in the
 * published document), `\*` a literal asterisk. Nothing else is markup, so drafters type plain
 * text and exporters and checkers read the same string.
 */

export interface InlineRun {
  text: string;
  emphasis: boolean;
}

/** Split a field into runs of plain and emphasised text. An unclosed `*` is taken literally. */
export function parseInline(text: string): InlineRun[] {
  // Most fields carry no markup: no character-by-character walk for them (the export and the
  // checker read every field, often in a fresh process where this code is not yet optimised).
  if (!text.includes('*')) return text ? [{ text, emphasis: false }] : [];
  const runs: InlineRun[] = [];
  let buf = '';
  let emphasis = false;
  const push = () => {
    if (buf) runs.push({ text: buf, emphasis });
    buf = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '*') {
      buf += '*';
      i++;
    } else if (ch === '*') {
      if (!emphasis && text.indexOf('*', i + 1) < 0) {
        buf += '*';
        continue;
      }
      push();
      emphasis = !emphasis;
    } else {
      buf += ch;
    }
  }
  push();
  return mergeAdjacent(runs);
}

function mergeAdjacent(runs: InlineRun[]): InlineRun[] {
  const out: InlineRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.emphasis === r.emphasis) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** The text as a reader sees it, markup removed. */
export function stripInlineMarkup(text: string): string {
  // parseInline's runs joined, without building them: the checker strips every field with markup
  // on each full check. A `*` after a backslash is a literal one (the backslash goes); an opening
  // `*` with no `*` after it is literal; every other `*` is a marker and goes.
  let at = text.indexOf('*');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  let emphasis = false;
  for (; at >= 0; at = text.indexOf('*', at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) === 92 /* \ */) {
      out += text.slice(from, at - 1);
      from = at; // the `*` stays, as text
    } else if (emphasis || text.indexOf('*', at + 1) >= 0) {
      out += text.slice(from, at);
      from = at + 1;
      emphasis = !emphasis;
    }
  }
  return out + text.slice(from);
}

/**
 * A fragment of a stored text (a quoted stretch, its context) as a reader sees it: every `*`
 * marker dropped, since its pair may lie outside the fragment; `\*` is a literal asterisk.
 */
export function stripEmphasisMarkers(fragment: string): string {
  return fragment.replace(/\\\*|\*/g, (m) => (m === '*' ? '' : '*'));
}

export interface VisibleText {
  chars: string;
  /** Raw offset of each visible character. */
  raw: number[];
  /** Emphasis of each visible character. */
  emphasis: boolean[];
}

/**
 * The characters a reader sees, by the rules of {@link parseInline}, each with its offset in the
 * stored text and its emphasis: for placing things (comment ranges) at stored offsets in text
 * shown without its markup.
 */
export function visibleText(text: string): VisibleText {
  const raw: number[] = [];
  const emphasis: boolean[] = [];
  let chars = '';
  if (!text.includes('*')) {
    for (let i = 0; i < text.length; i++) {
      raw.push(i);
      emphasis.push(false);
    }
    return { chars: text, raw, emphasis };
  }
  let on = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '*') {
      chars += '*';
      raw.push(i);
      emphasis.push(on);
      i++;
    } else if (ch === '*' && (on || text.indexOf('*', i + 1) >= 0)) {
      on = !on;
    } else {
      chars += ch;
      raw.push(i);
      emphasis.push(on);
    }
  }
  return { chars, raw, emphasis };
}
