import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmLinkPatches, markAdditionalPatches, rejectLinkPatches, unwaivePatches, waivePatches } from '../../../shared/checks/changes';
import { FAMILIES, SEVERITIES, type Family, type Finding, type Severity } from '../../../shared/checks/finding';
import type { Waiver } from '../../../shared/checks/waiver';
import { elementLocator } from '../../../shared/checks/locate';
import type { ProjectInfo } from '../../../shared/ipc/contract';
import type { OperationCode } from '../../../shared/model/operations';
import type { Patch } from '../../../shared/model/patch/patch';
import { perObject } from '../../../shared/model/perPart';
import type { Project } from '../../../shared/model/project';
import type { EditorActions } from '../editor/useDocumentEditor';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useInfo, useProject } from '../store/useProjectStore';
import { FindingItem, type FindingActions } from './FindingItem';
import { FindingsList, type RowPlace } from './FindingsList';
import { useFindings } from './useFindings';
import './findings.css';

interface Props {
  actions: EditorActions;
}

const frameworkOf = (p: Project) => p.framework;
const readOnlyOf = (i: ProjectInfo) => i.readOnly;

/**
 * The consistency findings of the open project, grouped by severity and family, following the
 * user's typing. A finding leads to its field; it can be waived with a reason (kept in the
 * project, listed under "Waived"); proposed links between activities and main activities are
 * confirmed or rejected here. The list is windowed (FindingsList): at ten times the published
 * size there are thousands of findings, and only those near the viewport are in the page.
 */
export const FindingsPanel = memo(function FindingsPanel({ actions }: Props) {
  const { t } = useTranslation();
  // What the panel shows of the project, read on its own: a commit elsewhere does not redraw it.
  const framework = useProject(frameworkOf);
  const readOnly = useInfo(readOnlyOf);
  const result = useFindings();
  const [view, setView] = useState<'active' | 'waived'>('active');
  // Notes start folded, as the published edition has dozens of them.
  const [open, setOpen] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: false });
  const toggle = useCallback((s: Severity) => setOpen((o) => ({ ...o, [s]: !o[s] })), []);
  const lang = useUiLanguage();
  // The same function while no label or parent changed (typing changes neither): rows keep still.
  const locate = elementLocator(framework, lang);
  // One object while the project stays writable, so the (memoised) rows need not re-render for it.
  const findingActions = useMemo((): FindingActions | null => {
    if (readOnly) return null;
    const change = (label: string, compile: (p: Project) => Patch[]) =>
      void actions.apply((p) => ({ label: label as OperationCode, patches: compile(p) }));
    return {
      waive: (f: Finding, reason: string) => change(t('findings.undo.waive'), (p) => waivePatches(p, { key: f.key, reason, at: new Date().toISOString() })),
      unwaive: (key: string) => change(t('findings.undo.unwaive'), (p) => unwaivePatches(p, key)),
      confirmLink: (a, m) => change(t('findings.undo.link'), (p) => confirmLinkPatches(p, a, m)),
      rejectLink: (a, m) => change(t('findings.undo.reject'), (p) => rejectLinkPatches(p, a, m)),
      markAdditional: (a) => change(t('findings.undo.additional'), (p) => markAdditionalPatches(p, a)),
    };
  }, [readOnly, actions, t]);

  const render = useCallback(
    (row: Row, { index, measure }: RowPlace) =>
      row.kind === 'severity' ? (
        <li className={`findings-severity severity-${row.severity}`} data-index={index} ref={measure}>
          <button type="button" aria-expanded={row.open} data-severity-toggle={row.severity} onClick={() => toggle(row.severity)}>
            {row.open ? '▾' : '▸'} {t(`findings.severity.${row.severity}`)} ({row.count})
          </button>
        </li>
      ) : row.kind === 'family' ? (
        <li className="findings-family" data-index={index} ref={measure}>
          <h4>{t(`findings.family.${row.family}`)}</h4>
        </li>
      ) : (
        <FindingItem finding={row.finding} locate={locate} waiver={row.waiver} actions={findingActions} index={index} measure={measure} />
      ),
    [t, toggle, locate, findingActions],
  );
  const { counts } = result;
  const rows = useMemo(() => (view === 'active' ? activeRows(result.active, open) : result.waived.map((w): Row => ({ kind: 'finding', finding: w.finding, waiver: w.waiver }))), [view, result, open]);
  return (
    <section className="findings-panel" aria-label={t('findings.panelLabel')}>
      <p className="findings-summary" data-testid="findings-summary">
        {t('findings.summary', {
          errors: t('findings.errorCount', { count: counts.error }),
          warnings: t('findings.warningCount', { count: counts.warning }),
          infos: t('findings.noteCount', { count: counts.info }),
        })}
      </p>
      <div className="findings-views" role="group">
        <button type="button" aria-pressed={view === 'active'} onClick={() => setView('active')}>
          {t('findings.views.active')}
        </button>
        <button type="button" aria-pressed={view === 'waived'} data-view="waived" onClick={() => setView('waived')}>
          {t('findings.views.waived', { count: result.waived.length })}
        </button>
      </div>
      {readOnly && <p className="findings-note">{t('findings.readOnly')}</p>}
      {view === 'active' && result.active.length === 0 && <p className="findings-empty">{t('findings.empty')}</p>}
      {view === 'waived' && result.waived.length === 0 && <p className="findings-empty">{t('findings.waivedNone')}</p>}
      {rows.length > 0 && <FindingsList key={view} rows={rows} render={render} />}
    </section>
  );
});

/** A row of the findings list: a severity's heading (folds its findings), a family's heading, or a finding. */
export type Row =
  | { kind: 'severity'; severity: Severity; count: number; open: boolean }
  | { kind: 'family'; severity: Severity; family: Family }
  | { kind: 'finding'; finding: Finding; waiver?: Waiver };

/** One row object per open finding, kept while the finding stays open (the page keeps finding objects). */
const findingRow = perObject((finding: Finding): Row => ({ kind: 'finding', finding }));

/**
 * Open findings grouped by severity (a folded one shows only its heading) and family, in the
 * panel's order; each group keeps the findings' own order. One pass over the findings (at 10×
 * there are thousands, and this runs each time they change).
 */
function activeRows(active: readonly Finding[], open: Readonly<Record<Severity, boolean>>): Row[] {
  const groups = new Map<Severity, Map<Family, Finding[]>>(SEVERITIES.map((s) => [s, new Map(FAMILIES.map((f) => [f, []]))]));
  const counts = new Map<Severity, number>(SEVERITIES.map((s) => [s, 0]));
  for (const f of active) {
    counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
    groups.get(f.severity)?.get(f.family)?.push(f);
  }
  const rows: Row[] = [];
  for (const severity of SEVERITIES) {
    const count = counts.get(severity) ?? 0;
    if (count === 0) continue;
    rows.push({ kind: 'severity', severity, count, open: open[severity] });
    if (!open[severity]) continue;
    for (const [family, items] of groups.get(severity)!) {
      if (items.length === 0) continue;
      rows.push({ kind: 'family', severity, family });
      for (const finding of items) rows.push(findingRow(finding));
    }
  }
  return rows;
}
