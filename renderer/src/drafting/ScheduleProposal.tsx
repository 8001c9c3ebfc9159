import { useTranslation } from 'react-i18next';
import type { BiText } from '../../../shared/model/bilingual';
import type { Period } from '../../../shared/model/framework';
import { locateField, editTextsPatches } from '../../../shared/model/operations';
import { proposeSchedule } from '../../../shared/schedule/proposeSchedule';
import { useEditorActions } from '../editor/EditorContext';

interface Props {
  activityId: string;
  what: string;
  schedule: BiText;
  /** The plan period the schedule was written for (the annex's, in a new edition) and the new one. */
  from: Period;
  to: Period;
  readOnly: boolean;
}

/**
 * A carried-over activity's schedule moved into the new plan period, offered as a suggestion
 * (never applied on its own): "Use" writes both languages as one undoable step, so neither
 * language is flagged as needing review against the other.
 */
export function ScheduleProposal({ activityId, what, schedule, from, to, readOnly }: Props) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const en = proposeSchedule(schedule.en.text, from, to);
  const zh = proposeSchedule(schedule.zh.text, from, to);
  if (readOnly || (en === null && zh === null)) return null;
  const texts = { ...(en !== null ? { en } : {}), ...(zh !== null ? { zh } : {}) };
  const use = () =>
    void actions.apply((p) => {
      const f = locateField(p, activityId, 'schedule');
      const now = { en: proposeSchedule(f.value.en.text, from, to), zh: proposeSchedule(f.value.zh.text, from, to) };
      const next = { ...(now.en !== null ? { en: now.en } : {}), ...(now.zh !== null ? { zh: now.zh } : {}) };
      return { label: 'useProposedSchedule', patches: editTextsPatches(f.path, f.value, next) };
    });
  return (
    <div className="schedule-proposal" data-proposal-for={activityId}>
      <span className="proposal-caption">{t('drafting.proposal.caption', { edition: `${to.start}-${to.end}` })}</span>
      {texts.en !== undefined && <span className="proposal-text" lang="en">{texts.en}</span>}
      {texts.zh !== undefined && <span className="proposal-text" lang="zh-CN">{texts.zh}</span>}
      <button type="button" onClick={use} aria-label={t('drafting.proposal.useOf', { what })}>
        {t('drafting.proposal.use')}
      </button>
    </div>
  );
}
