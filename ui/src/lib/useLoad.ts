// Loads something from the backend whenever its inputs change, keeping only the newest answer:
// an answer that arrives after a newer load started is dropped, whenever it arrives.
import { useEffect, useRef, useState, type DependencyList } from 'react';

import { errorMessage } from './ipc';

export type Loaded<T> = { data: T | null; error: string | null; busy: boolean };

/** Runs `load` now and whenever `deps` change; `data` keeps the last answer while a new one loads. */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, busy: true });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, busy: true }));
    loadRef
      .current()
      .then((data) => {
        if (current) setState({ data, error: null, busy: false });
      })
      .catch((e: unknown) => {
        if (current) setState((s) => ({ ...s, error: errorMessage(e), busy: false }));
      });
    return () => {
      current = false;
    };
    // The caller's deps say when to load again.
  }, deps);

  return state;
}
