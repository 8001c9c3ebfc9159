import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmLinkPatches, markAdditionalPatches, rejectLinkPatches, unwaivePatches, waivePatches } from '../../../shared/checks/changes';
import { FAMILIES, SEVERITIES, type Finding } from '../../../shared/checks/finding';
import { elementLocator } from '../../../shared/checks/locate';
import type { Snapshot } from '../../../shared/ipc/contract';
import type { OperationCode } from '../../../shared/model/operations';
import type { Patch } from '../../../shared/model/patch/patch';
import type { Project } from '../../../shared/model/project';
import type { EditorActions } from '../editor/useDocumentEditor';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { FindingItem, type FindingActions } from './FindingItem';
import { useFindings } from './useFindings';
import './findings.css';

interface Props {
  snapshot: Snapshot;
  actions: EditorActions;
}

/**
 * The consistency findings of the open project, grouped by severity and family, following the
 * user's typing. A finding leads to its field; it can be waived with a reason (kept in the
 * project, listed under "Waived"); proposed links between activities and main activities are
 * confirmed or rejected here.
 */
export function FindingsPanel({ snapshot, actions }: Props) {
  const { t } = useTranslation();
  const { project, info } = snapshot;
  const result = useFindings();
  const [view, setView] = useState<'active' | 'waived'>('active');
  const lang = useUiLanguage();
  const locate = useMemo(() => elementLocator(project.framework, lang), [project.framework, lang]);
  // Each activity's component's main activities, for linking an untraced activity by hand.
  const linkTargets = useMemo(() => {
    const fw = project.framework;
    const out = new Map<string, Array<{ id: string; number: string }>>();
    for (const pc of fw.actionPlan.components) {
      const c = fw.components.find((x) => x.id === pc.componentId);
      const targets = (c?.mainActivities ?? []).map((m, i) => ({ id: m.id, number: String(i + 1) }));
      for (const a of pc.actions) for (const x of a.activities) out.set(x.id, targets);
    }
    return out;
  }, [project.framework]);

  // Changes go through the editor's queue as one undoable step each; the undo label is plain words.
  const change = (label: string, compile: (p: Project) => Patch[]) =>
    void actions.apply((p) => ({ label: label as OperationCode, patches: compile(p) }));
  const findingActions: FindingActions | null = info.readOnly
    ? null
    : {
        waive: (f: Finding, reason: string) => change(t('findings.undo.waive'), (p) => waivePatches(p, { key: f.key, reason, at: new Date().toISOString() })),
        unwaive: (key: string) => change(t('findings.undo.unwaive'), (p) => unwaivePatches(p, key)),
        confirmLink: (a, m) => change(t('findings.undo.link'), (p) => confirmLinkPatches(p, a, m)),
        rejectLink: (a, m) => change(t('findings.undo.reject'), (p) => rejectLinkPatches(p, a, m)),
        markAdditional: (a) => change(t('findings.undo.additional'), (p) => markAdditionalPatches(p, a)),
      };

  const { counts } = result;
  return (
    <section className="findings-panel" aria-label={t('findings.panelLabel')}>
      <p className="findings-summary" data-testid="findings-summary">
        {t('findings.summary', { errors: counts.error, warnings: counts.warning, infos: counts.info })}
      </p>
      <div className="findings-views" role="group">
        <button type="button" aria-pressed={view === 'active'} onClick={() => setView('active')}>
          {t('findings.views.active')}
        </button>
        <button type="button" aria-pressed={view === 'waived'} data-view="waived" onClick={() => setView('waived')}>
          {t('findings.views.waived', { count: result.waived.length })}
        </button>
      </div>
      {info.readOnly && <p className="findings-note">{t('findings.readOnly')}</p>}
      {view === 'active' ? (
        result.active.length === 0 ? (
          <p className="findings-empty">{t('findings.empty')}</p>
        ) : (
          SEVERITIES.map((severity) => {
            const ofSeverity = result.active.filter((f) => f.severity === severity);
            if (ofSeverity.length === 0) return null;
            return (
              <details key={severity} className={`findings-severity severity-${severity}`} open={severity !== 'info'} data-severity={severity}>
                <summary>
                  {t(`findings.severity.${severity}`)} ({ofSeverity.length})
                </summary>
                {FAMILIES.map((family) => {
                  const items = ofSeverity.filter((f) => f.family === family);
                  if (items.length === 0) return null;
                  return (
                    <div key={family} className="findings-family" data-family={family}>
                      <h4>{t(`findings.family.${family}`)}</h4>
                      <ul>
                        {items.map((f) => (
                          <FindingItem key={f.key} finding={f} locate={locate} actions={findingActions} linkTargets={linkTargets.get(f.elementIds[0])} />
                        ))}
                      </ul>
                    </div>
                  );
                })}
              </details>
            );
          })
        )
      ) : result.waived.length === 0 ? (
        <p className="findings-empty">{t('findings.waivedNone')}</p>
      ) : (
        <ul className="findings-waived">
          {result.waived.map(({ finding, waiver }) => (
            <FindingItem key={finding.key} finding={finding} locate={locate} waiver={waiver} actions={findingActions} />
          ))}
        </ul>
      )}
    </section>
  );
}
