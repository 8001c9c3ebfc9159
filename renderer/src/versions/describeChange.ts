import type { TFunction } from 'i18next';
import type { Change } from '../../../shared/versions/compare';
import { describeChange as describeWith, type Translate } from '../../../shared/versions/describeChange';

/** The UI's words (locale keys under `versions.`) for the shared wording logic. */
export function uiTranslate(t: TFunction): Translate {
  return (key, vars) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(`versions.${key}`, vars);
}

/** One line naming a change, in the UI language. */
export function describeChange(t: TFunction, c: Change): string {
  return describeWith(uiTranslate(t), c);
}
