// A value the projector window follows: loaded once, then replaced by every event pushed. An
// event that arrived before the load answered is newer than that answer, so the answer is then
// dropped. Stops listening when the window's component goes.
import { useEffect, useState } from 'react';

import { errorMessage } from '../../lib/ipc';

type Listen<T> = (cb: (value: T) => void) => Promise<() => void>;

export function useFollowed<T>(listen: Listen<T>, load: () => Promise<T>) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let disposed = false;
    let unlisten: (() => void) | null = null;
    let pushed = false;
    const fail = (e: unknown) => {
      if (!disposed) setError(errorMessage(e));
    };
    listen((v) => {
      pushed = true;
      setValue(v);
    })
      .then((stop) => {
        if (disposed) stop();
        else unlisten = stop;
      })
      .catch(fail);
    load()
      .then((v) => {
        if (!disposed && !pushed) setValue(v);
      })
      .catch(fail);
    return () => {
      disposed = true;
      unlisten?.();
    };
  }, [listen, load]);

  return { value, error };
}
