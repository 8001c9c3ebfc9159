import { isStale, otherLanguage, textFingerprint, type BiText, type Language, type LocalizedText, type TranslationStatus } from '../bilingual';
import { indexElements, type ElementRef, type FieldName } from '../elements';
import type { Project } from '../project';
import type { Patch } from '../patch/patch';
import { type Operation } from './types';
import { ProblemError } from '../../ipc/problem';

/** The BiText of `field` of element `elementId`, with its path; throws when either does not exist. */
export function locateField(project: Project, elementId: string, field: FieldName, index?: ReadonlyMap<string, ElementRef>) {
  const el = (index ?? indexElements(project.framework)).get(elementId);
  if (!el) throw new ProblemError('no-such-element', {}, { message: `No element ${elementId}` });
  const f = el.fields.find((x) => x.name === field);
  if (!f) throw new ProblemError('no-such-field', {}, { message: `Element ${elementId} has no field ${field}` });
  return f;
}

/**
 * The new state of one language after its text was edited. Writing into an empty language makes
 * it a draft; emptying it makes it missing; a reviewed/approved text that is changed goes back to
 * draft (what was confirmed is no longer what is there). The other language is never touched: if
 * it was confirmed against the old text, `isStale` now reports it (its basis no longer matches).
 */
export function editedLocalizedText(old: LocalizedText, text: string): LocalizedText {
  if (text === old.text) return old;
  if (text.trim() === '') return { text, status: 'missing' };
  if (old.status === 'missing' || old.status === 'reviewed' || old.status === 'approved') return { text, status: 'draft' };
  return { text, status: old.status };
}

/**
 * Patches that set one language of a BiText at `path` to `text` (none when nothing changes).
 *
 * Both languages in step: when the edited language was not itself waiting for review (this is
 * an original change, not the answer to one), the other language, if written, is flagged
 * `needsReview`, so the UI can offer to review it now and the "needs review" walk finds it.
 * Editing a flagged language is its review answer: it does not flag the first one back.
 */
export function editTextPatches(path: Patch['path'], value: BiText, lang: Language, text: string): Patch[] {
  const next = editedLocalizedText(value[lang], text);
  if (next === value[lang]) return [];
  const other = otherLanguage(lang);
  const answering = value[lang].needsReview === true;
  const patches: Patch[] = [{ op: 'replace', path: [...path, lang], value: next }];
  if (!answering && value[other].text.trim() !== '' && value[other].needsReview !== true) {
    patches.push({ op: 'replace', path: [...path, other], value: { ...value[other], needsReview: true } });
  }
  return patches;
}

/**
 * Patches for a change of one or both languages of a field at once (a replace-all that found the
 * words in both): each changed language follows the editing rules; when both change, neither
 * flags the other.
 */
export function editTextsPatches(path: Patch['path'], value: BiText, texts: Partial<Record<Language, string>>): Patch[] {
  const langs = (Object.keys(texts) as Language[]).filter((l) => texts[l] !== value[l].text);
  if (langs.length === 1) return editTextPatches(path, value, langs[0], texts[langs[0]]!);
  return langs.map((l) => ({ op: 'replace', path: [...path, l], value: editedLocalizedText(value[l], texts[l]!) }));
}

/** Edit one language of one field. */
export function editText(project: Project, elementId: string, field: FieldName, lang: Language, text: string): Operation {
  const f = locateField(project, elementId, field);
  return { label: 'editText', patches: editTextPatches(f.path, f.value, lang, text) };
}

/**
 * Set the translation status of one language. Setting reviewed/approved records what it was
 * confirmed against (a fingerprint of the other language's current text), so a later edit of the
 * other language makes it stale by computation. Any other status drops the basis. Either way the
 * language's own `needsReview` flag is cleared.
 */
export function setTranslationStatus(project: Project, elementId: string, field: FieldName, lang: Language, status: TranslationStatus): Operation {
  const f = locateField(project, elementId, field);
  const own = f.value[lang];
  const confirmed = status === 'reviewed' || status === 'approved';
  const next: LocalizedText = confirmed
    ? { text: own.text, status, basis: textFingerprint(f.value[otherLanguage(lang)].text) }
    : { text: own.text, status };
  const patches: Patch[] = [{ op: 'replace', path: [...f.path, lang], value: next }];
  // Confirming one language against the other says the two are in step: a flag on the other goes too.
  const other = f.value[otherLanguage(lang)];
  if (confirmed && other.needsReview === true) {
    const { needsReview: _cleared, ...rest } = other;
    patches.push({ op: 'replace', path: [...f.path, otherLanguage(lang)], value: rest });
  }
  return { label: 'setStatus', patches };
}

/** The status a user sees: `stale` when a confirmed translation's basis no longer matches. */
export type ShownStatus = TranslationStatus | 'stale';
export function shownStatus(value: BiText, lang: Language): ShownStatus {
  return isStale(value, lang) ? 'stale' : value[lang].status;
}

/** Whether a field still needs translation work in some language (missing, or stale). */
export function needsTranslation(value: BiText): boolean {
  return value.en.status === 'missing' || value.zh.status === 'missing' || isStale(value, 'en') || isStale(value, 'zh');
}
