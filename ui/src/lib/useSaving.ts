// One save-like action at a time, for the editors and dialogs: `busy` while it runs, and what
// went wrong in the form the component shows. On success `busy` stays set, because the caller
// usually closes the dialog and a second click must not save twice.
import { useCallback, useState } from 'react';

export function useSaving<E>(describe: (err: unknown) => E) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<E | null>(null);
  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
      } catch (err) {
        setError(describe(err));
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, setError, run };
}

/** A dialog's save as `run` takes it: `save`, then `close` once it worked (a failure keeps the dialog, with its error). */
export function thenClose(save: () => Promise<unknown>, close: () => void) {
  return async () => {
    await save();
    close();
  };
}
