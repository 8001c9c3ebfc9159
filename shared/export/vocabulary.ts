import type { Language } from '../model/bilingual';

/**
 * The few words an exported document prints that are not fields of the framework: the imprint's
 * field names, the watermark, the separator after a label. They are part of the document (in the
 * document's languages), not of the application's interface, so they live here and not in the UI
 * locale files.
 */
export const DOCUMENT_WORDS = {
  address: { en: 'ADD: ', zh: '地址：' },
  phone: { en: 'TEL: ', zh: '电话：' },
  fax: { en: 'FAX: ', zh: '传真：' },
  email: { en: 'E-mail: ', zh: '电子邮箱：' },
  web: { en: 'WEB: ', zh: '网址：' },
  draft: { en: 'DRAFT', zh: '草稿' },
  /** After a label that introduces a title: "Component 1: …", "组成部分1：…". */
  labelSeparator: { en: ': ', zh: '：' },
  /** After the notes title: "Note:". */
  notesTitleEnd: { en: ':', zh: '：' },
} as const satisfies Record<string, Record<Language, string>>;

const ZH_LABEL_WORDS: Array<[RegExp, string]> = [
  [/^Component\s*(\S+)$/, '组成部分$1'],
  [/^Action\s*(\S+)$/, '行动$1'],
  [/^Activity\s*(\S+)$/, '活动$1'],
];

/**
 * A printed label in a document language. Labels are computed in English ("Component 2",
 * "Activity 1-3"; overrides as typed); the Chinese text prints the same number with the Chinese
 * word. Numbers-only labels ("2.1", "(iv)", "[3]") are the same in both languages.
 */
export function localizeLabel(label: string, lang: Language): string {
  if (lang === 'en') return label;
  for (const [rx, replacement] of ZH_LABEL_WORDS) {
    if (rx.test(label)) return label.replace(rx, replacement);
  }
  return label;
}
