// The one modal dialog frame: backdrop, title, Escape to close, focus moved in, kept in,
// and given back on close. NewMeetingDialog and ConfirmDialog are built on it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const FIELDS = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  /** Role `alertdialog` for confirmations. */
  alert?: boolean;
  className?: string;
};

/** True when `box` is the last open dialog on the page (a dialog opened from a dialog is on top). */
function isTopmost(box: HTMLElement): boolean {
  const open = document.querySelectorAll('[aria-modal="true"]');
  return open[open.length - 1] === box;
}

export function Modal({ title, onClose, children, testId, alert = false, className }: Props) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = ref.current;
    const first = box?.querySelector<HTMLElement>(FIELDS) ?? box?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? box)?.focus();
    return () => previous?.focus();
  }, []);

  // Focus can fall out of the dialog onto the page (a button disabled while it works, a window
  // opened beside this one): Escape still closes the topmost dialog, and Tab comes back in.
  useEffect(() => {
    function onDocumentKey(e: globalThis.KeyboardEvent) {
      const box = ref.current;
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (!box || !lost || e.defaultPrevented || !isTopmost(box)) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onCloseRef.current();
      } else if (e.key === 'Tab') {
        e.preventDefault();
        (box.querySelector<HTMLElement>(FOCUSABLE) ?? box).focus();
      }
    }
    document.addEventListener('keydown', onDocumentKey);
    return () => document.removeEventListener('keydown', onDocumentKey);
  }, []);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = Array.from(ref.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  }

  return (
    <div
      className="modal-backdrop"
      // A click beside the dialog leaves focus where it was, inside the dialog.
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) e.preventDefault();
      }}
    >
      <div
        ref={ref}
        role={alert ? 'alertdialog' : 'dialog'}
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        className={`modal ${className ?? ''}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
