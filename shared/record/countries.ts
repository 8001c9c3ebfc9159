/**
 * The countries of ASEAN-China cooperation, by ISO 3166-1 alpha-2 code, with the names reporters
 * write (official short names and the usual alternatives) and the Chinese names the published
 * Chinese text uses. Places in other countries keep the name as written and no code.
 */
export interface Country {
  code: string;
  en: string;
  zh: string;
  aliases: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { code: 'BN', en: 'Brunei Darussalam', zh: '文莱', aliases: ['brunei'] },
  { code: 'KH', en: 'Cambodia', zh: '柬埔寨', aliases: ['kingdom of cambodia'] },
  { code: 'CN', en: 'China', zh: '中国', aliases: ["people's republic of china", 'pr china', 'prc'] },
  { code: 'ID', en: 'Indonesia', zh: '印度尼西亚', aliases: ['republic of indonesia'] },
  { code: 'LA', en: 'Lao PDR', zh: '老挝', aliases: ['laos', "lao people's democratic republic", 'lao'] },
  { code: 'MY', en: 'Malaysia', zh: '马来西亚', aliases: [] },
  { code: 'MM', en: 'Myanmar', zh: '缅甸', aliases: ['burma'] },
  { code: 'PH', en: 'Philippines', zh: '菲律宾', aliases: ['the philippines'] },
  { code: 'SG', en: 'Singapore', zh: '新加坡', aliases: [] },
  { code: 'TH', en: 'Thailand', zh: '泰国', aliases: [] },
  { code: 'VN', en: 'Viet Nam', zh: '越南', aliases: ['vietnam'] },
];

const BY_NAME = new Map<string, Country>();
for (const c of COUNTRIES) for (const n of [c.code, c.en, c.zh, ...c.aliases]) BY_NAME.set(n.toLowerCase(), c);

/** The country a name or code denotes, or null when it is not one of the cooperation's countries. */
export function countryByName(name: string): Country | null {
  return BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/** True for an ISO code of one of the cooperation's countries. */
export const isCountryCode = (code: string): boolean => COUNTRIES.some((c) => c.code === code);
