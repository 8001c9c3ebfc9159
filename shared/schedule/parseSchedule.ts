import type { Language } from '../model/bilingual';
import {
  SCHEDULE_YEAR_MAX,
  SCHEDULE_YEAR_MIN,
  readingFromParts,
  type SchedulePart,
  type ScheduleQualifier,
  type ScheduleReading,
  type UnreadableReason,
} from './scheduleReading';

export { yearsOutside, ScheduleReadingSchema } from './scheduleReading';
export type { ScheduleReading } from './scheduleReading';

/**
 * Reads schedule text as drafters type it. A small recursive-descent reader over the original
 * string (sticky regexes, no normalising copy) so that an unreadable reading can point at the
 * exact place in what the drafter typed.
 */

// Full-width digits and punctuation come from Chinese input methods, in either language's text.
const DIGIT = '[0-9\\uFF10-\\uFF19]';
// Hyphen, the Unicode hyphens/dashes, minus, full-width hyphen, tilde and wave dashes.
const DASH = '[-\\u2010-\\u2015\\u2212\\uFF0D~\\uFF5E\\u301C]';
const re = (source: string, flags = 'iy') => new RegExp(source, flags);

const WS = re('\\s+');
const DIGITS = re(`${DIGIT}+`);
const DIGIT_AHEAD = re(DIGIT);
const DASH_THEN_DIGIT = re(`${DASH}\\s*${DIGIT}`);
const OPEN_PAREN = re('[(\\uFF08\\[\\uFF3B]');
const PAREN_BODY = re('([^()\\uFF08\\uFF09\\[\\]\\uFF3B\\uFF3D]*)[)\\uFF09\\]\\uFF3D]');
// A full stop is tolerated only at the very end ("2021-2025.").
const FINAL_STOP = re('\\s*[.\\u3002]\\s*$');

/** The words of one language; punctuation, digits and dashes are shared. */
interface Lexicon {
  annual: RegExp;
  tbd: RegExp;
  separator: RegExp;
  /** A launch written before its year: "to be launched in 2020". */
  launchBefore: RegExp | null;
  /** A launch written after its year: "2020年启动". */
  launchAfter: RegExp | null;
  /** Words before a single year that change nothing: "in 2021", "于2021年". */
  yearPrefix: RegExp;
  /** Words that open a range: "from 2021", "自2021年". */
  from: RegExp;
  between: RegExp | null;
  betweenAnd: RegExp | null;
  connector: RegExp;
  /** After a connector, words that leave the range open: "2021 to present", "2021年至今". */
  openAfterConnector: RegExp;
  /** After a year, words that leave the range open: "2021 onwards", "2021年起". */
  openAfterYear: RegExp;
  yearSuffix: RegExp | null;
  qualifiers: Array<[RegExp, ScheduleQualifier]>;
}

// `(?![a-z])` stands in for \b at the end of English words, so "annually2021" still splits.
const EN: Lexicon = {
  annual: re('(?:annually|annual|yearly|every\\s+year|each\\s+year|once\\s+a\\s+year)(?![a-z])'),
  tbd: re('(?:tbd|tbc|t\\.b\\.[dc]\\.?|to\\s+be\\s+(?:determined|confirmed|decided))(?![a-z])'),
  separator: re('\\s*(?:[,;&\\uFF0C\\uFF1B\\u3001]|and(?![a-z]))\\s*'),
  launchBefore: re('(?:(?:to\\s+be|will\\s+be|was|is|to)\\s+)?launch(?:ed|ing)?(?:\\s+(?:in|from))?\\s*'),
  launchAfter: null,
  yearPrefix: re(`(?:in|during)\\s+(?=${DIGIT})`),
  from: re(`(?:from|since|starting(?:\\s+(?:in|from))?|beginning(?:\\s+in)?|as\\s+of)\\s+(?=${DIGIT})`),
  between: re(`between\\s+(?=${DIGIT})`),
  betweenAnd: re(`\\s*(?:and|to|${DASH})\\s*`),
  // "to" must not swallow "2021 to be launched…".
  connector: re(`\\s*${DASH}\\s*|\\s+(?:to|through|thru|until|till)(?!\\s+be(?![a-z]))(?![a-z])\\s*`),
  openAfterConnector: re('(?:present|ongoing|onwards?|now)(?![a-z])'),
  openAfterYear: re('\\s*(?:onwards?|and\\s+(?:beyond|after|later|onwards?)|or\\s+later)(?![a-z])'),
  yearSuffix: null,
  qualifiers: [
    [re('planned(?![a-z])'), 'planned'],
    [re('(?:tentative(?:ly)?|provisional(?:ly)?|indicative)(?![a-z])'), 'tentative'],
  ],
};

const ZH: Lexicon = {
  annual: re('每年|逐年|年年|每一年'),
  tbd: re('待定|待确定|未定|待商定'),
  separator: re('\\s*[,;&\\uFF0C\\uFF1B\\u3001和及与]\\s*'),
  launchBefore: null,
  launchAfter: re('\\s*(?:开始)?启动'),
  yearPrefix: re(`(?:将|拟|计划)?于(?=${DIGIT})`),
  from: re(`(?:自|从|由)(?=${DIGIT})`),
  between: null,
  betweenAnd: null,
  connector: re(`\\s*(?:${DASH}|至|到)\\s*`),
  openAfterConnector: re('今|现在'),
  openAfterYear: re('\\s*(?:起|开始(?!启动)|以后|之后|及以后|以来)'),
  yearSuffix: re('\\s*年'),
  qualifiers: [
    [re('计划(?!于)|规划'), 'planned'],
    [re('暂定|拟(?!于)'), 'tentative'],
  ],
};

/**
 * Thrown inside the reader only; `parseSchedule` turns it into an unreadable reading. Not an
 * `Error`: it never leaves this module, and an Error records a stack trace when made, which cost
 * the checker more than reading the schedule itself on a document with many unreadable schedules.
 */
class Stuck {
  constructor(
    readonly reason: UnreadableReason,
    readonly at: number,
  ) {}
}

interface Collected {
  parts: SchedulePart[];
  qualifiers: ScheduleQualifier[];
  notes: string[];
}

class Reader {
  pos = 0;
  readonly out: Collected = { parts: [], qualifiers: [], notes: [] };

  constructor(
    readonly src: string,
    readonly lex: Lexicon,
  ) {}

  eat(pattern: RegExp | null): RegExpExecArray | null {
    if (!pattern) return null;
    pattern.lastIndex = this.pos;
    const m = pattern.exec(this.src);
    // An empty match counts as no match, so that no loop can stall.
    if (!m || m[0] === '') return null;
    this.pos = pattern.lastIndex;
    return m;
  }

  peek(pattern: RegExp): boolean {
    pattern.lastIndex = this.pos;
    return pattern.test(this.src);
  }

  done(): boolean {
    return this.pos >= this.src.length;
  }

  /** The whole text: items with optional separators between them. */
  readAll(): Collected {
    // After a year, a digit must not follow without a separator: "2021 2023" is ambiguous.
    let yearJustEnded = false;
    for (;;) {
      this.eat(WS);
      if (this.done() || this.eat(FINAL_STOP)) return this.out;
      if (this.eat(this.lex.separator)) {
        yearJustEnded = false;
        continue;
      }
      if (yearJustEnded && this.peek(DIGIT_AHEAD)) throw new Stuck('missing-separator', this.pos);
      yearJustEnded = this.readItem();
    }
  }

  /** Records a part; returns `endsWithYear` for {@link readAll}'s separator rule. */
  add(part: SchedulePart, endsWithYear: boolean): boolean {
    this.out.parts.push(part);
    return endsWithYear;
  }

  /** Reads one item; returns whether it ended with a year. */
  readItem(): boolean {
    const start = this.pos;
    const { lex, out } = this;
    if (this.eat(OPEN_PAREN)) return this.readParenthesis(start);
    if (this.eat(lex.annual)) return this.add({ type: 'annual' }, false);
    if (this.eat(lex.tbd)) return this.add({ type: 'tbd' }, false);
    if (this.eat(lex.launchBefore)) {
      if (!this.peek(DIGIT_AHEAD)) throw new Stuck('unrecognised', start);
      return this.add({ type: 'launch', year: this.year() }, true);
    }
    for (const [pattern, qualifier] of lex.qualifiers) {
      if (!this.eat(pattern)) continue;
      out.qualifiers.push(qualifier);
      return false;
    }
    if (this.eat(lex.between)) {
      const a = this.year();
      // Point at the whole dangling phrase ("between 2021"), not past its end, so the remainder shows it.
      if (!this.eat(lex.betweenAnd) || !this.peek(DIGIT_AHEAD)) throw new Stuck('range-missing-end', start);
      return this.add({ type: 'range', start: a, end: this.year() }, true);
    }
    const from = !!this.eat(lex.from);
    if (!from) this.eat(lex.yearPrefix);
    if (this.peek(DIGIT_AHEAD)) return this.readYearPhrase(from);
    if (this.peek(DASH_THEN_DIGIT)) throw new Stuck('range-missing-start', start);
    throw new Stuck('unrecognised', start);
  }

  /** A year and what may follow it: a launch, an open end, or a connector and a second year. */
  readYearPhrase(from: boolean): boolean {
    const { lex } = this;
    const a = this.year();
    if (this.eat(lex.launchAfter)) return this.add({ type: 'launch', year: a }, false);
    if (this.eat(lex.openAfterYear)) return this.add({ type: 'range', start: a, end: null }, false);
    const connectorAt = this.pos;
    if (this.eat(lex.connector)) {
      if (this.eat(lex.openAfterConnector)) return this.add({ type: 'range', start: a, end: null }, false);
      if (this.peek(DIGIT_AHEAD)) return this.add({ type: 'range', start: a, end: this.year() }, true);
      const boundary = this.done() || this.peek(lex.separator) || this.peek(OPEN_PAREN) || this.peek(FINAL_STOP);
      throw new Stuck(boundary ? 'range-missing-end' : 'range-malformed', connectorAt);
    }
    return this.add(from ? { type: 'range', start: a, end: null } : { type: 'year', year: a }, true);
  }

  /**
   * A parenthesis holds a qualifier, more schedule ("(to be launched in 2020)", "(2021-2025)")
   * or a note. Schedule text that fails to read inside it is kept as a note rather than making
   * the whole schedule unreadable: parentheses are where drafters put free remarks.
   */
  readParenthesis(openAt: number): boolean {
    const body = this.eat(PAREN_BODY);
    if (!body) throw new Stuck('unclosed-parenthesis', openAt);
    const inner = body[1].replace(/\s+/g, ' ').trim();
    if (inner === '') return false;
    try {
      const nested = new Reader(inner, this.lex).readAll();
      this.out.parts.push(...nested.parts);
      this.out.qualifiers.push(...nested.qualifiers);
      this.out.notes.push(...nested.notes);
    } catch (e) {
      if (!(e instanceof Stuck)) throw e;
      this.out.notes.push(inner);
    }
    return false;
  }

  /** Four digits within bounds, then the optional "年". */
  year(): number {
    const at = this.pos;
    const m = this.eat(DIGITS);
    if (!m) throw new Stuck('unrecognised', at);
    if (m[0].length !== 4) throw new Stuck('year-not-four-digits', at);
    // Full-width digits sit at a fixed offset from ASCII ones.
    const value = Number([...m[0]].map((c) => String.fromCharCode(c.charCodeAt(0) >= 0xff10 ? c.charCodeAt(0) - 0xfee0 : c.charCodeAt(0))).join(''));
    if (value < SCHEDULE_YEAR_MIN || value > SCHEDULE_YEAR_MAX) throw new Stuck('year-out-of-bounds', at);
    this.eat(this.lex.yearSuffix);
    return value;
  }
}

/**
 * Reads an activity's schedule text. Never throws: text it cannot read gives
 * `status: 'unreadable'` with a reason code and where reading stopped.
 *
 * Accepts, case-insensitively and with any spacing: "Annually" / "annual" / "every year" /
 * "yearly"; years listed with "," ";" "&" "and"; ranges with hyphen, en/em dash, "to",
 * "through"; "from 2021", "2021 onwards", "2021 to present" (open ranges); "between 2021 and
 * 2023"; "to be launched in 2020" / "launched in 2020"; "TBD" / "to be determined";
 * "(planned)", "(tentative)" and other parenthesised notes. With `lang = 'zh'`: "每年",
 * "2021-2025年", "2021年至2025年", "2022年、2024年", "2020年启动", "2021年起", "待定", "（计划）",
 * "（暂定）", with full-width punctuation. Each language reads only its own words; digits, dashes
 * and punctuation of both are accepted in either.
 *
 * @param text the schedule as written (one language's text of the activity's schedule)
 * @param lang which language's words to read
 */
export function parseSchedule(text: string, lang: Language = 'en'): ScheduleReading {
  if (text.trim() === '') return { status: 'empty' };
  try {
    const { parts, qualifiers, notes } = new Reader(text, lang === 'zh' ? ZH : EN).readAll();
    if (parts.length === 0) return unreadable(text, 'no-schedule', 0);
    return readingFromParts(parts, qualifiers, notes);
  } catch (e) {
    if (e instanceof Stuck) return unreadable(text, e.reason, e.at);
    throw e;
  }
}

function unreadable(text: string, reason: UnreadableReason, at: number): ScheduleReading {
  const start = at + (text.slice(at).length - text.slice(at).trimStart().length);
  return { status: 'unreadable', reason, at: start, remainder: text.slice(start).trim() };
}
