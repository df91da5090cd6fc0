// The people view's title, what it is for, and the "Show archived" switch.
type Props = { showArchived: boolean; onShowArchived: (show: boolean) => void };

export function PeopleHeader({ showArchived, onShowArchived }: Props) {
  return (
    <header className="view__header">
      <div>
        <h1 className="view__title" id="people-title">
          People
        </h1>
        <p className="view__subtitle">
          Who uses this workspace and the role they usually play. What someone writes carries their name.
        </p>
      </div>
      <div className="view__actions">
        <label className="check">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(e) => onShowArchived(e.target.checked)}
            data-testid="people-show-archived"
          />
          Show archived
        </label>
      </div>
    </header>
  );
}
