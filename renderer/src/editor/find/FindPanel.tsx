import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../../shared/ipc/contract';
import type { Language } from '../../../../shared/model/bilingual';
import { computeLabels } from '../../../../shared/model/labels';
import { termUpdatesAfterReplace } from '../../../../shared/glossary/replaceUpdates';
import { findMatches, replaceAll, replaceOne, type SearchMatch, type SearchQuery } from '../../../../shared/search/findReplace';
import { useUiLanguage } from '../../hooks/useUiLanguage';
import { useNavigate } from '../../navigation/NavigationContext';
import type { EditorActions } from '../useDocumentEditor';
import { ReplaceFollowUps, type ReplaceOutcome } from './ReplaceFollowUps';
import './find.css';

/** Results shown at most (the count says how many there are). */
const SHOWN = 300;

function Snippet({ m }: { m: SearchMatch }) {
  const from = Math.max(0, m.start - 40);
  const to = Math.min(m.text.length, m.end + 40);
  return (
    <span className="snippet">
      {from > 0 && '…'}
      {m.text.slice(from, m.start)}
      <mark>{m.text.slice(m.start, m.end)}</mark>
      {m.text.slice(m.end, to)}
      {to < m.text.length && '…'}
    </span>
  );
}

/** Find and replace across both languages, with a result list that jumps to each match. */
export function FindPanel({ snapshot, actions }: { snapshot: Snapshot; actions: EditorActions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [langs, setLangs] = useState<Record<Language, boolean>>({ en: true, zh: true });
  const [status, setStatus] = useState<string | null>(null);
  // Each replace-all's follow-ups start afresh (a new key): what was offered for the last one is moot.
  const [outcome, setOutcome] = useState<{ run: number; made: ReplaceOutcome } | null>(null);
  const fw = snapshot.project.framework;
  const readOnly = snapshot.info.readOnly;
  const query: SearchQuery = useMemo(
    () => ({ text, caseSensitive, wholeWord, langs: (['en', 'zh'] as const).filter((l) => langs[l]) }),
    [text, caseSensitive, wholeWord, langs],
  );
  const deferred = useDeferredValue(query);
  const matches = useMemo(() => findMatches(fw, deferred), [fw, deferred]);
  const uiLang = useUiLanguage();
  const labels = useMemo(() => computeLabels(fw, uiLang), [fw, uiLang]);

  const doReplaceAll = async () => {
    let made: ReplaceOutcome = { count: 0, flagged: [], updates: [] };
    const applied = await actions.apply((p) => {
      const op = replaceAll(p, query, replacement);
      made = { count: op.count, flagged: op.flagged, updates: termUpdatesAfterReplace(p.glossary, op.matches, query, replacement) };
      return op;
    });
    setStatus(t('find.replaced', { count: made.count }));
    setOutcome(applied ? { run: (outcome?.run ?? 0) + 1, made } : null);
  };

  return (
    <div className="find-panel" data-testid="find-panel">
      <label className="plain-field">
        <span className="plain-label">{t('find.find')}</span>
        <input autoFocus value={text} onChange={(e) => setText(e.target.value)} data-testid="find-input" />
      </label>
      <label className="plain-field">
        <span className="plain-label">{t('find.replaceWith')}</span>
        <input value={replacement} onChange={(e) => setReplacement(e.target.value)} readOnly={readOnly} data-testid="replace-input" />
      </label>
      <div className="find-options">
        <label><input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> {t('find.matchCase')}</label>
        <label><input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> {t('find.wholeWord')}</label>
        {(['en', 'zh'] as const).map((l) => (
          <label key={l}>
            <input type="checkbox" checked={langs[l]} onChange={(e) => setLangs({ ...langs, [l]: e.target.checked })} /> {t(`editor.lang.${l}`)}
          </label>
        ))}
      </div>
      <div className="find-actions">
        <span data-testid="find-count">{text ? t('find.count', { count: matches.length }) : ''}</span>
        <span className="spacer" />
        {!readOnly && (
          <button type="button" disabled={matches.length === 0} onClick={() => void doReplaceAll()} data-testid="replace-all">
            {t('find.replaceAll')}
          </button>
        )}
      </div>
      {status && <p className="find-status" role="status">{status}</p>}
      {outcome && <ReplaceFollowUps key={outcome.run} outcome={outcome.made} actions={actions} />}
      <ol className="find-results">
        {matches.slice(0, SHOWN).map((m) => (
          <li key={`${m.elementId}/${m.field}/${m.lang}/${m.start}`}>
            <button type="button" className="find-result" onClick={() => navigate({ elementId: m.elementId, field: m.field, lang: m.lang })}>
              <span className="where">
                {t(`find.kind.${m.kind}`)} {labels.get(m.elementId)?.label ?? ''} · {t(`editor.lang.${m.lang}`)}
              </span>
              <Snippet m={m} />
            </button>
            {!readOnly && (
              <button type="button" className="link-button" onClick={() => void actions.apply((p) => replaceOne(p, m, query, replacement))}>
                {t('find.replaceOne')}
              </button>
            )}
          </li>
        ))}
      </ol>
      {matches.length > SHOWN && <p>{t('find.more', { count: matches.length - SHOWN })}</p>}
    </div>
  );
}
