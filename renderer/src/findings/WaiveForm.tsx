import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onWaive: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a finding is left as it is; a waiver without a reason is not accepted. */
export function WaiveForm({ onWaive, onCancel }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form
      className="waive-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim()) onWaive(reason.trim());
      }}
    >
      <textarea aria-label={t('findings.waiveReason')} placeholder={t('findings.waiveReason')} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} autoFocus />
      <div className="waive-buttons">
        <button type="submit" disabled={!reason.trim()}>
          {t('findings.waiveConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('findings.cancel')}
        </button>
      </div>
    </form>
  );
}
