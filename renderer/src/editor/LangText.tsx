import { memo, useCallback, useEffect, useRef, useState, useSyncExternalStore, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, TranslationStatus } from '../../../shared/model/bilingual';
import type { FieldName } from '../../../shared/model/elements';
import { editText, setTranslationStatus } from '../../../shared/model/operations';
import { useEditorActions } from './EditorContext';
import { FieldCommentBadge } from '../review/FieldCommentBadge';
import { FieldRedline } from '../review/FieldRedline';
import { TermHits } from '../glossary/TermHits';
import { useDraftFindings } from '../findings/useFindings';
import { createAfterPaintSlot } from '../hooks/afterPaint';
import { createLiveText, type LiveText } from './liveText';

/**
 * Run `hide` once a pointer press under way has become its click. Leaving a field by pressing a
 * button below it blurs the field on press; hiding the field's term hits then would move that
 * button up before the release, and the click would be lost.
 */
let pointerDown = false;
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', () => (pointerDown = true), true);
  document.addEventListener('pointerup', () => (pointerDown = false), true);
  document.addEventListener('pointercancel', () => (pointerDown = false), true);
}
function afterPointerRelease(hide: () => void): void {
  if (!pointerDown) return hide();
  // The click is dispatched in the same task as the release: hide after it.
  window.addEventListener('pointerup', () => setTimeout(hide, 0), { once: true, capture: true });
}

/** Idle time after the last keystroke before the text is committed (blur commits at once). */
export const COMMIT_DELAY_MS = 300;

interface Props {
  elementId: string;
  field: FieldName;
  lang: Language;
  text: string;
  status: TranslationStatus;
  /** Confirmed against a text of the other language that has since changed. */
  stale: boolean;
  readOnly: boolean;
  /** Accessible name of the field ("Title", "Activity 2-1 text"…). */
  name: string;
  /** Shown right after the text (the next Tab stop): the offer to review the other language. */
  offer?: ReactNode;
}

const STATUSES: TranslationStatus[] = ['missing', 'draft', 'reviewed', 'approved'];

/**
 * One language of one field: the text, the open suggestions on it as a redline, its translation
 * status (the user can set it) and a "needs review" mark when stale. Typing is committed after a
 * short pause or on leaving the field, as one undo step per typing run; props are primitives so
 * that a commit elsewhere does not re-render this field.
 *
 * A keystroke renders nothing: the textarea holds the text being typed (it is not a controlled
 * input, whose every key re-renders the field and rewrites the textarea's default text), the key
 * only notes the draft and restarts the commit timer. What follows the typing (the draft sent to
 * the checker, the term hits) is scheduled after the frame that draws the key.
 */
export const LangText = memo(function LangText({ elementId, field, lang, text, status, stale, readOnly, name, offer }: Props) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const previewFindings = useDraftFindings();
  // The text as typed, for the term hits; the draft for the checker: both set after the key is drawn.
  const [live] = useState(() => createLiveText(text));
  const [afterPaint] = useState(createAfterPaintSlot);
  // The textarea starts with the text; from then on the effect below writes what the document changes.
  const [initialText] = useState(text);
  const pending = useRef<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unregister = useRef<(() => void) | null>(null);
  const key = `${elementId}/${field}/${lang}`;
  // One undo step per visit to the field: leaving it ends the typing run.
  const visit = useRef(0);

  // The document changed this text (undo, replace, another view): show it, unless the user is typing.
  useEffect(() => {
    if (pending.current !== null) return;
    const el = input.current;
    if (el && el.value !== text) el.value = text;
    live.set(text);
  }, [text, live]);

  // While an input method is composing (pinyin → 汉字), the text holds unfinished input: wait.
  const composing = useRef(false);

  const commit = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    unregister.current?.();
    unregister.current = null;
    if (value === null) return;
    pending.current = null;
    // The settled draft goes now; a draft still waiting for its frame would undo its settling.
    afterPaint.cancel();
    live.set(value);
    previewFindings({ elementId, field, lang, text: value }, true);
    void actions.apply((p) => editText(p, elementId, field, lang, value), { coalesce: `${key}#${visit.current}` });
  }, [actions, previewFindings, afterPaint, live, elementId, field, lang, key]);

  useEffect(() => () => commit(), [commit]);

  const onChange = (value: string) => {
    pending.current = value;
    unregister.current ??= actions.registerDraft(key, commit);
    // The findings and term hits follow the typing (the checker takes the text as a draft) once
    // the key is on screen; unfinished input-method text is not words yet.
    if (!composing.current)
      afterPaint.schedule(() => {
        live.set(value);
        previewFindings({ elementId, field, lang, text: value }, false);
      });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => (composing.current ? undefined : commit()), COMMIT_DELAY_MS);
  };

  const onStatus = (next: TranslationStatus) => {
    void actions.apply((p) => setTranslationStatus(p, elementId, field, lang, next));
  };

  // Live term hits for the English being edited: only while focus is in this field (its text or its hits).
  const [active, setActive] = useState(false);
  const focusProps =
    lang === 'en'
      ? {
          onFocus: () => setActive(true),
          onBlur: (e: React.FocusEvent<HTMLDivElement>) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) afterPointerRelease(() => setActive(false));
          },
        }
      : {};

  const langName = t(`editor.lang.${lang}`);
  return (
    <div className={`lang-text lang-${lang}${stale ? ' stale' : ''}`} lang={lang === 'zh' ? 'zh-CN' : 'en'} {...focusProps}>
      <div className="lang-input-wrap">
      <textarea
        ref={input}
        className="lang-input"
        defaultValue={initialText}
        readOnly={readOnly}
        rows={1}
        spellCheck={lang === 'en'}
        aria-label={`${name} — ${langName}`}
        data-element-id={elementId}
        data-field={field}
        data-lang={lang}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          commit();
          visit.current++;
        }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(e) => {
          composing.current = false;
          onChange(e.currentTarget.value);
        }}
      />
      {active && <LiveTermHits live={live} elementId={elementId} field={field} name={name} input={input} readOnly={readOnly} />}
      </div>
      {offer}
      <FieldRedline elementId={elementId} field={field} lang={lang} text={text} />
      <div className="lang-meta">
        <select
          className={`status status-${status}`}
          value={status}
          disabled={readOnly}
          aria-label={t('editor.statusOf', { name, lang: langName })}
          data-status-for={key}
          onChange={(e) => onStatus(e.target.value as TranslationStatus)}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`editor.status.${s}`)}
            </option>
          ))}
        </select>
        <FieldCommentBadge elementId={elementId} field={field} lang={lang} />
        {stale && (
          <span className="stale-mark" title={t('editor.staleHint')} data-testid="stale">
            {t('editor.stale')}
          </span>
        )}
        {stale && !readOnly && (
          <button type="button" className="review-now" title={t('drafting.reviewNowHint')} aria-label={t('drafting.reviewNowOf', { name, lang: langName })} onClick={() => input.current?.focus()}>
            {t('drafting.reviewNow')}
          </button>
        )}
      </div>
    </div>
  );
});

/** The term hits of the text as typed: re-rendered when the live text changes (after the key is drawn), not with the field. */
function LiveTermHits({ live, ...props }: { live: LiveText } & Omit<ComponentProps<typeof TermHits>, 'text'>) {
  const text = useSyncExternalStore(live.subscribe, live.get, live.get);
  return <TermHits {...props} text={text} />;
}
