import type { Language } from '../model/bilingual';
import { localizeLabel } from '../model/labelWords';
import type { FindingData } from './finding';

/**
 * The finding data keys whose values are element labels ("Component 2", "Activity1-3", "(iv)"),
 * as the rules compute them (the stored, English form). A message shows them in the reader's
 * language like every other label; the rest of the data (quoted text, titles, years, counts) is
 * shown as it is. A rule that puts a label in its data uses one of these keys (a test checks that
 * no other key carries a label).
 */
export const LABEL_DATA_KEYS: ReadonlySet<string> = new Set(['label', 'expected', 'component', 'best', 'objective']);

const localizeValue = (v: FindingData[string], lang: Language): FindingData[string] => {
  if (typeof v === 'string') return localizeLabel(v, lang);
  if (Array.isArray(v) && v.every((x): x is string => typeof x === 'string')) return v.map((x) => localizeLabel(x, lang));
  return v;
};

/**
 * A finding's data with its labels in `lang`. When localising would make two labels of one
 * message read the same although they differ as stored — `label-pattern` on "Activity1-3"
 * (expected "Activity 1-3") prints "活动1-3" for both — the labels stay as stored: the difference
 * is the finding, and it exists only in the stored (English) form.
 */
export function localizeFindingData(data: FindingData, lang: Language): FindingData {
  if (lang === 'en') return data;
  const keys = Object.keys(data).filter((k) => LABEL_DATA_KEYS.has(k));
  if (keys.length === 0) return data;
  const out: FindingData = { ...data };
  for (const k of keys) out[k] = localizeValue(data[k], lang);
  const distinct = (d: FindingData) => new Set(keys.flatMap((k) => [d[k]].flat().map(String))).size;
  return distinct(out) < distinct(data) ? data : out;
}
