import type { TFunction } from 'i18next';
import { localizeLabel } from '../../../shared/model/labelWords';
import type { Change } from '../../../shared/versions/compare';
import { describeChange as describeWith, type Translate } from '../../../shared/versions/describeChange';

/** The UI's words (locale keys under `versions.`) for the shared wording logic; labels in the UI language. */
export function uiTranslate(t: TFunction, uiLanguage: string): Translate {
  const tr: Translate = (key, vars) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(`versions.${key}`, vars);
  tr.label = (label) => localizeLabel(label, uiLanguage === 'zh' ? 'zh' : 'en');
  return tr;
}

/** One line naming a change, in the UI language. */
export function describeChange(t: TFunction, uiLanguage: string, c: Change): string {
  return describeWith(uiTranslate(t, uiLanguage), c);
}
