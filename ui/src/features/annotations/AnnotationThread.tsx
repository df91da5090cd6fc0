// The customer's reactions under a decision, oldest first, written by ambassadors (or anyone
// voicing the customer): the thread, "React as the customer" to add one (asking "Who are you?"
// first when nobody is at the keyboard), and optionally the switch that shows the reactions on
// the projector. Saved writes show at once; the workspace reload that follows confirms them.
import { useCallback, useEffect, useState } from 'react';

import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { Decision } from '../../bindings/Decision';
import {
  emptyAnnotationDraft,
  isOwn,
  mergeThread,
  pruneLocal,
  type AnnotationDraft,
} from './annotations';
import { formatNumber } from '../../lib/format';
import { addAnnotation, deleteAnnotation, updateAnnotation } from './api';
import { usePeople } from '../../lib/usePeople';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { ROLE_SHORT } from '../people/RoleBadge';
import { AnnotationForm } from './AnnotationForm';
import { AnnotationItem } from './AnnotationItem';
import { WhoAreYou } from './WhoAreYou';

type Props = {
  decision: Decision;
  /** Read only: the thread without the add form or any edit control. */
  readOnly?: boolean;
  /** Whether these reactions are on the projector now; absent: no projector switch. */
  onProjector?: boolean;
  onProjectorChange?: (on: boolean) => void;
};

type Adding = 'closed' | 'who' | 'form';

/** How many of the latest reactions a long thread shows until "Show all". */
export const RECENT = 30;

export function AnnotationThread({ decision, readOnly = false, onProjector, onProjectorChange }: Props) {
  const { current } = usePeople();
  const [local, setLocal] = useState<Map<string, Annotation | null>>(() => new Map());
  const [adding, setAdding] = useState<Adding>('closed');
  const [draft, setDraft] = useState<AnnotationDraft>(emptyAnnotationDraft);
  const [deleting, setDeleting] = useState<Annotation | null>(null);
  const [showAll, setShowAll] = useState(false);
  const server = decision.annotations;

  useEffect(() => {
    setLocal((l) => (l.size === 0 ? l : pruneLocal(server, l)));
  }, [server]);

  const thread = mergeThread(server, local);
  const write = useCallback((a: Annotation | null, id: string) => setLocal((l) => new Map(l).set(id, a)), []);

  function startAdding() {
    setAdding(current ? 'form' : 'who');
  }

  async function add(input: AnnotationInput) {
    const a = await addAnnotation(decision.id, input);
    write(a, a.id);
    setDraft(emptyAnnotationDraft());
    setAdding('closed');
  }

  // Stable, so the memoized items do not render again when the thread does.
  const update = useCallback(
    async (a: Annotation, input: AnnotationInput) => {
      const next = await updateAnnotation(a.id, input);
      write(next, next.id);
    },
    [write],
  );

  async function remove(a: Annotation) {
    await deleteAnnotation(a.id);
    write(null, a.id);
  }

  const count = thread.length;
  // A room reacting from its phones can leave thousands: the latest few are shown (the tally
  // counts them all), and the rest on request, so the meeting stays readable and quick.
  const hidden = showAll ? 0 : Math.max(0, count - RECENT);
  const shown = hidden > 0 ? thread.slice(hidden) : thread;
  return (
    <section className="annotations" aria-label={`Customer reactions to “${decision.statement}”`} data-testid="annotation-thread">
      {(count > 0 || onProjectorChange) && (
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
      )}
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
      {!readOnly && adding === 'closed' && (
        <button type="button" className="btn btn--small annotations__add" onClick={startAdding} data-testid="annotate">
          React as the customer
        </button>
      )}
      {!readOnly && adding === 'who' && (
        <WhoAreYou onChosen={() => setAdding('form')} onCancel={() => setAdding('closed')} />
      )}
      {!readOnly && adding === 'form' && (
        <AnnotationForm
          draft={draft}
          onDraft={setDraft}
          submitLabel="Add reaction"
          signedAs={current ? `${current.name} (${ROLE_SHORT[current.role]})` : null}
          onSave={async (input) => {
            if (!current) {
              // Nobody at the keyboard any more: ask, and keep what was typed.
              setAdding('who');
              return;
            }
            await add(input);
          }}
          onCancel={() => setAdding('closed')}
        />
      )}
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
