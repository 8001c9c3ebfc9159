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

/**
 * Labels print in the document's languages with the vocabulary the application's interface uses
 * too; it lives in the model so both read one table.
 */
export { localizeLabel } from '../model/labelWords';
