// The projector dialog's state: the displays and whether the projector is open (asked again
// after every action), the display chosen, and the action under way or the one that failed.
import { useCallback, useEffect, useState } from 'react';

import type { ProjectorScreens } from '../../bindings/ProjectorScreens';
import * as ipc from '../../lib/ipc';
import * as api from './api';

/** The display to offer first: the remembered one, else the projector's, else one without this window. */
export function initialChoice(screens: ProjectorScreens, remembered: string | null): string | null {
  const { displays } = screens;
  const named = (name: string | null) => displays.find((d) => d.name === name);
  const pick = named(remembered) ?? displays.find((d) => d.hasProjector) ?? displays.find((d) => !d.hasMain) ?? displays[0];
  return pick?.name ?? null;
}

export function useProjectorScreens(remembered: string | null) {
  const [screens, setScreens] = useState<ProjectorScreens | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const s = await api.projectorScreens();
    setScreens(s);
    setChoice((c) => (c !== null && s.displays.some((d) => d.name === c) ? c : initialChoice(s, remembered)));
  }, [remembered]);

  useEffect(() => {
    refresh().catch((e: unknown) => setError(`The displays could not be listed: ${ipc.errorMessage(e)}`));
  }, [refresh]);

  /** Runs `run`, then lists the displays again; a failure reads "`what`: why". */
  const act = async (what: string, run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      await refresh();
    } catch (e) {
      setError(`${what}: ${ipc.errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return { screens, choice, setChoice, busy, error, act };
}
