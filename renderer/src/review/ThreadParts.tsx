import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { ReplyItem, Reviewer } from '../../../shared/review/model';
import { addReply, setResolved } from '../../../shared/review/operations';
import { formatDateTime } from '../format/dateTime';
import { applyReview, newItemId, nowIso, whoName } from './reviewApi';

/**
 * The parts every review thread shows, whatever it points at (a field of the text, a year's work
 * plan): who wrote it and when, the replies with a reply box, and the drafter's resolve button.
 * Each action is one undoable change through `applyReview`.
 */

/** "Name — Organisation, Country" (what is known of it). */
export function authorLine(a: Reviewer): string {
  return [a.name, [a.organisation, a.country].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
}

/** The author and the time, formatted in the UI language. */
export function Byline({ author, at }: { author: Reviewer; at: string }) {
  const { i18n } = useTranslation();
  return (
    <>
      <span className="review-author">{authorLine(author)}</span> <time dateTime={at}>{formatDateTime(at, i18n.language)}</time>
    </>
  );
}

interface RepliesProps {
  rootId: string;
  replies: readonly ReplyItem[];
  snapshot: Snapshot;
  /** Who is replying (nothing to reply with when no identity is set). */
  reviewer: Reviewer | null;
  /** The reply box's accessible name (defaults to "Reply"). */
  replyLabel?: string;
  onProblem: (e: unknown) => void;
}

/** A thread's replies, oldest first, and a box to add one. */
export function ThreadReplies({ rootId, replies, snapshot, reviewer, replyLabel, onProblem }: RepliesProps) {
  const { t } = useTranslation();
  const [reply, setReply] = useState('');
  return (
    <>
      {replies.map((r) => (
        <div className="review-reply" key={r.id} data-testid="review-reply">
          <Byline author={r.author} at={r.createdAt} />
          <p>{r.body}</p>
        </div>
      ))}
      {reviewer && (
        <form
          className="review-reply-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!reply.trim()) return;
            void applyReview(snapshot, addReply(snapshot.project, { id: newItemId(), parentId: rootId, author: reviewer, now: nowIso(), body: reply.trim() })).then(() => setReply(''), onProblem);
          }}
        >
          <input value={reply} placeholder={t('review.thread.reply')} aria-label={replyLabel ?? t('review.thread.reply')} data-testid="reply-body" onChange={(e) => setReply(e.target.value)} />
          <button type="submit" data-testid="reply-send">{t('review.thread.send')}</button>
        </form>
      )}
    </>
  );
}

/** The drafter's Resolve / Reopen button for a thread. */
export function ResolveToggle({ rootId, resolved, snapshot, reviewer, label, onProblem }: { rootId: string; resolved: boolean; snapshot: Snapshot; reviewer: Reviewer | null; label?: string; onProblem: (e: unknown) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" data-testid="toggle-resolved" aria-label={label} onClick={() => void applyReview(snapshot, setResolved(snapshot.project, rootId, !resolved, whoName(reviewer), nowIso())).catch(onProblem)}>
      {resolved ? t('review.thread.reopen') : t('review.thread.resolve')}
    </button>
  );
}
