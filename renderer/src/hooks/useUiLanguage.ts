import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/bilingual';

/**
 * The UI language as one of the document's languages: what labels and texts are shown in
 * ("Component 1" in the English UI, "组成部分1" in the Chinese one). Components that use it
 * re-render when the user switches languages.
 */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'zh' ? 'zh' : 'en';
}
