// The escalations a list shows, loaded again when the workspace changes and after one is
// resolved here; the clock their time left is counted from; and the one being resolved.
import { useState } from 'react';

import type { Escalation } from '../../bindings/Escalation';
import { listEscalations } from './api';
import { useLoad } from '../../lib/useLoad';
import { useNow } from './timeLeft';

export function useEscalationList(includeResolved: boolean, refreshKey: number) {
  const [reloads, setReloads] = useState(0);
  const list = useLoad(() => listEscalations(includeResolved), [refreshKey, reloads]);
  const now = useNow();
  const [resolving, setResolving] = useState<Escalation | null>(null);

  /** The resolve dialog saved: it closes and the list is read again. */
  function onResolved() {
    setResolving(null);
    setReloads((n) => n + 1);
  }

  return { list, now, resolving, setResolving, onResolved };
}
