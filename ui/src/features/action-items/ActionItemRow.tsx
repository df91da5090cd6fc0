// One action item: done or not (ticked here), what, owner, due date and what it is on, and ×
// to delete it. A failed change is reported through `onError`.
import type { ActionItem } from '../../bindings/ActionItem';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/ipc';
import { deleteActionItem, setActionItemDone } from './api';

type Props = { item: ActionItem; about: string | null; onError: (m: string) => void };

export function ActionItemRow({ item, about, onError }: Props) {
  const done = item.doneAt !== null;
  return (
    <li className={`action${done ? ' action--done' : ''}`} data-testid="action-item">
      <label className="action__check">
        <input
          type="checkbox"
          checked={done}
          onChange={(e) => setActionItemDone(item.id, e.target.checked).catch((err: unknown) => onError(errorMessage(err)))}
          data-testid="action-item-done"
        />
        <span className="action__what" data-testid="action-item-what">
          {item.what}
        </span>
      </label>
      <span className="action__meta">
        {item.owner ? item.owner : 'No owner'}
        {item.dueOn && ` · due ${formatDate(item.dueOn)}`}
        {about && ` · on “${about}”`}
      </span>
      <button
        type="button"
        className="btn btn--small btn--danger-quiet"
        onClick={() => deleteActionItem(item.id).catch((err: unknown) => onError(errorMessage(err)))}
        aria-label={`Delete action item “${item.what}”`}
      >
        ×
      </button>
    </li>
  );
}
