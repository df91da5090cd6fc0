// A short message at the bottom of the window with one action (e.g. "Undo"), gone after a few
// seconds. Announced politely; the action is a real button, reachable by keyboard.
import { useEffect, useRef } from 'react';

type Props = {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onDismiss: () => void;
  /** How long it stays, in milliseconds. */
  durationMs?: number;
  actionTestId?: string;
  /** Moves focus to the action: for a toast that replaces what had focus (a deleted item). */
  focusAction?: boolean;
};

export const TOAST_MS = 8000;

export function Toast({ message, actionLabel, onAction, onDismiss, durationMs = TOAST_MS, actionTestId, focusAction = false }: Props) {
  const dismiss = useRef(onDismiss);
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAction) action.current?.focus();
  }, [focusAction]);
  dismiss.current = onDismiss;
  useEffect(() => {
    const timer = setTimeout(() => dismiss.current(), durationMs);
    return () => clearTimeout(timer);
  }, [message, durationMs]);

  return (
    <div className="toast" role="status" aria-live="polite" data-testid="toast">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" className="toast__action" onClick={onAction} data-testid={actionTestId} ref={action}>
          {actionLabel}
        </button>
      )}
      <button type="button" className="toast__close" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
