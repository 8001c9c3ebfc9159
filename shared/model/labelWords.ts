import type { Language } from './bilingual';

/**
 * The words labels print. A label is stored once for both languages (shared/model/labels.ts): in
 * the English form ("Component 2", "Activity 1-3") when derived, or as the drafter typed it when
 * overridden. Each language prints the same number with its own word ("组成部分2", "活动1-3").
 * Numbers-only labels ("2.1", "(iv)", "[3]", "4") read the same in both languages.
 *
 * One vocabulary for every place a label is shown: the exported documents (shared/export) and
 * the application's interface, which shows labels in the UI language — so what the editor shows
 * is what the document in that language prints.
 */
export const LABEL_WORDS = [
  { en: 'Component', zh: '组成部分' },
  { en: 'Action', zh: '行动' },
  { en: 'Activity', zh: '活动' },
] as const satisfies ReadonlyArray<Record<Language, string>>;

/** "<word><number>" with or without a space, the number being whatever the label has ("1-3", "2bis"). */
const patterns = (lang: Language) => LABEL_WORDS.map((w) => ({ rx: new RegExp(`^${w[lang]}\\s*(\\S+)$`), words: w }));
const EN_PATTERNS = patterns('en');
const ZH_PATTERNS = patterns('zh');

/**
 * A label in a language. The derived labels and the overrides in the document's form
 * ("Activity1-3", published without the space) get the language's word with the number exactly as
 * it is stored: an override changes the number or its spelling, and that choice is kept.
 *
 * Any other override ("Principle (a)", "Annex A", or a Chinese "活动1-3" typed into the file) is
 * free text the drafter wrote: it is shown as typed in both languages, because guessing a
 * translation of free text would show something nobody wrote and that no exported document prints
 * (the export prints it as typed too), and because the checker's `label-pattern` finding asks the
 * drafter to use the document's form, which is what makes a label print in both languages.
 */
export function localizeLabel(label: string, lang: Language): string {
  if (lang === 'en') return label;
  for (const { rx, words } of EN_PATTERNS) {
    const m = rx.exec(label);
    if (m) return `${words[lang]}${m[1]}`;
  }
  return label;
}

/**
 * The stored form of a label a drafter typed in either language: "活动1-4" or "活动 1-4" → "Activity
 * 1-4". A label is one string for both documents and only the English form prints in both (see
 * {@link localizeLabel}), so a drafter working in the Chinese interface can type the label as it
 * is shown to them and still get a label that both documents print. Anything else is kept as typed.
 */
export function storedLabel(typed: string): string {
  for (const { rx, words } of ZH_PATTERNS) {
    const m = rx.exec(typed);
    if (m) return `${words.en} ${m[1]}`;
  }
  return typed;
}
