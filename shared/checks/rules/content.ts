import { LANGUAGES, type BiText } from '../../model/bilingual';
import type { ElementKind, FieldName } from '../../model/elements';
import { finding, type Finding, type Severity } from '../finding';
import { isBlank } from '../text';
import { eachField, type Derived, type RuleDefinition } from '../rule';

/** isPlaceholder remembered per text, one function per set of derived values. */
const placeholderMemo = (text: Derived['text']) => (t: string) => text(isPlaceholder, t);

/** Empty or placeholder text in fields the published document always fills. */
export const CONTENT_CODES = {
  'content-empty': 'error',
  'content-placeholder': 'warning',
} as const satisfies Record<string, Severity>;

/**
 * Fields the published document leaves empty in places: an annex entry's place ("April 2017"
 * has none). Schedules have their own rule (`schedule-empty`).
 */
const OPTIONAL: ReadonlySet<FieldName> = new Set<FieldName>(['place', 'schedule']);

// Whole-field placeholders, and markers that are placeholders wherever they appear.
const PLACEHOLDER_WHOLE = /^\s*(?:tbd|tbc|todo|fixme|n\/?a|x{2,}|\?+|\.{3,}|…+|-+|—+|\[[^\]]*\]|<[^>]*>|placeholder|text|title|待定|待补充|待填写|待翻译|（待定）|\(待定\))\s*[.。]?\s*$/i;
const PLACEHOLDER_ANYWHERE = /\b(?:TODO|FIXME|XXX+)\b|lorem ipsum|\[(?:insert|add|tbd|todo)[^\]]*\]|【[^】]*待[^】]*】/i;
/** A cheap first look for {@link PLACEHOLDER_ANYWHERE}. */
const MARKER_HINT = /TODO|FIXME|XXX|[Ll]orem|\[|【/;
/** The findings of a field without any (most fields): one shared empty array, not one per field. */
const NONE: Finding[] = [];
/** Whole-field placeholders are short; longer texts are only searched for markers. */
const WHOLE_MAX = 24;

/** Whether a written text is a placeholder, or holds a placeholder marker. */
export function isPlaceholder(text: string): boolean {
  return (text.length <= WHOLE_MAX && PLACEHOLDER_WHOLE.test(text)) || (MARKER_HINT.test(text) && PLACEHOLDER_ANYWHERE.test(text));
}

/** The content findings of one field (`placeholder`: isPlaceholder, or it remembered per text). */
export function checkFieldContent(elementId: string, kind: ElementKind, field: FieldName, value: BiText, placeholder: (text: string) => boolean = isPlaceholder): Finding[] {
  if (OPTIONAL.has(field)) return NONE;
  if (isBlank(value.en.text) && isBlank(value.zh.text)) {
    return [finding({ code: 'content-empty', severity: 'error', family: 'content', elementIds: [elementId], field, data: { kind } })];
  }
  let out = NONE;
  for (const lang of LANGUAGES) {
    const text = value[lang].text;
    if (text.trim() === '') continue;
    if (placeholder(text)) {
      if (out === NONE) out = [];
      out.push(finding({ code: 'content-placeholder', severity: 'warning', family: 'content', elementIds: [elementId], field, lang, data: { kind, text: text.slice(0, 80) } }));
    }
  }
  return out;
}

export const contentRule: RuleDefinition = {
  id: 'content',
  family: 'content',
  codes: CONTENT_CODES,
  steps: [
    eachField<Finding[], Finding[], (text: string) => boolean>({
      // Each distinct text (a document repeats its texts) is searched for placeholders once.
      reads: (_input, derived) => derived.of(placeholderMemo, derived.text),
      check: (f, placeholder) => checkFieldContent(f.id, f.kind, f.field, f.value, placeholder),
    }),
  ],
};
