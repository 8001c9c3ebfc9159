import { promises as fs } from 'node:fs';
import { createInstance, type TFunction } from 'i18next';

/**
 * The UI's English words for the command-line tools, through i18next as the app reads them: plural
 * forms (`_one`/`_other`) and nested `$t(...)` resolve as in the UI, so a line the app and a
 * tool share reads the same in both. Loaded once per process.
 */
let loaded: Promise<TFunction> | null = null;

export function englishWords(): Promise<TFunction> {
  loaded ??= (async () => {
    const translation = JSON.parse(await fs.readFile(new URL('../../renderer/i18n/locales/en.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: { en: { translation } }, interpolation: { escapeValue: false }, showSupportNotice: false });
    return i18n.t;
  })();
  return loaded;
}
