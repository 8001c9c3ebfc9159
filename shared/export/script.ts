import type { Language } from '../model/bilingual';

/**
 * Script splitting for renderers without glyph fallback (pdfmake prints an empty box for a
 * Chinese character set in a Latin font, and pdftotext then reads nothing). Every run is cut
 * into stretches that are wholly CJK (Han, CJK punctuation, full-width forms, kana) or wholly
 * not; each stretch gets the font of its script.
 *
 * Characters both fonts carry (spaces, general punctuation such as “ ” — …) stay with the
 * paragraph's language, so a Chinese paragraph keeps full-width-looking quotes and an English
 * one Latin quotes, and they never start a stretch of their own.
 */

export interface ScriptPiece {
  text: string;
  cjk: boolean;
}

type Kind = 'cjk' | 'latin' | 'neutral';

/** The script a code point belongs to, for choosing its face and where stretches of one script end. */
export function kindOf(cp: number): Kind {
  if (
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals
    (cp >= 0x2ff0 && cp <= 0x303f) || // ideographic description, CJK symbols and punctuation (、。「」《》)
    (cp >= 0x3040 && cp <= 0x31ff) || // kana, bopomofo, strokes
    (cp >= 0x3200 && cp <= 0x4dbf) || // enclosed CJK, compatibility, extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // unified ideographs
    (cp >= 0xf900 && cp <= 0xfaff) || // compatibility ideographs
    (cp >= 0xfe10 && cp <= 0xfe1f) || // vertical forms
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xfe50 && cp <= 0xfe6f) || // small form variants
    (cp >= 0xff00 && cp <= 0xffef) || // full-width forms (，：；（）－)
    (cp >= 0x20000 && cp <= 0x3ffff) // extensions B and later
  ) {
    return 'cjk';
  }
  if (cp === 0x20 || cp === 0xa0 || (cp >= 0x2000 && cp <= 0x206f) || cp === 0xb7) return 'neutral';
  return 'latin';
}

/** The CJK ranges of {@link kindOf} as one pattern: a regular expression scans far faster than a loop over code points. */
const CJK = /[\u2e80-\u2fdf\u2ff0-\u303f\u3040-\u31ff\u3200-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe10-\ufe1f\ufe30-\ufe4f\ufe50-\ufe6f\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/** True when the text holds at least one CJK character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * Cut `text` into maximal pieces of one script. `lang` is the language of the paragraph the
 * text belongs to: it decides where neutral characters go when they sit between scripts.
 * Joining the pieces gives back `text` exactly.
 */
export function splitByScript(text: string, lang: Language): ScriptPiece[] {
  const pieces: ScriptPiece[] = [];
  let pendingNeutral = '';
  let current: ScriptPiece | null = null;
  const preferCjk = lang === 'zh';
  for (const ch of text) {
    const kind = kindOf(ch.codePointAt(0)!);
    if (kind === 'neutral') {
      if (current) current.text += ch;
      else pendingNeutral += ch;
      continue;
    }
    const cjk = kind === 'cjk';
    if (current && current.cjk === cjk) {
      current.text += ch;
      continue;
    }
    if (current && cjk === preferCjk) {
      // Switching to the paragraph's own script: trailing neutrals of the previous piece move
      // over (a space before a Chinese word in a Chinese paragraph belongs to the Chinese).
      const trail = /[\s\u2000-\u206f\u00b7]+$/u.exec(current.text)?.[0] ?? '';
      if (trail && trail.length < current.text.length) {
        current.text = current.text.slice(0, -trail.length);
        pendingNeutral = trail;
      }
    }
    current = { text: pendingNeutral + ch, cjk };
    pendingNeutral = '';
    pieces.push(current);
  }
  if (current && current.cjk !== preferCjk) {
    const trail = /[\s\u2000-\u206f\u00b7]+$/u.exec(current.text)?.[0] ?? '';
    if (trail && trail.length < current.text.length) {
      current.text = current.text.slice(0, -trail.length);
      pendingNeutral = trail;
    }
  }
  if (pendingNeutral) pieces.push({ text: pendingNeutral, cjk: preferCjk });
  return pieces;
}
