// A list of anecdotes in the evidence editor, each with one button: the pinned ones with
// Remove, the ones found in the library with Pin.
import type { Anecdote } from '../../bindings/Anecdote';
import { AnecdoteMeta } from '../../shared/AnecdoteMeta';
import { CustomerText } from '../../shared/CustomerText';

type Props = {
  anecdotes: Anecdote[];
  /** The list's name for screen readers, where the heading does not give it. */
  label?: string;
  /** The button's text ("Remove", "Pin") and what it does. */
  action: string;
  onAction: (a: Anecdote) => void;
  itemTestId: string;
  actionTestId: string;
};

export function EvidenceList({ anecdotes, label, action, onAction, itemTestId, actionTestId }: Props) {
  return (
    <ul className="evidence-editor__list" aria-label={label}>
      {anecdotes.map((a) => (
        <li key={a.id} className="evidence-editor__item" data-testid={itemTestId}>
          <span className="evidence-editor__text">
            <CustomerText text={a.text} />
            <AnecdoteMeta anecdote={a} />
          </span>
          <button type="button" className="btn btn--small" onClick={() => onAction(a)} data-testid={actionTestId}>
            {action}
          </button>
        </li>
      ))}
    </ul>
  );
}
