import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldName } from '../../../shared/model/elements';
import { GlossaryMatcherCache, normaliseEnglishKeepCase, outermost } from '../../../shared/model/glossaryMatcher';
import { editText } from '../../../shared/model/operations';
import { useEditorActions } from '../editor/EditorContext';
import { useProject } from '../store/useProjectStore';
import './glossary.css';

/** One compiled glossary for every field: compiled again only when the glossary changes (by identity, then content). */
const matchers = new GlossaryMatcherCache();

interface Props {
  elementId: string;
  field: FieldName;
  /** The English as it is now (typing included). */
  text: string;
  /** The field's accessible name ("Title"). */
  name: string;
  /** The English textarea, for the highlight layer to follow its size. */
  input: RefObject<HTMLTextAreaElement | null>;
  readOnly: boolean;
}

/** Where a term is in the text: offsets in the text itself (only when matching did not need to normalise it). */
interface Hit {
  term: number;
  start: number;
  end: number;
}

/**
 * Live term hits in the English field being edited (mounted only for the focused field, so the
 * cost is one pass over one text per keystroke): each glossary term the text uses, with its agreed
 * Chinese and an action that inserts that Chinese into the field's Chinese at its caret (one
 * undoable edit). Where positions in the text are exact, the terms are also marked in a layer
 * behind the text, which is not changed.
 */
export function TermHits({ elementId, field, text, name, input, readOnly }: Props) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const glossary = useProject((p) => p.glossary);
  const matcher = matchers.of(glossary);
  const hits = useMemo<Hit[]>(() => outermost(matcher.occurrences(text)).map((o) => ({ term: o.term, start: o.start, end: o.end })), [matcher, text]);
  // Offsets are in the matcher's normalised form; they are the text's own only when that is the text.
  const exact = useMemo(() => normaliseEnglishKeepCase(text) === text, [text]);
  const terms = useMemo(() => [...new Set(hits.map((h) => h.term))].map((i) => matcher.glossary[i]), [hits, matcher]);
  if (terms.length === 0) return null;

  const insert = async (zh: string) => {
    const target = input.current?.closest('.bi-field')?.querySelector<HTMLTextAreaElement>('textarea[data-lang="zh"]');
    if (!target) return;
    const from = target.selectionStart;
    const to = target.selectionEnd;
    const next = target.value.slice(0, from) + zh + target.value.slice(to);
    const ok = await actions.apply((p) => editText(p, elementId, field, 'zh', next));
    if (!ok) return;
    // Once the new text is drawn: the caret after what was inserted, in the Chinese.
    requestAnimationFrame(() => {
      target.focus();
      target.setSelectionRange(from + zh.length, from + zh.length);
    });
  };

  const langZh = t('editor.lang.zh');
  return (
    <>
      {exact && (
        <div className="term-layer" aria-hidden="true" data-testid="term-layer">
          {hits.map((h, i) => {
            const before = text.slice(i === 0 ? 0 : hits[i - 1].end, h.start);
            return (
              <span key={`${h.start}-${h.term}`}>
                {before}
                <mark className="term-mark">{text.slice(h.start, h.end)}</mark>
              </span>
            );
          })}
          {text.slice(hits[hits.length - 1].end)}
        </div>
      )}
      <ul className="term-hits" aria-label={t('glossary.hits.label', { name })} data-testid="term-hits">
        {terms.map((term) => (
          <li key={term.id}>
            <span className="term-hit-en" lang="en">{term.en}</span>
            <span className="term-hit-arrow" aria-hidden="true">→</span>
            <span className="term-hit-zh" lang="zh-CN" aria-label={t('glossary.hits.agreed', { zh: term.zh })}>{term.zh}</span>
            {!readOnly && (
              <button type="button" className="term-hit-insert" onClick={() => void insert(term.zh)} aria-label={t('glossary.hits.insertOf', { zh: term.zh, name, lang: langZh })}>
                {t('glossary.hits.insert')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
