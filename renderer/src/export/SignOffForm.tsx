import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOffPatches } from '../../../shared/export/finalChanges';
import { makeSignOff, type FinalGate } from '../../../shared/export/finalGate';
import type { OperationCode } from '../../../shared/model/operations';
import { contentHash } from '../../../shared/review/seal';
import { useEditorActions } from '../editor/EditorContext';

/**
 * Signing off the current text: who (name, role), an optional note, and — when warnings remain —
 * that the signer read and accepts them. Recorded in the project (`final.signOffs`) as one
 * undoable change; it names the text's content hash, so an edit afterwards asks for a new one.
 */
export function SignOffForm({ gate }: { gate: FinalGate }) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const [acknowledge, setAcknowledge] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const warnings = gate.items.find((i) => i.requirement === 'warningsAcknowledged');
  const warningsOpen = !!warnings && !warnings.met;

  const signOff = () => {
    const made = makeSignOff(gate, { name, role, note, acknowledgeWarnings: acknowledge }, new Date().toISOString());
    if (!made.ok) {
      setProblem(made.reason === 'warnings-unacknowledged' ? t('export.final.signOff.mustAcknowledge') : made.reason === 'who-missing' ? t('export.final.signOff.missing') : t('export.final.signOff.notYet'));
      return;
    }
    setProblem(null);
    // Compiled against the project when its turn comes: a text changed meanwhile is not signed off.
    void actions.apply((p) => (contentHash(p.framework) === made.signOff.contentHash ? { label: t('export.undo.signOff') as OperationCode, patches: signOffPatches(p, made.signOff) } : null));
  };

  if (!gate.signOffAllowed) return <p className="export-muted" data-testid="sign-off-not-yet">{t('export.final.signOff.notYet')}</p>;
  return (
    <fieldset className="export-sign-off" data-testid="sign-off-form">
      <legend>{t('export.final.signOff.title')}</legend>
      <label>
        {t('export.final.signOff.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoComplete="name" />
      </label>
      <label>
        {t('export.final.signOff.role')}
        <input value={role} onChange={(e) => setRole(e.target.value)} maxLength={200} autoComplete="organization-title" />
      </label>
      <label className="wide">
        {t('export.final.signOff.note')}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
      </label>
      {warningsOpen && (
        <label className="wide">
          <input type="checkbox" checked={acknowledge} onChange={(e) => setAcknowledge(e.target.checked)} />
          {t('export.final.signOff.acknowledge', { count: warnings.count })}
        </label>
      )}
      {problem && <p className="export-bad" role="alert">{problem}</p>}
      <button type="button" onClick={signOff} data-testid="sign-off-submit">
        {t('export.final.signOff.submit')}
      </button>
    </fieldset>
  );
}
