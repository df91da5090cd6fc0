// One action at a time on an item of a list (a person, a persona): the item is busy while it
// runs, and a failure stays as "<its name>: <why>" until the next action starts.
import { useState } from 'react';

import { errorMessage } from '../lib/ipc';

export function useItemAction(onDone: () => void) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(item: { id: string; name: string }, work: () => Promise<unknown>) {
    setBusyId(item.id);
    setError(null);
    try {
      await work();
      onDone();
    } catch (e) {
      setError(`${item.name}: ${errorMessage(e)}`);
    } finally {
      setBusyId(null);
    }
  }

  return { busyId, error, run };
}
