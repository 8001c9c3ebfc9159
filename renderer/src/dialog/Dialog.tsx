import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useLatest } from '../hooks/useLatest';
import './dialog.css';

interface Props {
  /** The dialog's heading, also its accessible name. */
  title: string;
  /** Escape, and whatever the caller wires to its Cancel/Close button. */
  onClose: () => void;
  children: ReactNode;
  /** Extra class on the dialog box (sizes per dialog). */
  className?: string;
  /** When given, the dialog box is a form and Enter in a field submits it. */
  onSubmit?: () => void;
  /** False while something runs that Escape must not interrupt (an export in progress). */
  closable?: boolean;
  /** `data-testid` of the dialog box. */
  testId?: string;
  /** A larger, full-window dialog (the register). */
  wide?: boolean;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
}

/**
 * The one modal dialog of the app (WAI-ARIA dialog pattern): `aria-modal`, named by its heading,
 * focus moved inside on opening (to `[data-autofocus]`, else the first field), Tab and Shift+Tab
 * kept inside, Escape closes, and focus returned on closing to what had it before. Every dialog
 * in the renderer is one of these, so keyboard users meet one behaviour everywhere.
 */
export function Dialog({ title, onClose, children, className, onSubmit, closable = true, testId, wide }: Props) {
  const boxRef = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const closeRef = useLatest(onClose);
  const closableRef = useLatest(closable);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = boxRef.current;
    if (box) {
      const first = box.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(box)[0] ?? box;
      first.focus();
    }
    return () => {
      // Return focus to the opener when it is still in the page (a deleted row's button is not).
      if (opener && opener.isConnected) opener.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      if (closableRef.current) closeRef.current();
      return;
    }
    if (e.key !== 'Tab' || !boxRef.current) return;
    const items = focusables(boxRef.current);
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !boxRef.current.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !boxRef.current.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  };

  const common = {
    className: ['modal', wide ? 'modal-wide' : '', className ?? ''].filter(Boolean).join(' '),
    role: 'dialog',
    'aria-modal': true,
    'aria-labelledby': titleId,
    tabIndex: -1,
    onKeyDown,
    'data-testid': testId,
  } as const;
  const body = (
    <>
      <h2 id={titleId}>{title}</h2>
      {children}
    </>
  );
  return (
    <div className="modal-backdrop">
      {onSubmit ? (
        <form
          {...common}
          ref={(el) => {
            boxRef.current = el;
          }}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        <div
          {...common}
          ref={(el) => {
            boxRef.current = el;
          }}
        >
          {body}
        </div>
      )}
    </div>
  );
}
