import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/checks/finding';
import type { Waiver } from '../../../shared/checks/waiver';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useNavigate } from '../navigation/NavigationContext';
import { findingMessage } from './findingMessage';
import type { Framework, ListItem } from '../../../shared/model/framework';
import type { RowPlace } from './FindingsList';
import { useProject } from '../store/useProjectStore';
import { WaiveForm } from './WaiveForm';

/** What a finding row can change (absent when the project is read-only). */
export interface FindingActions {
  waive(f: Finding, reason: string): void;
  unwaive(key: string): void;
  confirmLink(activityId: string, mainActivityId: string): void;
  rejectLink(activityId: string, mainActivityId: string): void;
  markAdditional(activityId: string): void;
}

interface Props {
  finding: Finding;
  /** "6. › Component 2 › Action 1 › Activity 1-1" for an element id, in the UI language. */
  locate: (id: string) => string;
  waiver?: Waiver;
  actions: FindingActions | null;
  /** Its place in the windowed list (FindingsList). */
  index: number;
  measure: RowPlace['measure'];
}

type LinkTarget = { id: string; number: string };
const targetsByList = new WeakMap<readonly ListItem[], LinkTarget[]>();
const NO_TARGETS: LinkTarget[] = [];

/** The main activities of the component an activity belongs to (numbered from 1), to link one by hand; kept by identity while they do not change. */
function linkTargetsOf(fw: Framework, activityId: string): LinkTarget[] {
  const pc = fw.actionPlan.components.find((c) => c.actions.some((a) => a.activities.some((x) => x.id === activityId)));
  const list = pc ? fw.components.find((c) => c.id === pc.componentId)?.mainActivities : undefined;
  if (!list) return NO_TARGETS;
  let targets = targetsByList.get(list);
  if (!targets) {
    targets = list.map((m, i) => ({ id: m.id, number: String(i + 1) }));
    targetsByList.set(list, targets);
  }
  return targets;
}

/**
 * One finding: its message (click to go to the field), where it is, and what can be done about it.
 * Memoised: after an edit only the findings that changed re-render.
 */
export const FindingItem = memo(function FindingItem({ finding: f, locate, waiver, actions, index, measure }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const uiLang = useUiLanguage();
  const [waiving, setWaiving] = useState(false);
  const [target, setTarget] = useState('');
  const first = f.elementIds[0] ?? (typeof f.data.first === 'string' ? f.data.first : null);
  const go = (elementId: string, withField: boolean) =>
    navigate({ elementId, field: withField ? (f.field ?? (typeof f.data.firstField === 'string' ? (f.data.firstField as never) : undefined)) : undefined, lang: withField ? f.lang : undefined });
  const proposals = f.code === 'coverage-proposed' ? (f.data.mainActivityIds as string[]).map((id, i) => ({ id, number: (f.data.numbers as string[])[i] })) : [];
  const activityId = f.elementIds[0];
  const untraced = f.code === 'coverage-untraced' && !waiver;
  const linkTargets = useProject((p) => (untraced ? linkTargetsOf(p.framework, activityId) : NO_TARGETS));

  return (
    <li className={`finding severity-${f.severity}`} data-finding-key={f.key} data-code={f.code} data-family={f.family} data-index={index} ref={measure}>
      <button type="button" className="finding-message" disabled={!first} onClick={() => first && go(first, true)} title={t('findings.goTo')}>
        {findingMessage(t, f, uiLang)}
      </button>
      <div className="finding-where">
        {f.elementIds.map((id, i) => (
          <button key={id} type="button" className="finding-element" onClick={() => go(id, i === 0)}>
            {locate(id) || id}
          </button>
        ))}
      </div>
      {waiver && <p className="finding-waiver">{t('findings.waivedBecause', { reason: waiver.reason })}</p>}
      {actions && (
        <div className="finding-actions">
          {proposals.map((p) => (
            <span key={p.id} className="finding-proposal">
              <button type="button" data-action="confirm-link" onClick={() => actions.confirmLink(activityId, p.id)}>
                {t('findings.confirmLink', { number: p.number })}
              </button>
              <button type="button" data-action="reject-link" onClick={() => actions.rejectLink(activityId, p.id)}>
                {t('findings.rejectLink', { number: p.number })}
              </button>
            </span>
          ))}
          {untraced && linkTargets.length > 0 && (
            <span className="finding-proposal">
              <select aria-label={t('findings.linkTo')} value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">{t('findings.linkTo')}</option>
                {linkTargets.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.number}
                  </option>
                ))}
              </select>
              <button type="button" data-action="link" disabled={!target} onClick={() => actions.confirmLink(activityId, target)}>
                {t('findings.link')}
              </button>
            </span>
          )}
          {(f.code === 'coverage-proposed' || f.code === 'coverage-untraced') && (
            <button type="button" data-action="additional" onClick={() => actions.markAdditional(activityId)}>
              {t('findings.markAdditional')}
            </button>
          )}
          {waiver ? (
            <button type="button" data-action="unwaive" onClick={() => actions.unwaive(f.key)}>
              {t('findings.unwaive')}
            </button>
          ) : waiving ? (
            <WaiveForm
              onCancel={() => setWaiving(false)}
              onWaive={(reason) => {
                setWaiving(false);
                actions.waive(f, reason);
              }}
            />
          ) : (
            <button type="button" data-action="waive" onClick={() => setWaiving(true)}>
              {t('findings.waive')}
            </button>
          )}
        </div>
      )}
    </li>
  );
});
