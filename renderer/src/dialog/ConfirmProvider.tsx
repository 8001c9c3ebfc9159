import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface ConfirmRequest {
  title: string;
  message: string;
  /** Words on the confirming button ("Delete", "Restore"); "OK" by default. */
  confirmLabel?: string;
  resolve: (ok: boolean) => void;
}

type Confirm = (request: Omit<ConfirmRequest, 'resolve'>) => Promise<boolean>;

const ConfirmContext = createContext<Confirm | null>(null);

/**
 * Asking "are you sure?" through the app's own Dialog rather than `window.confirm` (a native box
 * that ignores the UI language's words, has no focus return and blocks the page).
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<ConfirmRequest | null>(null);
  const confirm = useCallback<Confirm>((r) => new Promise((resolve) => setRequest({ ...r, resolve })), []);
  const answer = (ok: boolean) => {
    request?.resolve(ok);
    setRequest(null);
  };
  const value = useMemo(() => confirm, [confirm]);
  return (
    <ConfirmContext.Provider value={value}>
      {children}
      {request && (
        <Dialog title={request.title} onClose={() => answer(false)} onSubmit={() => answer(true)} testId="confirm-dialog">
          <p>{request.message}</p>
          <div className="modal-actions">
            <button type="submit" data-autofocus data-testid="confirm-ok">{request.confirmLabel ?? t('dialog.ok')}</button>
            <button type="button" onClick={() => answer(false)} data-testid="confirm-cancel">{t('dialog.cancel')}</button>
          </div>
        </Dialog>
      )}
    </ConfirmContext.Provider>
  );
}

/** `await confirm({ title, message })` → true when the user confirmed. */
export function useConfirm(): Confirm {
  const c = useContext(ConfirmContext);
  if (!c) throw new Error('useConfirm outside ConfirmProvider');
  return c;
}
