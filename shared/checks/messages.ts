import type { Language } from '../model/bilingual';
import type { Finding, FindingData } from './finding';
import { localizeFindingData } from './labelData';

/**
 * Words for findings. The messages live in the UI locale files (`findings.codes.<code>`, with
 * `{{name}}` placeholders for the finding's data); the app reads them through i18next and the
 * command line through this interpolation, so both say the same thing.
 */
export type MessageTable = Readonly<Record<string, string>>;

/** A data value as text: lists joined with ", ". */
export function formatValue(value: FindingData[string] | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** Replaces `{{name}}` with the finding's data (and `{{lang}}`, `{{field}}`); unknown names are left visible. */
export function interpolate(template: string, finding: Pick<Finding, 'data' | 'lang' | 'field'>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    if (name in finding.data) return formatValue(finding.data[name]);
    if (name === 'lang' && finding.lang) return finding.lang;
    if (name === 'field' && finding.field) return finding.field;
    return whole;
  });
}

/**
 * The message of a finding from a table of `code → template`; the code itself when the table has
 * none. With `lang` (the table's language), the labels it names are in that language too.
 */
export function messageOf(finding: Finding, table: MessageTable, lang?: Language): string {
  const template = table[finding.code];
  if (template === undefined) return finding.code;
  return interpolate(template, lang ? { ...finding, data: localizeFindingData(finding.data, lang) } : finding);
}
