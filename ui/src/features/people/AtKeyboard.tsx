// The sidebar's "who is at the keyboard": the current person's name and role, and the button
// that hands the keyboard over (Alt+S does the same).
import { usePeople } from '../../lib/usePeople';
import { RoleBadge } from './RoleBadge';

export function AtKeyboard({ onSwitch }: { onSwitch: () => void }) {
  const { current } = usePeople();
  return (
    <div className="at-keyboard" data-testid="at-keyboard">
      <span className="at-keyboard__label">At the keyboard</span>
      <span className="at-keyboard__who">
        {current ? (
          <>
            <span className="at-keyboard__name" data-testid="current-person">
              {current.name}
            </span>
            <RoleBadge role={current.role} />
          </>
        ) : (
          <span className="at-keyboard__name muted" data-testid="current-person">
            Nobody chosen
          </span>
        )}
      </span>
      <button
        type="button"
        className="link-button at-keyboard__switch"
        onClick={onSwitch}
        data-testid="switch-person"
        aria-keyshortcuts="Alt+S"
      >
        Switch person <kbd className="kbd">Alt+S</kbd>
      </button>
    </div>
  );
}
