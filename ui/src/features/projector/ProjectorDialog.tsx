// The projector, driven from the laptop: the connected displays to choose from (the last one
// chosen is remembered), open or move the projector there, full screen on and off, close it.
// With one display the projector is a window beside this one, and the dialog says so.
import { useCallback, useEffect, useState } from 'react';

import type { Display } from '../../bindings/Display';
import type { ProjectorScreens } from '../../bindings/ProjectorScreens';
import { Modal } from '../../shared/Modal';
import * as ipc from '../../lib/ipc';
import * as api from './api';
import './projectorControls.css';
import { FieldError } from '../../shared/FieldError';

type Props = {
  /** The display remembered from last time, if any. */
  remembered: string | null;
  /** Remembers the display the projector was opened on. */
  onRemember: (name: string) => void;
  onClose: () => void;
};

/** The display to offer first: the remembered one, else the projector's, else one without this window. */
export function initialChoice(screens: ProjectorScreens, remembered: string | null): string | null {
  const { displays } = screens;
  const named = (name: string | null) => displays.find((d) => d.name === name);
  const pick = named(remembered) ?? displays.find((d) => d.hasProjector) ?? displays.find((d) => !d.hasMain) ?? displays[0];
  return pick?.name ?? null;
}

function describe(d: Display): string {
  const where = [d.hasMain && 'this window', d.hasProjector && 'the projector'].filter(Boolean).join(' and ');
  return `${d.area.width} × ${d.area.height}${where ? ` · ${where}` : ''}`;
}

export function ProjectorDialog({ remembered, onRemember, onClose }: Props) {
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

  const single = screens !== null && screens.displays.length <= 1;
  const open = screens?.open ?? false;
  const on = screens?.displays.find((d) => d.hasProjector) ?? null;
  const there = open && !single && on !== null && on.name === choice;
  const label = single
    ? open
      ? 'Bring it beside this window'
      : 'Open beside this window'
    : there
      ? `Showing on ${choice ?? ''}`
      : `${open ? 'Move to' : 'Open on'} ${choice ?? ''}`;

  const show = () =>
    act('The projector could not be opened', async () => {
      const placed = await api.openProjector(single ? null : choice);
      if (placed.kind === 'onDisplay') onRemember(placed.display);
    });

  return (
    <Modal title="Projector" onClose={onClose} testId="projector-dialog" className="modal--wide projector-dialog">
      {screens === null && !error && <p className="modal__text">Looking for displays…</p>}
      {single && (
        <p className="projector-dialog__note" data-testid="projector-single" role="status">
          Only one display is connected: the projector opens as a window beside this one. Connect a projector or a
          second screen to show the chair there, full screen.
        </p>
      )}
      {screens && !single && (
        <fieldset className="projector-dialog__displays">
          <legend>Show the chair on</legend>
          {screens.displays.map((d) => (
            <label key={d.name} className="projector-dialog__display" data-testid="projector-display">
              <input
                type="radio"
                name="projector-display"
                value={d.name}
                checked={d.name === choice}
                onChange={() => setChoice(d.name)}
              />
              <span className="projector-dialog__name">{d.name}</span>
              <span className="projector-dialog__meta">{describe(d)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {screens && (
        <p className="projector-dialog__state" data-testid="projector-state" role="status">
          {!open
            ? 'The projector is not open.'
            : `The projector is open${screens.fullscreen ? ', full screen' : ' as a window'}${on ? ` on ${on.name}` : ''}.`}
        </p>
      )}
      {error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      <div className="modal__actions">
        {open && (
          <button type="button" className="btn modal__actions-start" disabled={busy} onClick={() => void act('The projector could not be closed', api.closeProjector)} data-testid="projector-close">
            Close projector
          </button>
        )}
        {open && (
          <button
            type="button"
            className="btn"
            disabled={busy}
            aria-pressed={screens?.fullscreen ?? false}
            onClick={() => void act('Full screen could not be changed', () => api.setProjectorFullscreen(!screens?.fullscreen))}
            data-testid="projector-fullscreen"
          >
            {screens?.fullscreen ? 'Leave full screen' : 'Full screen'}
          </button>
        )}
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || screens === null || there}
          onClick={() => void show()}
          data-testid="projector-show"
        >
          {label}
        </button>
        <button type="button" className="btn" onClick={onClose} data-testid="projector-done">
          Done
        </button>
      </div>
    </Modal>
  );
}
