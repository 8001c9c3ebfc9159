import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { AnchorResolution } from '../../../shared/review/anchors';
import { DecisionSchema, type Decision, type Reviewer } from '../../../shared/review/model';
import { acceptSuggestion, editItem, rejectSuggestion, setDisposition } from '../../../shared/review/operations';
import type { Thread } from '../../../shared/review/threads';
import { useNavigate } from '../navigation/NavigationContext';
import { applyReview, nowIso, whoName } from './reviewApi';
import { Byline, ResolveToggle, ThreadReplies } from './ThreadParts';
import { QuotedRedline } from './QuotedRedline';
import { SuggestionDiff } from './SuggestionDiff';

interface Props {
  thread: Thread;
  where: AnchorResolution;
  label: string;
  snapshot: Snapshot;
  reviewer: Reviewer | null;
  /** The drafter decides (resolve, accept, dispositions); a reviewer on a review copy only comments and replies. */
  drafter: boolean;
  onProblem: (e: unknown) => void;
}

/** One comment or suggestion with its replies, its place in the text, and (for the drafter) the decision on it. */
export function ThreadCard({ thread, where, label, snapshot, reviewer, drafter, onProblem }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const d = thread.disposition;
  const [decision, setDecision] = useState<Decision | ''>(d?.decision ?? '');
  const [responseEn, setResponseEn] = useState(d?.response.en ?? '');
  const [responseZh, setResponseZh] = useState(d?.response.zh ?? '');
  const { root } = thread;
  const [editing, setEditing] = useState(false);
  const [editText, setEditText] = useState('');
  const [editReplacement, setEditReplacement] = useState('');
  // Authors edit and withdraw their own items (a new revision, which wins on merge); same name and organisation = same author.
  const mine = !!reviewer && reviewer.name === root.author.name && reviewer.organisation === root.author.organisation;
  const act = (f: () => Promise<unknown>) => void f().catch(onProblem);

  return (
    <article className={`review-thread ${thread.resolved ? 'resolved' : 'open'}`} data-testid="review-thread" data-item-id={root.id} data-kind={root.kind}>
      <header>
        <Byline author={root.author} at={root.createdAt} />
        <span className="review-status">{thread.resolved ? t('review.thread.resolved') : t('review.thread.open')}</span>
      </header>
      <button type="button" className="review-where" onClick={() => navigate({ elementId: root.anchor.elementId, field: root.anchor.field, lang: root.anchor.lang })}>
        {label} · {t(`versions.field.${root.anchor.field}`)} · {t(`editor.lang.${root.anchor.lang}`)}
      </button>
      {where.status === 'text-changed' && (
        <div className="review-changed" data-testid="text-changed">
          <strong>{t('review.thread.textChanged')}</strong>
          <div>{t('review.thread.was', { text: where.oldText })}</div>
          <div>{t('review.thread.now', { text: where.currentText })}</div>
        </div>
      )}
      {where.status === 'element-missing' && <div className="review-changed">{t('review.thread.elementMissing')}</div>}
      {root.kind === 'comment' && root.anchor.quote && where.status === 'ok' && <blockquote>{root.anchor.quote.exact}</blockquote>}
      {root.kind === 'suggestion' && (
        <div className="review-suggestion">
          <strong>{t('review.thread.suggestion')}</strong>
          {root.anchor.quote ? (
            <QuotedRedline quote={root.anchor.quote} replacement={root.replacement} lang={root.anchor.lang} />
          ) : (
            <SuggestionDiff before={where.status === 'element-missing' || d?.applied ? root.original : where.text} after={root.replacement} />
          )}
          {drafter && !thread.resolved && (
            <div className="review-buttons">
              <button type="button" data-testid="accept-suggestion" onClick={() => act(() => applyReview(snapshot, acceptSuggestion(snapshot.project, root.id, whoName(reviewer), nowIso(), { en: responseEn, zh: responseZh })))}>
                {t('review.thread.accept')}
              </button>
              <button type="button" data-testid="reject-suggestion" onClick={() => act(() => applyReview(snapshot, rejectSuggestion(snapshot.project, root.id, whoName(reviewer), nowIso(), { en: responseEn, zh: responseZh })))}>
                {t('review.thread.reject')}
              </button>
            </div>
          )}
          {d?.applied && <span className="review-applied">{t('review.thread.applied')}</span>}
        </div>
      )}
      {editing ? (
        <form
          className="review-reply-form review-edit"
          onSubmit={(e) => {
            e.preventDefault();
            act(async () => {
              await applyReview(snapshot, editItem(snapshot.project, root.id, { body: editText.trim(), ...(root.kind === 'suggestion' && !thread.resolved ? { replacement: editReplacement } : {}) }, nowIso()));
              setEditing(false);
            });
          }}
          onKeyDown={(e) => {
            // Escape drops the edit, as Cancel does: the item stays as it was.
            if (e.key === 'Escape') {
              e.preventDefault();
              setEditing(false);
            }
          }}
        >
          {root.kind === 'suggestion' && !thread.resolved && (
            <>
              <label className="review-field">
                {t('review.thread.editSuggestion')}
                <textarea value={editReplacement} rows={2} autoFocus data-testid="edit-replacement" onChange={(e) => setEditReplacement(e.target.value)} />
              </label>
              {root.anchor.quote && <QuotedRedline quote={root.anchor.quote} replacement={editReplacement} lang={root.anchor.lang} testId="edit-redline" />}
            </>
          )}
          <input value={editText} aria-label={t('review.thread.edit')} data-testid="edit-body" onChange={(e) => setEditText(e.target.value)} />
          <button type="submit" data-testid="edit-save">{t('review.thread.save')}</button>
          <button type="button" data-testid="edit-cancel" onClick={() => setEditing(false)}>
            {t('review.thread.cancel')}
          </button>
        </form>
      ) : (
        root.body && <p className="review-body">{root.body}</p>
      )}
      {mine && !editing && (
        <div className="review-buttons">
          <button type="button" data-testid="edit-item" onClick={() => { setEditText(root.body); setEditReplacement(root.kind === 'suggestion' ? root.replacement : ''); setEditing(true); }}>{t('review.thread.edit')}</button>
          <button type="button" data-testid="withdraw-item" onClick={() => act(() => applyReview(snapshot, editItem(snapshot.project, root.id, { deleted: true }, nowIso())))}>{t('review.thread.withdraw')}</button>
        </div>
      )}
      <ThreadReplies rootId={root.id} replies={thread.replies} snapshot={snapshot} reviewer={reviewer} onProblem={onProblem} />
      {drafter && (
        <div className="review-disposition">
          <label>
            {t('review.disposition.decision')}
            <select value={decision} data-testid="decision" onChange={(e) => setDecision(e.target.value as Decision | '')}>
              <option value="">{t('review.disposition.none')}</option>
              {DecisionSchema.options.map((o) => (
                <option key={o} value={o}>{t(`review.disposition.${o}`)}</option>
              ))}
            </select>
          </label>
          <textarea value={responseEn} placeholder={t('review.disposition.responseEn')} aria-label={t('review.disposition.responseEn')} data-testid="response-en" onChange={(e) => setResponseEn(e.target.value)} />
          <textarea value={responseZh} placeholder={t('review.disposition.responseZh')} aria-label={t('review.disposition.responseZh')} data-testid="response-zh" onChange={(e) => setResponseZh(e.target.value)} />
          <div className="review-buttons">
            <button type="button" disabled={!decision} data-testid="save-decision" onClick={() => decision && act(() => applyReview(snapshot, setDisposition(snapshot.project, root.id, { decision, response: { en: responseEn, zh: responseZh } }, whoName(reviewer), nowIso())))}>
              {t('review.disposition.save')}
            </button>
            <ResolveToggle rootId={root.id} resolved={thread.resolved} snapshot={snapshot} reviewer={reviewer} onProblem={onProblem} />
          </div>
        </div>
      )}
    </article>
  );
}
