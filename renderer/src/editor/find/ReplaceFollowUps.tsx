import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editTerm, GlossaryError } from '../../../../shared/glossary/operations';
import type { TermUpdate } from '../../../../shared/glossary/replaceUpdates';
import type { FlaggedLanguage } from '../../../../shared/search/findReplace';
import { useNavigate } from '../../navigation/NavigationContext';
import type { EditorActions } from '../useDocumentEditor';

export interface ReplaceOutcome {
  count: number;
  /** Languages the replace-all flagged "needs review" (their other language was rewritten). */
  flagged: FlaggedLanguage[];
  /** Glossary entries whose words it changed in the text. */
  updates: TermUpdate[];
}

/**
 * What a replace-all leaves to do, offered without blocking: review the other language of the
 * fields it flagged (the first is opened; Ctrl+Enter walks on), and bring each glossary entry whose
 * words it replaced up to date (one undoable change each).
 */
export function ReplaceFollowUps({ outcome, actions }: { outcome: ReplaceOutcome; actions: EditorActions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [settled, setSettled] = useState<Record<string, string>>({});
  const { flagged, updates } = outcome;
  const words = (u: TermUpdate) => u.langs.map((l) => ({ from: l === 'en' ? u.term.en : u.term.zh, to: l === 'en' ? u.next.en : u.next.zh }));

  const accept = async (u: TermUpdate) => {
    let refused: GlossaryError | null = null;
    const ok = await actions.apply((p) => {
      try {
        return editTerm(p, u.next);
      } catch (e) {
        if (e instanceof GlossaryError) refused = e;
        else throw e;
        return null;
      }
    });
    const r = refused as GlossaryError | null;
    setSettled((s) => ({ ...s, [u.term.id]: r ? t(`glossary.error.${r.code}`) : ok ? t('find.glossary.updated', { term: u.next.en }) : '' }));
  };

  return (
    <>
      {flagged.length > 0 && (
        <div className="find-followup" data-testid="replace-review">
          <p role="status">{t('find.flagged', { count: flagged.length })}</p>
          <button type="button" onClick={() => navigate({ elementId: flagged[0].elementId, field: flagged[0].field, lang: flagged[0].lang })}>
            {t('find.reviewFlagged')}
          </button>
        </div>
      )}
      {updates.map((u) =>
        settled[u.term.id] !== undefined ? (
          settled[u.term.id] && (
            <p key={u.term.id} className="find-followup" role="status">
              {settled[u.term.id]}
            </p>
          )
        ) : (
          <div key={u.term.id} className="find-followup" role="group" aria-label={t('find.glossary.label', { term: u.term.en })} data-testid="replace-glossary">
            <p>
              {t('find.glossary.offer', { term: u.term.en })}{' '}
              {words(u).map((w) => (
                <span key={w.from} className="term-change">
                  {t('find.glossary.change', { from: w.from, to: w.to })}
                </span>
              ))}
            </p>
            <button type="button" onClick={() => void accept(u)}>
              {t('find.glossary.update')}
            </button>
            <button type="button" onClick={() => setSettled((s) => ({ ...s, [u.term.id]: '' }))}>
              {t('find.glossary.keep')}
            </button>
          </div>
        ),
      )}
    </>
  );
}
