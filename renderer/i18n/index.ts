import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import zh from './locales/zh.json';

export type UiLanguage = 'en' | 'zh';

/** Keys are typed from en.json, so `t('a.typo')` fails to compile. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const UI_LANGUAGE_KEY = 'acec.uiLanguage';

function initialLanguage(): UiLanguage {
  try {
    return localStorage.getItem(UI_LANGUAGE_KEY) === 'zh' ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, zh: { translation: zh } },
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// The page declares the UI language, so screen readers and fonts pick the right one for the chrome.
const declareLanguage = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng === 'zh' ? 'zh-CN' : 'en';
};
declareLanguage(i18next.language ?? initialLanguage());
i18next.on('languageChanged', declareLanguage);

export default i18next;
