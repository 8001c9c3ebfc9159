import { isStale, LANGUAGES, otherLanguage, type BiText, type Language } from '../../model/bilingual';
import type { FieldName } from '../../model/elements';
import type { Framework } from '../../model/framework';
import { finding, findingKey, type Finding, type Severity } from '../finding';
import { ACRONYM_TRANSLATIONS, acronymsIn, chineseNumbers, englishNumbers } from '../numbers';
import type { RuleDefinition } from '../rule';
import { isBlank } from '../text';
import { FieldResults } from '../walk';

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

interface FieldResult {
  id: string;
  field: FieldName;
  /** The language missing while the other is written, if any. */
  missing: Language | null;
  /** Whether at least one language is written. */
  written: boolean;
  findings: Finding[];
}

const isWritten = (value: BiText, lang: Language) => !isBlank(value[lang].text);

/** The parity findings of one field (missing translations are returned as `missing`, not as findings). */
export function checkFieldParity(elementId: string, field: FieldName, value: BiText): FieldResult {
  const en = isWritten(value, 'en');
  const zh = isWritten(value, 'zh');
  const findings: Finding[] = [];
  const make = (code: keyof typeof BILINGUAL_CODES, lang: Language | undefined, data: Finding['data']) =>
    findings.push(finding({ code, severity: BILINGUAL_CODES[code], family: 'bilingual', elementIds: [elementId], field, lang, data }));
  for (const lang of LANGUAGES) {
    if (isStale(value, lang)) make('bilingual-stale', lang, { status: value[lang].status, other: otherLanguage(lang) });
  }
  if (en && zh) {
    const enText = value.en.text;
    const zhText = value.zh.text;
    // Each comparison first looks whether either side has anything to compare at all.
    if (DIGIT.test(enText) || DIGIT.test(zhText)) {
      const a = englishNumbers(enText);
      const b = chineseNumbers(zhText);
      const onlyEn = [...a].filter((n) => !b.has(n));
      const onlyZh = [...b].filter((n) => !a.has(n));
      if (onlyEn.length || onlyZh.length) make('bilingual-numbers', 'zh', { onlyEn, onlyZh });
    }
    // Acronyms are compared only where the Chinese keeps some: a translation that writes every
    // name out in Chinese ("东盟", "环境信息共享平台") has nothing to compare.
    if (CAPITALS.test(zhText)) {
      const acrEn = acronymsIn(enText);
      const acrZh = acronymsIn(zhText);
      const missingInZh = [...acrEn].filter((x) => !acrZh.has(x) && !(ACRONYM_TRANSLATIONS[x] ?? []).some((t) => zhText.includes(t)));
      const extraInZh = [...acrZh].filter((x) => !acrEn.has(x));
      if (missingInZh.length || extraInZh.length) make('bilingual-acronyms', 'zh', { onlyEn: missingInZh, onlyZh: extraInZh });
    }
    if (ENUMERATION_HINT.test(enText) || ENUMERATION_HINT.test(zhText)) {
      const ne = enText.match(ENUMERATION_MARKER)?.length ?? 0;
      const nz = zhText.match(ENUMERATION_MARKER)?.length ?? 0;
      if (ne !== nz) make('bilingual-list-length', 'zh', { en: ne, zh: nz });
    }
  }
  return { id: elementId, field, missing: en && !zh ? 'zh' : zh && !en ? 'en' : null, written: en || zh, findings };
}

/** The rule's output from the per-field results, in document order. */
function aggregate(results: readonly FieldResult[]): Finding[] {
  const out: Finding[] = [];
  let written = 0;
  const missing: Record<Language, FieldResult[]> = { en: [], zh: [] };
  for (const r of results) {
    if (r.written) written++;
    if (r.missing) missing[r.missing].push(r);
    for (const f of r.findings) out.push(f);
  }
  for (const lang of LANGUAGES) {
    const list = missing[lang];
    if (list.length === 0) continue;
    if (list.length > written * UNTRANSLATED_SUMMARY_SHARE) {
      out.push(
        finding({
          code: 'bilingual-untranslated',
          severity: 'info',
          family: 'bilingual',
          // Document-wide (its key must not move as fields get translated); `first` is where to start.
          elementIds: [],
          lang,
          data: { fields: list.length, elements: new Set(list.map((m) => m.id)).size, written, first: list[0].id, firstField: list[0].field },
        }),
      );
      continue;
    }
    // One finding per element, naming its fields.
    const byElement = new Map<string, FieldName[]>();
    for (const m of list) byElement.set(m.id, [...(byElement.get(m.id) ?? []), m.field]);
    for (const [id, fields] of byElement) {
      const f = finding({ code: 'bilingual-missing', severity: 'warning', family: 'bilingual', elementIds: [id], field: fields[0], lang, data: { fields } });
      // Keyed by element and language only: translating one of its fields keeps a waiver.
      out.push({ ...f, key: findingKey('bilingual-missing', [id], undefined, lang) });
    }
  }
  return out;
}

export const bilingualRule: RuleDefinition = {
  id: 'bilingual',
  family: 'bilingual',
  codes: BILINGUAL_CODES,
  create() {
    const results = new FieldResults<FieldResult>();
    let output: Finding[] = [];
    return {
      id: 'bilingual',
      family: 'bilingual',
      check(fw: Framework) {
        const { items, changed } = results.run(fw, (id, _kind, field, value) => checkFieldParity(id, field, value));
        if (changed) output = aggregate(items);
        return output;
      },
    };
  },
};
