// The projector dialog's buttons: close the projector and full screen on or off (while it is
// open), show it on the display chosen, and Done.
type Props = {
  open: boolean;
  fullscreen: boolean;
  busy: boolean;
  /** What "show" says: open, move, bring beside, or where it already is. */
  showLabel: string;
  showDisabled: boolean;
  onCloseProjector: () => void;
  onFullscreen: () => void;
  onShow: () => void;
  onDone: () => void;
};

export function ProjectorButtons(props: Props) {
  const { open, fullscreen, busy } = props;
  return (
    <div className="modal__actions">
      {open && (
        <button type="button" className="btn modal__actions-start" disabled={busy} onClick={props.onCloseProjector} data-testid="projector-close">
          Close projector
        </button>
      )}
      {open && (
        <button
          type="button"
          className="btn"
          disabled={busy}
          aria-pressed={fullscreen}
          onClick={props.onFullscreen}
          data-testid="projector-fullscreen"
        >
          {fullscreen ? 'Leave full screen' : 'Full screen'}
        </button>
      )}
      <button
        type="button"
        className="btn btn--primary"
        disabled={props.showDisabled}
        onClick={props.onShow}
        data-testid="projector-show"
      >
        {props.showLabel}
      </button>
      <button type="button" className="btn" onClick={props.onDone} data-testid="projector-done">
        Done
      </button>
    </div>
  );
}
