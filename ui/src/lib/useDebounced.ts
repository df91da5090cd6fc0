// A value that follows another one after it has stopped changing for a while: used so the
// anecdote search runs when the user pauses, not on every keystroke.
import { useEffect, useState } from 'react';

/** `value`, `delayMs` after its last change; the first value comes through at once. */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return undefined;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
