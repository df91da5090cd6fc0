// The workspace's preferences (projector-safe masking, the projector's display): loaded at start and again after every
// workspace change, and changed optimistically, so the switch answers at once. A load that was
// under way while the user changed something is ignored, so it cannot undo the change.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { Preferences } from '../../bindings/Preferences';
import * as ipc from '../../lib/ipc';
import * as api from './api';

const DEFAULTS: Preferences = { projectorSafe: false };

export function usePreferences(refreshKey: number) {
  const [prefs, setPrefsState] = useState<Preferences>(DEFAULTS);
  const [error, setError] = useState<string | null>(null);
  /** The workspace's preferences were read (or could not be): what is masked is known. */
  const [loaded, setLoaded] = useState(false);
  const latest = useRef<Preferences>(DEFAULTS);
  const setPrefs = useCallback((p: Preferences) => {
    latest.current = p;
    setPrefsState(p);
  }, []);
  /** Goes up on every change the user makes; a load started before one is stale. */
  const edits = useRef(0);
  const pending = useRef(0);
  /** The shown error is from a failed load: the next good load clears it (e.g. after recovery). */
  const loadFailed = useRef(false);

  useEffect(() => {
    const at = edits.current;
    let current = true;
    api
      .getPreferences()
      .then((p) => {
        if (current && at === edits.current && pending.current === 0) setPrefs(p);
        if (!current) return;
        setLoaded(true);
        if (loadFailed.current) {
          loadFailed.current = false;
          setError(null);
        }
      })
      .catch((e: unknown) => {
        if (!current) return;
        loadFailed.current = true;
        setError(`Preferences could not be read: ${ipc.errorMessage(e)}`);
        setLoaded(true);
      });
    return () => {
      current = false;
    };
  }, [refreshKey, setPrefs]);

  /** Saves `patch` over the current preferences; `what` names it in the error. */
  const change = useCallback(
    async (patch: Partial<Preferences>, what: string) => {
      edits.current++;
      pending.current++;
      const before = latest.current;
      const wanted = { ...before, ...patch };
      setPrefs(wanted);
      try {
        const saved = await api.setPreferences(wanted);
        if (pending.current === 1) setPrefs(saved);
        setError(null);
      } catch (e) {
        if (pending.current === 1) setPrefs(before);
        setError(`${what} could not be saved: ${ipc.errorMessage(e)}`);
      } finally {
        pending.current--;
      }
    },
    [setPrefs],
  );
  const setProjectorSafe = useCallback((on: boolean) => change({ projectorSafe: on }, 'Projector-safe'), [change]);
  /** Remembers the display the projector was opened on, for next time. */
  const setProjectorDisplay = useCallback(
    (name: string) => (latest.current.projectorDisplay === name ? Promise.resolve() : change({ projectorDisplay: name }, 'The projector display')),
    [change],
  );

  return { prefs, loaded, error, dismissError: () => setError(null), setProjectorSafe, setProjectorDisplay };
}
