import { countryByName } from './countries';
import type { Place } from './model';

/**
 * Reads a place as reporters write it: "Nanning, China", "Beijing and Shenzhen, China",
 * "Nanning (Guangxi), China", "Phnom Penh (Cambodia)", "Singapore", "Online (Zoom)". The country
 * is what follows the last comma outside parentheses, or a trailing parenthesis naming a country,
 * or the whole text when it names one; other parentheses stay with the city.
 */
export function readPlace(raw: string): Place {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (/^(online|virtual|webinar)\b/i.test(text) || text === '线上' || text === '在线') {
    return { city: '', country: '', countryCode: null, online: true };
  }
  let depth = 0;
  let cut = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if ((ch === ',' || ch === '，') && depth === 0) cut = i;
  }
  let city = cut >= 0 ? text.slice(0, cut).trim() : text;
  let country = cut >= 0 ? text.slice(cut + 1).trim() : '';
  if (cut < 0) {
    const trailing = /^(.*?)\s*[(（]([^()（）]+)[)）]$/.exec(text);
    if (trailing && countryByName(trailing[2])) [city, country] = [trailing[1], trailing[2]];
    else if (countryByName(text)) [city, country] = ['', text];
  } else {
    // "Bangkok, Thailand (hybrid)": the note goes with the city, the country stays a country.
    const noted = /^(.*?)\s*([(（][^()（）]+[)）])$/.exec(country);
    if (noted && countryByName(noted[1])) [city, country] = [`${city} ${noted[2]}`.trim(), noted[1]];
  }
  const known = country ? countryByName(country) : null;
  return { city, country, countryCode: known?.code ?? null, online: false };
}

/** A place as printed: "Nanning, China", "Online"; in Chinese the country's Chinese name when known. */
export function printPlace(place: Place, lang: 'en' | 'zh'): string {
  if (place.online) return lang === 'zh' ? '线上' : 'Online';
  const country = lang === 'zh' && place.countryCode ? (countryByName(place.countryCode)?.zh ?? place.country) : place.country;
  if (!place.city) return country;
  if (!country || place.city === country) return place.city;
  return lang === 'zh' ? `${country}${place.city}` : `${place.city}, ${country}`;
}
