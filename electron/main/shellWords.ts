import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh.json';

/**
 * The words of the desktop shell (menus, the close dialog, the window title) in the UI language.
 * They live in the UI locale files beside the renderer's (`shell.*`, `app.title`), so the locale
 * completeness test covers them; main reads them as bundled data (the one import of renderer/
 * files main may make, allowed in eslint.config.js).
 */
export type ShellWords = typeof en.shell & { appName: string };

export function shellWords(lang: 'en' | 'zh'): ShellWords {
  const locale = lang === 'zh' ? zh : en;
  return { ...locale.shell, appName: locale.app.title };
}
