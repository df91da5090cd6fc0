// The head of a reactions thread: its title with the count, and the switch that puts the
// reactions on the projector when the meeting offers it.
type Props = {
  count: number;
  onProjector: boolean | undefined;
  /** Absent: no projector switch. */
  onProjectorChange: ((on: boolean) => void) | undefined;
};

export function ThreadHead({ count, onProjector, onProjectorChange }: Props) {
  return (
    <div className="annotations__head">
      <h3 className="annotations__title">
        Customer reactions {count > 0 && <span className="count">{count}</span>}
      </h3>
      {onProjectorChange && (
        <button
          type="button"
          role="switch"
          aria-checked={onProjector === true}
          className="switch annotations__projector"
          onClick={() => onProjectorChange(!onProjector)}
          data-testid="reactions-on-projector"
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          <span className="switch__label">On the projector</span>
        </button>
      )}
    </div>
  );
}
