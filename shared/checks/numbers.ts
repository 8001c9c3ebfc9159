/**
 * The numbers a text states, normalised so that English and Chinese can be compared: years,
 * amounts with their magnitude ("3.5 million" = "350万"), percentages, counts of ten or more.
 * Small bare numbers are left out: translations write them as words ("two themes", "两个主题").
 */

const MAGNITUDE_HINT = /illion|housand/;
const EN_MAGNITUDE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const ZH_MAGNITUDE: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3 };

// Integers below 10^12 print as themselves (what the 12-digit rounding gives them); the
// rounding is for products such as 3.5 × 10^6 and is costly to do for every year in a text.
const fmt = (v: number) => (Number.isSafeInteger(v) && Math.abs(v) < 1e12 ? String(v) : String(Number(v.toPrecision(12))));

function keep(value: number, magnitude: boolean, percent: boolean, isYearLike: boolean): string | null {
  if (percent) return `${fmt(value)}%`;
  if (magnitude || isYearLike || value >= 10) return fmt(value);
  return null;
}

const FULL_WIDTH = /[０-９．，％]/;
const fullWidthToAscii = (s: string) => (FULL_WIDTH.test(s) ? s.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s);

/** Strips enumeration markers ("(1)", "(iv)", "1)") so that their numbers are not compared. */
const ENUMERATION = /[(（]\s*(?:\d{1,2}|[ivx]+)\s*[)）]|(?:^|\s)\d{1,2}[)）.、](?=\s)/gi;
// "10+3" is how Chinese writes ASEAN Plus Three: a name, not a number the English states.
const PLUS_NOTATION = /\d+\s*\+\s*\d+/g;

const ANY_DIGIT = /\d/;
const FULL_WIDTH_DIGIT = /[０-９]/;
// Module-level and read with exec (lastIndex reset first): no copy of the expression per call, as matchAll makes.
const EN_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?(\s*(?:%|per\s*cent|percent))?(\s+(?:thousand|million|billion|trillion))?/gi;
const ZH_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|万亿|亿|万|千)?\s*(月|日|号)?/g;

/** The numbers an English text states, as normalised strings, each once. */
export function englishNumbers(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.replace(ENUMERATION, ' ');
  // A text without a digit states numbers only in words ("two million"), below.
  const re = EN_NUMBER;
  re.lastIndex = 0;
  for (let m = ANY_DIGIT.test(t) ? re.exec(t) : null; m; m = re.exec(t)) {
    const before = t[m.index - 1] ?? ' ';
    const digits = m[1].replace(/,/g, '');
    const value = Number(digits);
    const yearLike = /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100;
    // "UNEA-4", "CAEO-1", "CO2": part of a name, unless it is a year ("Forum2019").
    if (/[A-Za-z-]/.test(before) && !yearLike) continue;
    const mag = m[3] ? EN_MAGNITUDE[m[3].trim().toLowerCase()] : 1;
    const v = keep(value * mag, !!m[3], !!m[2], yearLike);
    if (v !== null) out.add(v);
  }
  if (!MAGNITUDE_HINT.test(t)) return out;
  for (const m of t.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\s+(thousand|million|billion|trillion)\b/gi)) {
    out.add(fmt(EN_WORDS[m[1].toLowerCase()] * EN_MAGNITUDE[m[2].toLowerCase()]));
  }
  return out;
}

const ZH_DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese numeral below a thousand ("十五" 15, "二十一" 21, "一百零五" 105), or NaN. */
export function chineseNumeral(s: string): number {
  let total = 0;
  let digit = -1;
  for (const c of s) {
    // 零 only holds a place ("一百零五"): it adds nothing.
    if (c === '零') continue;
    if (c in ZH_DIGIT) {
      if (digit >= 0) return NaN;
      digit = ZH_DIGIT[c];
    } else if (c === '十' || c === '百') {
      total += (digit < 0 ? 1 : digit) * (c === '十' ? 10 : 100);
      digit = -1;
    } else return NaN;
  }
  return total + Math.max(digit, 0);
}

// An ordinal written in Chinese numerals: "第十五次会议" states the English "15th Meeting".
const ZH_ORDINAL = /第([零一二三四五六七八九十百两]+)(?=[次届个项期])/g;

/** The numbers a Chinese text states (digits with 万/亿 magnitudes, ordinals in Chinese numerals), each once. Months and days are left out. */
export function chineseNumbers(text: string): Set<string> {
  const out = new Set<string>();
  // Without a digit (ASCII or full width) there are only ordinals in Chinese numerals to read:
  // no conversion of the full-width commas every Chinese sentence has, no search for digits.
  // (Neither the conversion nor the removals can make or break a "第…次" ordinal.)
  const digits = ANY_DIGIT.test(text) || FULL_WIDTH_DIGIT.test(text);
  const t = digits ? fullWidthToAscii(text).replace(ENUMERATION, ' ').replace(PLUS_NOTATION, ' ') : text;
  const re = ZH_NUMBER;
  re.lastIndex = 0;
  for (let m = digits ? re.exec(t) : null; m; m = re.exec(t)) {
    if (m[3]) continue;
    const before = t[m.index - 1] ?? ' ';
    const digits = m[1].replace(/,/g, '');
    const value = Number(digits);
    const yearLike = /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100;
    if (/[A-Za-z-]/.test(before) && !yearLike) continue;
    const percent = m[2] === '%';
    const mag = m[2] && !percent ? ZH_MAGNITUDE[m[2]] : 1;
    const v = keep(value * mag, !!m[2] && !percent, percent, yearLike);
    if (v !== null) out.add(v);
  }
  if (t.includes('第')) {
    for (const m of t.matchAll(ZH_ORDINAL)) {
      const v = chineseNumeral(m[1]);
      const kept = Number.isNaN(v) ? null : keep(v, false, false, false);
      if (kept !== null) out.add(kept);
    }
  }
  return out;
}

// Two or more capitals (digits allowed after the first), an optional plural "s": EISP, CAEC, SDGs, CO2.
const ACRONYM = /\b([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?\b/g;

/** Acronyms written in a text (plural "s" dropped). */
export function acronymsIn(text: string): Set<string> {
  const out = new Set<string>();
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    // Roman numerals ("Phase II") are not acronyms.
    if (!/^[IVXLC]+$/.test(m[1])) out.add(m[1]);
  }
  return out;
}

/**
 * How Chinese usually writes an English acronym when it does not keep it: such an acronym is not
 * missing from a Chinese text that has the translation.
 */
export const ACRONYM_TRANSLATIONS: Readonly<Record<string, readonly string[]>> = {
  ASEAN: ['东盟'],
  CO: ['二氧化碳', 'CO₂', 'CO2'],
  UN: ['联合国'],
  SDG: ['可持续发展目标'],
  USD: ['美元'],
  US: ['美元', '美国'],
  GDP: ['国内生产总值', '生产总值'],
  NGO: ['非政府组织'],
  MOU: ['谅解备忘录'],
  PRC: ['中华人民共和国'],
  MEE: ['生态环境部'],
  MEP: ['环境保护部'],
  CAEC: ['中国－东盟环境保护合作中心', '中国-东盟环境保护合作中心', '合作中心'],
  CAECF: ['中国－东盟环境合作论坛', '中国-东盟环境合作论坛', '环境合作论坛'],
  EISP: ['环境信息共享平台'],
  ASOEN: ['东盟环境高官', '环境高官会', '环境高级官员会议'],
  NFP: ['联络人', '联络员'],
  EIA: ['环境影响评价', '环评'],
  ACB: ['东盟生物多样性中心'],
  UNEA: ['联合国环境大会'],
  UNEP: ['联合国环境规划署'],
  ABS: ['惠益分享'],
};

/**
 * Acronyms a Chinese text may keep where the English writes the name out ("第十五次会议（COP15）"
 * for "15th Meeting of the Conference of Parties"): the English long forms, lower case.
 */
export const ACRONYM_LONG_FORMS: Readonly<Record<string, readonly string[]>> = {
  COP: ['conference of parties', 'conference of the parties'],
  UNEA: ['environment assembly', 'environmental assembly'],
};
