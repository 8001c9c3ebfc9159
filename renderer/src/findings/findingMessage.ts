import type { TFunction } from 'i18next';
import type { Finding } from '../../../shared/checks/finding';
import { localizeFindingData } from '../../../shared/checks/labelData';
import { formatValue } from '../../../shared/checks/messages';
import type { Language } from '../../../shared/model/bilingual';
import type en from '../../i18n/locales/en.json';

/** The codes that have a message (typed from en.json, like every key). */
export type FindingCode = keyof (typeof en)['findings']['codes'];

/**
 * A finding in words, in the UI language `lang`: its code's message with the finding's data filled
 * in, the labels it names as that language prints them ("组成部分2", not "Component 2").
 */
export function findingMessage(t: TFunction, f: Finding, lang: Language): string {
  const values: Record<string, string> = { lang: f.lang ?? '', field: f.field ?? '' };
  for (const [k, v] of Object.entries(localizeFindingData(f.data, lang))) values[k] = formatValue(v);
  const key: `findings.codes.${FindingCode}` = `findings.codes.${f.code as FindingCode}`;
  // The values depend on the code at run time, which i18next's typed options cannot follow.
  return (t as unknown as (k: string, v: Record<string, string>) => string)(key, values);
}
