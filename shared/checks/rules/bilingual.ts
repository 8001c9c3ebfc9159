import { isStale, LANGUAGES, otherLanguage, type BiText, type Language } from '../../model/bilingual';
import type { FieldName } from '../../model/elements';
import { finding, findingKey, type Finding, type Severity } from '../finding';
import { ACRONYM_LONG_FORMS, ACRONYM_TRANSLATIONS, acronymsIn, chineseNumbers, englishNumbers } from '../numbers';
import { eachField, type Derived, type RuleDefinition } from '../rule';
import { isBlank } from '../text';

/**
 * Bilingual parity: a field written in one language only; numbers, years, amounts and acronyms
 * that differ between the English and the Chinese of a field; enumerations of different length;
 * stale translations (the other language changed after this one was confirmed).
 *
 * Missing translations are aggregated: one finding per element (listing its fields), and while
 * most of a language is still unwritten (a translation under way) a single document-wide
 * `bilingual-untranslated` summary instead, so that real inconsistencies stand out.
 */
export const BILINGUAL_CODES = {
  'bilingual-missing': 'warning',
  'bilingual-untranslated': 'info',
  'bilingual-numbers': 'warning',
  'bilingual-acronyms': 'info',
  'bilingual-list-length': 'warning',
  'bilingual-stale': 'warning',
} as const satisfies Record<string, Severity>;

/** Above this share of written fields missing their other language, missing fields are summarised. */
export const UNTRANSLATED_SUMMARY_SHARE = 0.5;

const ENUMERATION_MARKER = /[(（]\s*(?:\d{1,2}|[ivx]{1,5}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳]/gi;

const DIGIT = /[0-9０-９]/;
const CAPITALS = /[A-Z]{2}/;
const ENUMERATION_HINT = /[(（①-⑳]/;

/**
 * How many times a global expression that never matches an empty string matches a text (what
 * `text.match(re)?.length` says), with no array of matches: every field with a bracket is counted.
 */
function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.test(text)) n++;
  return n;
}

/** A field written in one language only: where it is, and the language it lacks. */
interface Missing {
  id: string;
  field: FieldName;
  lang: Language;
}

interface FieldResult {
  /** The field, when one language is written and the other is not. */
  missing: Missing | null;
  /** Whether at least one language is written. */
  written: boolean;
  findings: Finding[];
}

/** What a field's two texts say about parity, whoever holds them (the same texts give the same answer). */
export interface TextParity {
  en: boolean;
  zh: boolean;
  /** Findings of the pair, without the element they are on. */
  found: Array<{ code: 'bilingual-numbers' | 'bilingual-acronyms' | 'bilingual-list-length'; data: Finding['data'] }>;
}

/** Numbers, acronyms and enumeration length compared between an English and a Chinese text. */
export function textParity(
  enText: string,
  zhText: string,
  numbers: { en: (text: string) => Set<string>; zh: (text: string) => Set<string> } = { en: englishNumbers, zh: chineseNumbers },
): TextParity {
  const en = !isBlank(enText);
  const zh = !isBlank(zhText);
  const found: TextParity['found'] = [];
  if (en && zh) {
    // Each comparison first looks whether either side has anything to compare at all.
    if (DIGIT.test(enText) || DIGIT.test(zhText)) {
      const a = numbers.en(enText);
      const b = numbers.zh(zhText);
      const onlyEn = [...a].filter((n) => !b.has(n));
      const onlyZh = [...b].filter((n) => !a.has(n));
      if (onlyEn.length || onlyZh.length) found.push({ code: 'bilingual-numbers', data: { onlyEn, onlyZh } });
    }
    // Acronyms are compared only where the Chinese keeps some: a translation that writes every
    // name out in Chinese ("东盟", "环境信息共享平台") has nothing to compare.
    if (CAPITALS.test(zhText)) {
      const acrEn = acronymsIn(enText);
      const acrZh = acronymsIn(zhText);
      const missingInZh = [...acrEn].filter((x) => !acrZh.has(x) && !(ACRONYM_TRANSLATIONS[x] ?? []).some((t) => zhText.includes(t)));
      const enLower = enText.toLowerCase();
      const extraInZh = [...acrZh].filter((x) => !acrEn.has(x) && !(ACRONYM_LONG_FORMS[x.replace(/\d+$/, '')] ?? []).some((f) => enLower.includes(f)));
      if (missingInZh.length || extraInZh.length) found.push({ code: 'bilingual-acronyms', data: { onlyEn: missingInZh, onlyZh: extraInZh } });
    }
    if (ENUMERATION_HINT.test(enText) || ENUMERATION_HINT.test(zhText)) {
      const ne = countMatches(ENUMERATION_MARKER, enText);
      const nz = countMatches(ENUMERATION_MARKER, zhText);
      if (ne !== nz) found.push({ code: 'bilingual-list-length', data: { en: ne, zh: nz } });
    }
  }
  return { en, zh, found };
}

const copyData = (data: Finding['data']): Finding['data'] => {
  const out: Finding['data'] = {};
  // A key loop, not Object.entries: no pair arrays for the many parity findings of a document.
  for (const k in data) {
    const v = data[k];
    out[k] = Array.isArray(v) ? (v.slice() as typeof v) : v;
  }
  return out;
};

/** The findings of a field without any. Never added to: a field with findings gets its own array. */
const NONE: Finding[] = [];

/**
 * The results of the many fields with nothing to report (both languages written, or neither):
 * shared, not one object per field for the checker to keep (a full check at ten times the
 * published size made 4,700 of them).
 */
const WRITTEN: FieldResult = Object.freeze({ missing: null, written: true, findings: NONE });
const UNWRITTEN: FieldResult = Object.freeze({ missing: null, written: false, findings: NONE });

function parityFinding(code: keyof typeof BILINGUAL_CODES, elementId: string, field: FieldName, lang: Language, data: Finding['data']): Finding {
  return finding({ code, severity: BILINGUAL_CODES[code], family: 'bilingual', elementIds: [elementId], field, lang, data });
}

/**
 * The parity findings of one field (missing translations are returned as `missing`, not as
 * findings). `parity` reads the texts; the rule passes a memoised {@link textParity}.
 */
export function checkFieldParity(elementId: string, field: FieldName, value: BiText, parity: (en: string, zh: string) => TextParity = textParity): FieldResult {
  const { en, zh, found } = parity(value.en.text, value.zh.text);
  // No closure per field, and one shared empty array for the many fields without findings: the
  // checker calls this for every field of the document.
  let findings = NONE;
  for (const lang of LANGUAGES) {
    if (!isStale(value, lang)) continue;
    if (findings === NONE) findings = [];
    findings.push(parityFinding('bilingual-stale', elementId, field, lang, { status: value[lang].status, other: otherLanguage(lang) }));
  }
  // Fields with the same texts share `found`: each finding gets its own copy of the data.
  if (found.length && findings === NONE) findings = [];
  for (const f of found) findings.push(parityFinding(f.code, elementId, field, 'zh', copyData(f.data)));
  const lacking: Language | null = en && !zh ? 'zh' : zh && !en ? 'en' : null;
  if (lacking === null && findings === NONE) return en || zh ? WRITTEN : UNWRITTEN;
  return { missing: lacking === null ? null : { id: elementId, field, lang: lacking }, written: en || zh, findings };
}

/** The document-wide summary while most of `lang` is unwritten; `first` is where to start. */
function untranslatedSummary(list: readonly Missing[], lang: Language, written: number): Finding {
  return finding({
    code: 'bilingual-untranslated',
    severity: 'info',
    family: 'bilingual',
    // Document-wide (its key must not move as fields get translated).
    elementIds: [],
    lang,
    data: { fields: list.length, elements: new Set(list.map((m) => m.id)).size, written, first: list[0].id, firstField: list[0].field },
  });
}

/** One `bilingual-missing` finding per element with fields missing `lang`, naming its fields. */
function missingFindings(list: readonly Missing[], lang: Language): Finding[] {
  const out: Finding[] = [];
  const byElement = new Map<string, FieldName[]>();
  for (const m of list) {
    const fields = byElement.get(m.id);
    if (fields) fields.push(m.field);
    else byElement.set(m.id, [m.field]);
  }
  for (const [id, fields] of byElement) {
    const f = finding({ code: 'bilingual-missing', severity: 'warning', family: 'bilingual', elementIds: [id], field: fields[0], lang, data: { fields } });
    // Keyed by element and language only: translating one of its fields keeps a waiver.
    out.push({ ...f, key: findingKey('bilingual-missing', [id], undefined, lang) });
  }
  return out;
}

/** The rule's output from the per-field results, in document order (the reference the rule's per-part aggregation must equal). */
export function aggregate(results: readonly FieldResult[]): Finding[] {
  const out: Finding[] = [];
  let written = 0;
  const missing: Record<Language, Missing[]> = { en: [], zh: [] };
  for (const r of results) {
    if (r.written) written++;
    if (r.missing) missing[r.missing.lang].push(r.missing);
    for (const f of r.findings) out.push(f);
  }
  for (const lang of LANGUAGES) {
    const list = missing[lang];
    if (list.length === 0) continue;
    if (list.length > written * UNTRANSLATED_SUMMARY_SHARE) out.push(untranslatedSummary(list, lang, written));
    else for (const f of missingFindings(list, lang)) out.push(f);
  }
  return out;
}

/** What one part of the document contributes, worked out once per walked part. */
class PartSummary {
  written = 0;
  readonly findings: Finding[] = [];
  readonly missing: Record<Language, Missing[]> = { en: [], zh: [] };
  private readonly perElement: Partial<Record<Language, Finding[]>> = {};

  constructor(results: readonly FieldResult[]) {
    for (const r of results) {
      if (r.written) this.written++;
      if (r.missing) this.missing[r.missing.lang].push(r.missing);
      for (const f of r.findings) this.findings.push(f);
    }
  }

  missingFindings(lang: Language): Finding[] {
    return (this.perElement[lang] ??= missingFindings(this.missing[lang], lang));
  }
}

/**
 * {@link aggregate} from per-part summaries: a re-check re-reads only the parts walked again. The
 * fields of one element are all in one part, so the per-element findings of the parts, in order,
 * are those of the whole document (checked: an id in two parts falls back to the whole list).
 */
function aggregateParts(parts: readonly PartSummary[]): Finding[] {
  const out: Finding[] = [];
  let written = 0;
  for (const p of parts) {
    written += p.written;
    for (const f of p.findings) out.push(f);
  }
  for (const lang of LANGUAGES) {
    let total = 0;
    for (const p of parts) total += p.missing[lang].length;
    if (total === 0) continue;
    if (total > written * UNTRANSLATED_SUMMARY_SHARE) {
      out.push(untranslatedSummary(parts.flatMap((p) => p.missing[lang]), lang, written));
      continue;
    }
    const seen = new Set<string>();
    let split = false;
    for (const p of parts) {
      const own = new Set<string>();
      for (const m of p.missing[lang]) {
        if (seen.has(m.id)) split = true;
        own.add(m.id);
      }
      for (const id of own) seen.add(id);
    }
    if (split) for (const f of missingFindings(parts.flatMap((p) => p.missing[lang]), lang)) out.push(f);
    else for (const p of parts) for (const f of p.missingFindings(lang)) out.push(f);
  }
  return out;
}

/** textParity remembered per pair of texts. */
const parityMemo = (pair: Derived['pair']) => (en: string, zh: string) => pair(textParity, en, zh);

export const bilingualRule: RuleDefinition = {
  id: 'bilingual',
  family: 'bilingual',
  codes: BILINGUAL_CODES,
  steps: [
    eachField<FieldResult, PartSummary, { parity: (en: string, zh: string) => TextParity }>({
      // Many fields share their texts (copied entries, repeated titles): each pair is read once.
      // One function per set of derived values, not a closure per field.
      reads: (_input, derived) => ({ parity: derived.of(parityMemo, derived.pair) }),
      check: (f, { parity }) => checkFieldParity(f.id, f.field, f.value, parity),
      summarise: (items) => new PartSummary(items),
      combine: aggregateParts,
    }),
  ],
};
