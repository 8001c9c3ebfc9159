import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Snapshot } from '../../../shared/ipc/contract';
import type { Reviewer, ReviewState } from '../../../shared/review/model';
import { addWorkPlanComment, editWorkPlanComment, isAuthor, workPlanThreads, type WorkPlanThread } from '../../../shared/review/workPlanThreads';
import { errorText } from '../components/problemText';
import { IdentityForm } from '../review/IdentityForm';
import { applyReview, newItemId, nowIso } from '../review/reviewApi';
import { Byline, ResolveToggle, ThreadReplies } from '../review/ThreadParts';
import { saveIdentity, useReviewIdentities } from '../review/useReviewIdentities';
import { useProject, useStoreState } from '../store/useProjectStore';
import '../review/review.css';

/**
 * NFP feedback on an annual work plan (section 5.1 (iii)) as review threads, on the Work plan tab:
 * per planned activity and for the plan as a whole. The same machinery and roles as comments on
 * the text (../review): on a review copy the NFP comments and replies as the reviewer; on the draft
 * the secretariat writes, replies and resolves as the drafter. Each action is one undoable change.
 */

export interface CommentCount {
  open: number;
  total: number;
}

/** Open and total threads per anchor of a year's plan (key: activity id, or '' for the plan as a whole). */
export function useWorkPlanCommentCounts(year: number): Map<string, CommentCount> {
  const review = useProject((p) => p.review);
  return useMemo(() => countThreads(review, year), [review, year]);
}

function countThreads(review: ReviewState, year: number): Map<string, CommentCount> {
  const counts = new Map<string, CommentCount>();
  for (const th of workPlanThreads(review, year)) {
    const key = th.root.workPlan.activityId ?? '';
    const c = counts.get(key) ?? { open: 0, total: 0 };
    counts.set(key, { open: c.open + (th.resolved ? 0 : 1), total: c.total + 1 });
  }
  return counts;
}

/** The button opening an anchor's threads: its count shown, its accessible name saying what it is on. */
export function CommentsToggle({ label, text, count, expanded, controls, onToggle }: { label: string; text?: string; count: CommentCount; expanded: boolean; controls: string; onToggle: () => void }) {
  const { t } = useTranslation();
  const counts = t('record.workPlan.comments.counts', { open: count.open, total: count.total });
  return (
    <button
      type="button"
      className={count.open > 0 ? 'record-workplan-comment-toggle open' : 'record-workplan-comment-toggle'}
      aria-expanded={expanded}
      aria-controls={controls}
      data-testid="workplan-comments-toggle"
      data-open={count.open}
      data-total={count.total}
      onClick={onToggle}
    >
      {/* The full name (what it is on, and the counts) is read out; the short form is what is seen. */}
      <span aria-hidden="true">{text ? `${text} ` : ''}✎ {count.open}/{count.total}</span>
      <span className="record-sr">{`${label} (${counts})`}</span>
    </button>
  );
}

/** The threads on one anchor (an activity of the year's plan, or the plan as a whole), and a box to comment. */
export function WorkPlanCommentsPanel({ id, year, activityId, activityLabel }: { id: string; year: number; activityId: string | null; activityLabel: string }) {
  const { t } = useTranslation();
  const snapshot = useStoreState();
  const [identities, setIdentities] = useReviewIdentities();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const composeBox = useRef<HTMLTextAreaElement>(null);
  if (!snapshot || identities === undefined) return null;
  const { project, info } = snapshot;
  // As in the Comments panel: the drafter on the draft, the reviewer on a review copy; the built-in edition takes no comments.
  const drafter = !project.review.workspace && !info.builtin;
  const me = drafter ? identities.drafter : identities.reviewer;
  const onProblem = (e: unknown) => {
    if (e instanceof ApiError && e.problem.code === 'cancelled') return;
    setProblem(errorText(t, e));
  };
  const threads = workPlanThreads(project.review, year).filter((th) => th.root.workPlan.activityId === activityId);
  const what = activityId === null ? t('record.workPlan.comments.wholePlan') : activityLabel;
  const composeLabel = activityId === null ? t('record.workPlan.comments.onPlan', { year }) : t('record.workPlan.comments.on', { activity: activityLabel, year });
  return (
    <section id={id} className="record-workplan-comments" aria-label={activityId === null ? t('record.workPlan.comments.threadsPlan', { year }) : t('record.workPlan.comments.threads', { activity: activityLabel, year })} data-testid="workplan-comments">
      {problem && (
        <p className="record-error" role="alert">{problem}</p>
      )}
      <p className="record-sr" role="status">{notice ?? ''}</p>
      {threads.length === 0 && <p className="record-muted">{t('record.workPlan.comments.noComments')}</p>}
      {threads.map((th) => (
        <WorkPlanThreadCard
          key={th.root.id}
          thread={th}
          what={what}
          snapshot={snapshot}
          me={me}
          drafter={drafter}
          onProblem={onProblem}
          onWithdrawn={() => {
            // The thread is gone: say so, and leave the keyboard in the box for a new comment.
            setNotice(t('record.workPlan.comments.withdrawn', { activity: what }));
            composeBox.current?.focus();
          }}
        />
      ))}
      {!info.builtin && me === null && (
        <IdentityForm
          initial={drafter ? { name: '', organisation: '', country: '', role: 'Drafter' } : null}
          title={drafter ? t('review.identity.drafterTitle') : t('review.identity.title')}
          onSave={(r) => void saveIdentity(identities, drafter, r).then(setIdentities, onProblem)}
        />
      )}
      {!info.builtin && me && (
        <form
          className="review-reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!body.trim()) return;
            setProblem(null);
            try {
              const change = addWorkPlanComment(project, { id: newItemId(), author: me, now: nowIso(), body: body.trim(), workPlan: { year, activityId } });
              void applyReview(snapshot, change).then(() => setBody(''), onProblem);
            } catch (err) {
              onProblem(err);
            }
          }}
        >
          <textarea ref={composeBox} value={body} rows={2} aria-label={composeLabel} placeholder={composeLabel} data-testid="workplan-comment-body" onChange={(e) => setBody(e.target.value)} />
          <button type="submit" disabled={!body.trim()} data-testid="workplan-comment-add">{t('review.compose.add')}</button>
        </form>
      )}
    </section>
  );
}

interface CardProps {
  thread: WorkPlanThread;
  /** What the thread is on (an activity's label, or "the plan as a whole"), for the accessible names. */
  what: string;
  snapshot: Snapshot;
  me: Reviewer | null;
  drafter: boolean;
  onProblem: (e: unknown) => void;
  /** The author withdrew the comment (its card is about to go). */
  onWithdrawn: () => void;
}

/** One work-plan comment with its replies; its author edits or withdraws it; the drafter resolves it. */
function WorkPlanThreadCard({ thread, what, snapshot, me, drafter, onProblem, onWithdrawn }: CardProps) {
  const { t } = useTranslation();
  const { root } = thread;
  const author = root.author.name;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // Leaving the edit (saved, cancelled, Escape) puts the keyboard back on the Edit button.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const stopEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };
  // An edit or a withdrawal is a change of the author's own item (refused for anyone else's).
  const change = (edit: { body: string } | { withdraw: true }, then: () => void) => {
    try {
      void applyReview(snapshot, editWorkPlanComment(snapshot.project, { id: root.id, by: me, now: nowIso(), ...edit })).then(then, onProblem);
    } catch (err) {
      onProblem(err);
    }
  };
  return (
    <article className={`review-thread ${thread.resolved ? 'resolved' : 'open'}`} data-testid="workplan-thread" data-item-id={root.id}>
      <header>
        <Byline author={root.author} at={root.createdAt} />
        {root.rev > 0 && <span className="review-edited" data-testid="workplan-comment-edited"> ({t('record.workPlan.comments.edited')})</span>}
        <span className="review-status">{thread.resolved ? t('review.thread.resolved') : t('review.thread.open')}</span>
      </header>
      {editing ? (
        <form
          className="review-reply-form review-edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) change({ body: text }, stopEditing);
          }}
          onKeyDown={(e) => {
            // Escape drops the edit, as Cancel does: the comment stays as it was.
            if (e.key === 'Escape') {
              e.preventDefault();
              stopEditing();
            }
          }}
        >
          <textarea value={text} rows={2} autoFocus aria-label={t('record.workPlan.comments.editBox', { activity: what })} data-testid="workplan-comment-edit-body" onChange={(e) => setText(e.target.value)} />
          <button type="submit" disabled={!text.trim()} data-testid="workplan-comment-save">{t('record.workPlan.comments.save')}</button>
          <button type="button" data-testid="workplan-comment-cancel" onClick={stopEditing}>{t('record.workPlan.comments.cancel')}</button>
        </form>
      ) : (
        <p className="review-body">{root.body}</p>
      )}
      {isAuthor(root, me) && !editing && (
        <div className="review-buttons">
          <button type="button" ref={editButton} aria-label={t('record.workPlan.comments.edit', { activity: what })} data-testid="workplan-comment-edit" onClick={() => { setText(root.body); setEditing(true); }}>
            {t('review.thread.edit')}
          </button>
          <button type="button" aria-label={t('record.workPlan.comments.withdraw', { activity: what })} data-testid="workplan-comment-withdraw" onClick={() => change({ withdraw: true }, onWithdrawn)}>
            {t('review.thread.withdraw')}
          </button>
        </div>
      )}
      <ThreadReplies rootId={root.id} replies={thread.replies} snapshot={snapshot} reviewer={me} replyLabel={t('record.workPlan.comments.replyTo', { author, activity: what })} onProblem={onProblem} />
      {drafter && (
        <div className="review-buttons">
          <ResolveToggle rootId={root.id} resolved={thread.resolved} snapshot={snapshot} reviewer={me} label={t(thread.resolved ? 'record.workPlan.comments.reopenFrom' : 'record.workPlan.comments.resolveFrom', { author, activity: what })} onProblem={onProblem} />
        </div>
      )}
    </article>
  );
}
