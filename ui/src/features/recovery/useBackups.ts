// The Backups dialog's state: the workspace's status with its backups (asked again after
// "Back up now"), the action under way, its failure, and the backup whose restore awaits a yes.
import { useCallback, useEffect, useState } from 'react';

import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { errorMessage } from '../../lib/ipc';
import { workspaceStatus } from './api';

export function useBackups() {
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const refresh = useCallback(() => {
    workspaceStatus()
      .then(setStatus)
      .catch((e: unknown) => setError(errorMessage(e)));
  }, []);
  useEffect(refresh, [refresh]);

  /** Runs `action`, then `after`; a failure is shown and `after` is not run. */
  async function act(action: () => Promise<unknown>, after: () => void) {
    setBusy(true);
    setError(null);
    try {
      await action();
      after();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return { status, busy, error, confirming, setConfirming, refresh, act };
}
