import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { carriedOverUnder, dropCarriedOver, keepCarriedOver } from '../../../shared/model/operations';
import { useConfirm } from '../dialog/ConfirmProvider';
import { useEditorActions } from '../editor/EditorContext';
import { useNavigate } from '../navigation/NavigationContext';
import './drafting.css';

interface ActivityProps {
  activityId: string;
  /** The activity as printed ("Activity 1-2"), so every button says which one it acts on. */
  what: string;
  readOnly: boolean;
}

/**
 * The review of one activity a new edition carried over: *Keep* clears the mark, *Revise* opens
 * its text and waits for the drafter to confirm the revision (which clears the mark), *Drop*
 * removes it after confirming. Each is one undoable step.
 */
export function ActivityCarriedOver({ activityId, what, readOnly }: ActivityProps) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const confirm = useConfirm();
  const navigate = useNavigate();
  const [revising, setRevising] = useState(false);
  const keep = (label: 'keepCarriedOver' | 'reviseCarriedOver') => void actions.flushDrafts().then(() => actions.apply((p) => keepCarriedOver(p, [activityId], label)));
  const drop = () =>
    void confirm({ title: t('drafting.carriedOver.drop'), message: t('drafting.carriedOver.confirmDrop', { what }), confirmLabel: t('drafting.carriedOver.drop') }).then((ok) => {
      if (ok) void actions.apply((p) => dropCarriedOver(p, [activityId]));
    });
  return (
    <div className="carried-over" role="group" aria-label={t('drafting.carriedOver.groupOf', { what })} data-carried-over={activityId}>
      <span className="carried-badge">{t('drafting.carriedOver.badge')}</span>
      {!readOnly &&
        (revising ? (
          <>
            <button type="button" className="primary" onClick={() => keep('reviseCarriedOver')} aria-label={t('drafting.carriedOver.confirmReviseOf', { what })}>
              {t('drafting.carriedOver.confirmRevise')}
            </button>
            <button type="button" onClick={() => setRevising(false)} aria-label={t('drafting.carriedOver.cancelReviseOf', { what })}>
              {t('dialog.cancel')}
            </button>
          </>
        ) : (
          <>
            <button type="button" data-action="keep" onClick={() => keep('keepCarriedOver')} aria-label={t('drafting.carriedOver.keepOf', { what })}>
              {t('drafting.carriedOver.keep')}
            </button>
            <button
              type="button"
              data-action="revise"
              onClick={() => {
                setRevising(true);
                navigate({ elementId: activityId, field: 'text', lang: 'en' });
              }}
              aria-label={t('drafting.carriedOver.reviseOf', { what })}
            >
              {t('drafting.carriedOver.revise')}
            </button>
            <button type="button" data-action="drop" className="danger" onClick={drop} aria-label={t('drafting.carriedOver.dropOf', { what })}>
              {t('drafting.carriedOver.drop')}
            </button>
          </>
        ))}
    </div>
  );
}

interface BulkProps {
  /** How many carried-over activities the scope holds now (the controls show only when some do). */
  count: number;
  /** An action, an action-plan component or a component. */
  scopeId: string;
  what: string;
  readOnly: boolean;
}

/** Keep or drop every carried-over activity of an action or a component at once (one undoable step). */
export function BulkCarriedOver({ count, scopeId, what, readOnly }: BulkProps) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const confirm = useConfirm();
  if (count === 0 || readOnly) return null;
  const drop = () =>
    void confirm({
      title: t('drafting.carriedOver.dropAll'),
      message: t('drafting.carriedOver.confirmDropAll', { what, count }),
      confirmLabel: t('drafting.carriedOver.dropAll'),
    }).then((ok) => {
      if (ok) void actions.apply((p) => dropCarriedOver(p, carriedOverUnder(p.framework, scopeId)));
    });
  return (
    <div className="carried-over bulk" role="group" aria-label={t('drafting.carriedOver.bulkOf', { what })} data-carried-over-bulk={scopeId}>
      <span className="carried-badge">{t('drafting.carriedOver.count', { count })}</span>
      <button
        type="button"
        data-action="keep-all"
        onClick={() => void actions.flushDrafts().then(() => actions.apply((p) => keepCarriedOver(p, carriedOverUnder(p.framework, scopeId))))}
        aria-label={t('drafting.carriedOver.keepAllOf', { what, count })}
      >
        {t('drafting.carriedOver.keepAll')}
      </button>
      <button type="button" data-action="drop-all" className="danger" onClick={drop} aria-label={t('drafting.carriedOver.dropAllOf', { what, count })}>
        {t('drafting.carriedOver.dropAll')}
      </button>
    </div>
  );
}
