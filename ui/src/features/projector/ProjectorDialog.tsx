// The projector, driven from the laptop: the connected displays to choose from (the last one
// chosen is remembered), open or move the projector there, full screen on and off, close it.
// With one display the projector is a window beside this one, and the dialog says so.
import { Modal } from '../../shared/Modal';
import * as api from './api';
import './projectorControls.css';
import { FieldError } from '../../shared/FieldError';
import { ProjectorButtons } from './ProjectorButtons';
import { ProjectorDisplays } from './ProjectorDisplays';
import { useProjectorScreens } from './useProjectorScreens';

type Props = {
  /** The display remembered from last time, if any. */
  remembered: string | null;
  /** Remembers the display the projector was opened on. */
  onRemember: (name: string) => void;
  onClose: () => void;
};

/** What the show button says: with one display, beside this window; else open, move, or where it is. */
function showLabel(single: boolean, open: boolean, there: boolean, choice: string | null): string {
  if (single) return open ? 'Bring it beside this window' : 'Open beside this window';
  return there ? `Showing on ${choice ?? ''}` : `${open ? 'Move to' : 'Open on'} ${choice ?? ''}`;
}

export function ProjectorDialog({ remembered, onRemember, onClose }: Props) {
  const { screens, choice, setChoice, busy, error, act } = useProjectorScreens(remembered);
  const single = screens !== null && screens.displays.length <= 1;
  const open = screens?.open ?? false;
  const fullscreen = screens?.fullscreen ?? false;
  const on = screens?.displays.find((d) => d.hasProjector) ?? null;
  const there = open && !single && on !== null && on.name === choice;

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
      {screens && !single && <ProjectorDisplays displays={screens.displays} choice={choice} onChoose={setChoice} />}
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
      <ProjectorButtons
        open={open}
        fullscreen={fullscreen}
        busy={busy}
        showLabel={showLabel(single, open, there, choice)}
        showDisabled={busy || screens === null || there}
        onCloseProjector={() => void act('The projector could not be closed', api.closeProjector)}
        onFullscreen={() => void act('Full screen could not be changed', () => api.setProjectorFullscreen(!fullscreen))}
        onShow={() => void show()}
        onDone={onClose}
      />
    </Modal>
  );
}
