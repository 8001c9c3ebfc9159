import { promises as fs } from 'node:fs';
import { createInstance, type TFunction } from 'i18next';
import type { Language } from '../../shared/model/bilingual';

/**
 * The UI's words for the command-line tools, through i18next as the app reads them: plural forms
 * (`_one`/`_other`) and nested `$t(...)` resolve as in the UI, so a line the app and a tool share
 * reads the same in both. English by default; a tool that follows `ACEC_LANG` asks for its
 * language (`cliLanguage()`). Each language's file is loaded once per process.
 */
const loaded = new Map<Language, Promise<TFunction>>();

export function englishWords(lang: Language = 'en'): Promise<TFunction> {
  let words = loaded.get(lang);
  if (!words) {
    words = (async () => {
      const translation = JSON.parse(await fs.readFile(new URL(`../../renderer/i18n/locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
      const i18n = createInstance();
      await i18n.init({ lng: lang, resources: { [lang]: { translation } }, interpolation: { escapeValue: false }, showSupportNotice: false });
      return i18n.t;
    })();
    loaded.set(lang, words);
  }
  return words;
}

/** The language a tool's messages follow: `ACEC_LANG=zh` gives Chinese, anything else English. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return env.ACEC_LANG === 'zh' ? 'zh' : 'en';
}
