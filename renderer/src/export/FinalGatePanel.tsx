import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { requirementsPatches } from '../../../shared/export/finalChanges';
import { FINAL_REQUIREMENTS, type FinalGate, type FinalRequirement, type GateItem, type GateTarget } from '../../../shared/export/finalGate';
import { elementLocator } from '../../../shared/checks/locate';
import { METADATA_ID } from '../../../shared/model/elements';
import type { OperationCode } from '../../../shared/model/operations';
import { useEditorActions } from '../editor/EditorContext';
import { useUiLanguage } from '../hooks/useUiLanguage';
import { useProject } from '../store/useProjectStore';
import { SignOffForm } from './SignOffForm';
import { formatDateTime } from '../format/dateTime';

/** How many blockers an item lists with "Go to" (its count is always complete). */
const SHOWN = 5;

/**
 * The final gate in the export dialog: each of the project's requirements for a final export,
 * met or not, with "Go to" links to the fields, findings and comments in its way; which
 * requirements apply (per project, undoable); and the sign-off of the current text.
 */
export function FinalGatePanel({ gate, readOnly, onGoTo }: { gate: FinalGate; readOnly: boolean; onGoTo: (target: GateTarget) => void }) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const uiLang = useUiLanguage();
  const framework = useProject((p) => p.framework);
  const requirements = useProject((p) => p.final.requirements);
  const signOffs = useProject((p) => p.final.signOffs);
  const locate = useMemo(() => elementLocator(framework, uiLang), [framework, uiLang]);
  const stale = !gate.signOff ? signOffs.at(-1) : undefined;

  const setRequired = (requirement: FinalRequirement, on: boolean) =>
    void actions.apply((p) => ({ label: t('export.undo.requirements') as OperationCode, patches: requirementsPatches(p, { [requirement]: on }) }));

  const targetText = (x: GateTarget) =>
    [locate(x.elementId) || (x.elementId.startsWith('#') ? t('export.final.cover') : ''), x.field, x.lang?.toUpperCase(), x.code].filter(Boolean).join(' · ');

  const itemView = (item: GateItem) => (
    <li key={item.requirement} className={item.met ? 'export-ok' : 'export-bad'} data-testid={`gate-${item.requirement}`} data-met={item.met}>
      <strong>{t(`export.final.label.${item.requirement}`)}</strong>
      {': '}
      {!item.required ? t('export.final.notRequired') : item.met ? t('export.final.met') : t(`export.final.blocked.${item.requirement}`, { count: item.count })}
      {!item.met && item.requirement === 'coverFinal' && (
        <button type="button" className="link" onClick={() => onGoTo({ elementId: METADATA_ID })}>
          {t('export.final.goToCover')}
        </button>
      )}
      {!item.met && item.requirement !== 'coverFinal' && item.requirement !== 'signOff' && item.targets.length > 0 && (
        <ul>
          {item.targets.slice(0, SHOWN).map((x, i) => (
            <li key={`${x.elementId}-${x.field ?? ''}-${x.lang ?? ''}-${x.code ?? ''}-${i}`}>
              <span className="export-muted">{targetText(x)}</span>{' '}
              <button type="button" className="link" onClick={() => onGoTo(x)}>
                {t('export.preflight.goTo')}
              </button>
            </li>
          ))}
          {item.count > SHOWN && <li className="export-muted">{t('export.final.more', { count: item.count - SHOWN })}</li>}
        </ul>
      )}
    </li>
  );

  return (
    <section className="export-final" aria-label={t('export.final.title')} data-testid="final-gate">
      <h3>{t('export.final.title')}</h3>
      <ul>{gate.items.map(itemView)}</ul>
      {!gate.allowed && <p className="export-bad">{t('export.final.blockedSummary')}</p>}
      <details>
        <summary>{t('export.final.configure')}</summary>
        <fieldset disabled={readOnly} className="export-requirements">
          {FINAL_REQUIREMENTS.map((r) => (
            <label key={r}>
              <input type="checkbox" checked={requirements[r]} onChange={(e) => setRequired(r, e.target.checked)} />
              {t(`export.final.label.${r}`)}
            </label>
          ))}
        </fieldset>
      </details>
      {gate.signOff ? (
        <p className="export-ok" data-testid="sign-off-record">
          {t('export.final.signOff.by', { name: gate.signOff.name, role: gate.signOff.role, at: formatDateTime(gate.signOff.at, uiLang) })}
          {gate.signOff.note && <> · {t('export.final.signOff.byNote', { note: gate.signOff.note })}</>}
        </p>
      ) : (
        <>
          {stale && <p className="export-warn">{t('export.final.signOff.earlier', { name: stale.name, at: formatDateTime(stale.at, uiLang) })}</p>}
          {readOnly ? <p className="export-muted">{t('export.final.readOnly')}</p> : <SignOffForm gate={gate} />}
        </>
      )}
    </section>
  );
}
