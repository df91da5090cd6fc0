// The recovery screen's state: the workspace's status (read once on mount), whether even that
// failed, and `run`, which takes one way out and shows the status it leads to (calling
// `onRecovered` once the workspace is open).
import { useCallback, useEffect, useState } from 'react';

import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import { errorMessage } from '../../lib/ipc';
import { workspaceStatus } from './api';

export function useRecovery(onRecovered: () => void) {
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [unknown, setUnknown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [stillOpen, setStillOpen] = useState(false);

  useEffect(() => {
    workspaceStatus()
      .then(setStatus)
      .catch(() => setUnknown(true));
  }, []);

  const run = useCallback(
    async (action: () => Promise<WorkspaceStatus | null>) => {
      setBusy(true);
      setError(null);
      try {
        const next = await action();
        if (next) {
          setStatus(next);
          if (next.state === 'ok') onRecovered();
        }
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [onRecovered],
  );

  return { status, unknown, busy, error, stillOpen, setStillOpen, run };
}
