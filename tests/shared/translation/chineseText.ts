import type { GlossaryTerm } from '../../../shared/model/glossary';

/**
 * Small readers used by the Chinese-translation tests: the numbers a text states (by value, so
 * "635 million" and "6.35亿" agree), the Latin acronyms it prints, and half-width punctuation
 * typed after Chinese characters.
 */

const EN_SCALE: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
const ZH_SCALE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4 };

/** Numbers an English text states, scaled ("2.9 trillion" → 2.9e12; "1,200" → 1200). */
export function englishNumbers(text: string): number[] {
  return [...text.matchAll(/((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:\s*(million|billion|trillion)\b)?/g)].map(
    (m) => Number(m[1].replace(/,/g, '')) * (m[2] ? EN_SCALE[m[2]] : 1),
  );
}

/** Numbers a Chinese text states, scaled ("6.35亿" → 6.35e8; "350万" → 3.5e6). */
export function chineseNumbers(text: string): number[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(万亿|亿|万)?/g)].map((m) => Number(m[1]) * (m[2] ? ZH_SCALE[m[2]] : 1));
}

/** English numbers that the Chinese does not state (compared by value, to 1 part in 10^9). */
export function numbersMissingInChinese(en: string, zh: string): number[] {
  const zhNumbers = chineseNumbers(zh);
  return englishNumbers(en).filter((n) => !zhNumbers.some((z) => Math.abs(z - n) <= Math.abs(n) * 1e-9));
}

/**
 * Latin acronyms printed in a text: two or more capitals, an optional plural "s", an optional
 * "-4"/"-I" or subscript suffix ("UNEA-4", "CAEO-I", "CO₂"). Roman numerals alone ("Phase II")
 * are numbering, not acronyms.
 */
export function latinAcronyms(text: string): string[] {
  const found = [...text.matchAll(/(?<![A-Za-z])[A-Z]{2,}(?:s(?![a-z]))?(?:[₀-₉]+|-[0-9A-Z]+)?(?![A-Za-z])/g)].map((m) => m[0]);
  return [...new Set(found)].filter((a) => !/^[IVX]+$/.test(a));
}

/**
 * Acronyms of the English that the Chinese neither prints nor renders by the Chinese (or the
 * agreed short form) of a glossary term that has it as acronym or contains it ("USD" may be
 * written 美元, "ASEAN" 东盟, "US" of "US dollars" 美元, "CAEO-1" 中国－东盟环境展望).
 */
export function acronymsMissingInChinese(en: string, zh: string, glossary: readonly GlossaryTerm[]): string[] {
  const rendered = (a: string) => {
    const bare = a.replace(/-[0-9A-Z]+$/, '');
    return glossary.some(
      (t) =>
        (t.acronym === a || t.acronym === bare || new RegExp(`(?<![A-Za-z])${bare}(?![A-Za-z])`).test(t.en)) &&
        (zh.includes(t.zh) || (t.short !== undefined && zh.includes(t.short))),
    );
  };
  return latinAcronyms(en).filter((a) => !zh.includes(a) && !rendered(a));
}

/** Half-width , . ; : ( ) ! ? or a straight double quote typed right after a Chinese character, with context. */
export function halfWidthPunctuationAfterHan(zh: string): string[] {
  return [...zh.matchAll(/[\u3400-\u9fff][,.;:()!?"]/g)].map((m) => zh.slice(Math.max(0, m.index - 6), m.index + 2));
}
