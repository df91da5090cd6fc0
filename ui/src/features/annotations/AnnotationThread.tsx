// The customer's reactions under a decision, oldest first, written by ambassadors (or anyone
// voicing the customer): the thread, "React as the customer" to add one (asking "Who are you?"
// first when nobody is at the keyboard), and optionally the switch that shows the reactions on
// the projector. Saved writes show at once; the workspace reload that follows confirms them.
import { useState } from 'react';

import type { Annotation } from '../../bindings/Annotation';
import type { Decision } from '../../bindings/Decision';
import { isOwn } from './annotations';
import { formatNumber } from '../../lib/format';
import { usePeople } from '../../lib/usePeople';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { AddReaction } from './AddReaction';
import { AnnotationItem } from './AnnotationItem';
import { ThreadHead } from './ThreadHead';
import { useThreadWrites } from './useThreadWrites';

type Props = {
  decision: Decision;
  /** Read only: the thread without the add form or any edit control. */
  readOnly?: boolean;
  /** Whether these reactions are on the projector now; absent: no projector switch. */
  onProjector?: boolean;
  onProjectorChange?: (on: boolean) => void;
};

/** How many of the latest reactions a long thread shows until "Show all". */
export const RECENT = 30;

export function AnnotationThread({ decision, readOnly = false, onProjector, onProjectorChange }: Props) {
  const { current } = usePeople();
  const { thread, add, update, remove } = useThreadWrites(decision);
  const [deleting, setDeleting] = useState<Annotation | null>(null);
  const [showAll, setShowAll] = useState(false);

  const count = thread.length;
  // A room reacting from its phones can leave thousands: the latest few are shown (the tally
  // counts them all), and the rest on request, so the meeting stays readable and quick.
  const hidden = showAll ? 0 : Math.max(0, count - RECENT);
  const shown = hidden > 0 ? thread.slice(hidden) : thread;
  return (
    <section className="annotations" aria-label={`Customer reactions to “${decision.statement}”`} data-testid="annotation-thread">
      {(count > 0 || onProjectorChange) && <ThreadHead count={count} onProjector={onProjector} onProjectorChange={onProjectorChange} />}
      {hidden > 0 && (
        <button type="button" className="link-button annotations__more" onClick={() => setShowAll(true)} data-testid="annotations-show-all">
          Show all {formatNumber(count)} reactions ({formatNumber(hidden)} earlier)
        </button>
      )}
      {showAll && count > RECENT && (
        <button type="button" className="link-button annotations__more" onClick={() => setShowAll(false)} data-testid="annotations-show-recent">
          Show only the latest {RECENT}
        </button>
      )}
      {count > 0 && (
        <ol className="annotations__list">
          {shown.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              own={!readOnly && isOwn(a, current)}
              onUpdate={update}
              onDelete={setDeleting}
            />
          ))}
        </ol>
      )}
      <AddReaction readOnly={readOnly} current={current} onAdd={add} />
      {deleting && (
        <ConfirmDialog
          title="Delete this reaction?"
          message="The customer’s reaction is removed from the decision and from every export. This cannot be undone."
          confirmLabel="Delete"
          onConfirm={() => remove(deleting)}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
