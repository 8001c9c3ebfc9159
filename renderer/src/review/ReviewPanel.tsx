import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Snapshot } from '../../../shared/ipc/contract';
import { indexElements } from '../../../shared/model/elements';
import { computeLabels } from '../../../shared/model/labels';
import { resolveAnchor } from '../../../shared/review/anchors';
import { buildThreads } from '../../../shared/review/threads';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useNavigation } from '../navigation/NavigationContext';
import { Composer } from './Composer';
import { IdentityForm } from './IdentityForm';
import { saveIdentity, useReviewIdentities } from './useReviewIdentities';
import { RegisterView } from './RegisterView';
import { ReviewFiles } from './ReviewFiles';
import { ThreadCard } from './ThreadCard';
import './review.css';
import { errorText } from '../components/problemText';

/** The Comments side panel: who is commenting, the review files, a new comment, and the threads. */
export function ReviewPanel({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation();
  const { selection } = useNavigation();
  // Two identities, never mixed: the reviewer's (review copies; switching is explicit and moves an
  // open copy to that reviewer's own workspace) and the drafter's (replies and decisions on the draft).
  const [identities, setIdentities] = useReviewIdentities();
  const [editingIdentity, setEditingIdentity] = useState(false);
  const [scope, setScope] = useState<'here' | 'all'>('all');
  const [problem, setProblem] = useState<string | null>(null);
  const [registerOpen, setRegisterOpen] = useState(false);
  const { project, info } = snapshot;
  const index = useMemo(() => indexElements(project.framework), [project.framework]);
  const lang = useUiLanguage();
  const labels = useMemo(() => computeLabels(project.framework, lang), [project.framework, lang]);
  const threads = useMemo(() => buildThreads(project.review), [project.review]);
  const shown = scope === 'here' && selection ? threads.filter((th) => th.root.anchor.elementId === selection.elementId) : threads;
  const drafter = !project.review.workspace && !info.builtin;
  const onProblem = (e: unknown) => {
    // Closing the desktop's save dialog is not a problem.
    if (e instanceof ApiError && e.problem.code === 'cancelled') return;
    setProblem(errorText(t, e));
  };
  if (identities === undefined) return null;
  const reviewer = drafter ? identities.drafter : identities.reviewer;

  return (
    <div className="review-panel" data-testid="review-panel">
      {reviewer === null || editingIdentity ? (
        <IdentityForm
          initial={reviewer ?? (drafter ? { name: '', organisation: '', country: '', role: 'Drafter' } : null)}
          title={drafter ? t('review.identity.drafterTitle') : t('review.identity.title')}
          onSave={(r) =>
            void saveIdentity(identities, drafter, r).then((next) => {
              setIdentities(next);
              setEditingIdentity(false);
            }, onProblem)
          }
        />
      ) : (
        <p className="review-as" data-testid="review-as">
          {t(drafter ? 'review.identity.drafterAs' : 'review.identity.as', { name: reviewer.name })}{' '}
          <button type="button" data-testid="identity-switch" onClick={() => setEditingIdentity(true)}>{t(drafter ? 'review.identity.change' : 'review.identity.switch')}</button>
        </p>
      )}
      <ReviewFiles snapshot={snapshot} onProblem={onProblem} onOpenRegister={() => setRegisterOpen(true)} />
      {problem && (
        <p className="review-problem" role="alert" onClick={() => setProblem(null)}>{problem}</p>
      )}
      {reviewer && !info.builtin && <Composer snapshot={snapshot} reviewer={reviewer} onProblem={onProblem} />}
      <div className="review-row" role="group">
        <button type="button" aria-pressed={scope === 'all'} onClick={() => setScope('all')}>{t('review.thread.showAll')}</button>
        <button type="button" aria-pressed={scope === 'here'} onClick={() => setScope('here')}>{t('review.thread.showHere')}</button>
      </div>
      {shown.length === 0 && <p className="review-hint">{t('review.thread.none')}</p>}
      {shown.map((th) => (
        <ThreadCard
          key={`${th.root.id}:${th.root.rev}:${th.disposition?.rev ?? -1}`}
          thread={th}
          where={resolveAnchor(th.root.anchor, index)}
          label={labels.get(th.root.anchor.elementId)?.label ?? th.root.anchor.elementId}
          snapshot={snapshot}
          reviewer={reviewer}
          drafter={drafter}
          onProblem={onProblem}
        />
      ))}
      {registerOpen && <RegisterView snapshot={snapshot} onClose={() => setRegisterOpen(false)} onProblem={onProblem} />}
    </div>
  );
}
