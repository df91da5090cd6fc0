// One anecdote in the panel: its text (the highlighted snippet until opened), who said it, and
// Read all / Escalate / Pin. Opened, it shows the whole text and the anecdote's escalations.
import { memo, useState } from 'react';

import type { Anecdote } from '../../bindings/Anecdote';
import type { TextSpan } from '../../bindings/TextSpan';
import { AnecdoteMeta } from '../../shared/AnecdoteMeta';
import { CustomerText } from '../../shared/CustomerText';
import { EscalateButton } from '../../shared/EscalateButton';
import { AnecdoteEscalations } from '../escalations/AnecdoteEscalations';

type CardProps = {
  anecdote: Anecdote;
  /** The highlighted snippet; null: the whole text, nothing highlighted. */
  spans: TextSpan[] | null;
  pinned: boolean;
  onTogglePin: ((a: Anecdote) => void) | null;
  onOpen: ((a: Anecdote) => void) | undefined;
  onEscalate: ((a: Anecdote) => void) | undefined;
  refreshKey: number;
};

export const AnecdoteCard = memo(function AnecdoteCard(props: CardProps) {
  const { anecdote: a, spans, pinned, onTogglePin, onOpen, onEscalate, refreshKey } = props;
  const [open, setOpen] = useState(false);
  const toggle = () => {
    if (!open) onOpen?.(a);
    setOpen(!open);
  };
  return (
    <article className={`anecdote${pinned ? ' anecdote--pinned' : ''}${open ? ' anecdote--open' : ''}`} data-testid="anecdote">
      <p className="anecdote__text">{open || spans === null ? <CustomerText text={a.text} /> : <CustomerText spans={spans} />}</p>
      <div className="anecdote__foot">
        <AnecdoteMeta anecdote={a} />
        <button
          type="button"
          className="link-button anecdote__open"
          aria-expanded={open}
          onClick={toggle}
          data-testid="open-anecdote"
        >
          {open ? 'Less' : 'Read all'}
        </button>
        {onEscalate && (
          <EscalateButton className="link-button anecdote__escalate" onClick={() => onEscalate(a)} testId="escalate-anecdote">
            Escalate
          </EscalateButton>
        )}
        {onTogglePin && (
          <button
            type="button"
            className={`pin${pinned ? ' pin--on' : ''}`}
            aria-pressed={pinned}
            onClick={() => onTogglePin(a)}
            data-testid="pin-anecdote"
            title={pinned ? 'Remove from the decision’s evidence' : 'Pin as evidence for the decision'}
          >
            {pinned ? 'Pinned' : 'Pin'}
          </button>
        )}
      </div>
      {open && <AnecdoteEscalations anecdoteId={a.id} refreshKey={refreshKey} />}
    </article>
  );
});
