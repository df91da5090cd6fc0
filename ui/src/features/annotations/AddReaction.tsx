// "React as the customer" under a thread: the button, then "Who are you?" when nobody is at the
// keyboard, then the form. What was typed is kept while it is open, and cleared once added.
import { useState } from 'react';

import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { Person } from '../../bindings/Person';
import { emptyAnnotationDraft, type AnnotationDraft } from './annotations';
import { ROLE_SHORT } from '../people/RoleBadge';
import { AnnotationForm } from './AnnotationForm';
import { WhoAreYou } from './WhoAreYou';

type Props = {
  /** Read only: nothing is offered (what was typed is kept for when it is not). */
  readOnly: boolean;
  current: Person | null;
  onAdd: (input: AnnotationInput) => Promise<void>;
};

type Adding = 'closed' | 'who' | 'form';

export function AddReaction({ readOnly, current, onAdd }: Props) {
  const [adding, setAdding] = useState<Adding>('closed');
  const [draft, setDraft] = useState<AnnotationDraft>(emptyAnnotationDraft);

  async function add(input: AnnotationInput) {
    if (!current) {
      // Nobody at the keyboard any more: ask, and keep what was typed.
      setAdding('who');
      return;
    }
    await onAdd(input);
    setDraft(emptyAnnotationDraft());
    setAdding('closed');
  }

  if (readOnly) return null;
  if (adding === 'who') return <WhoAreYou onChosen={() => setAdding('form')} onCancel={() => setAdding('closed')} />;
  if (adding === 'form') {
    return (
      <AnnotationForm
        draft={draft}
        onDraft={setDraft}
        submitLabel="Add reaction"
        signedAs={current ? `${current.name} (${ROLE_SHORT[current.role]})` : null}
        onSave={add}
        onCancel={() => setAdding('closed')}
      />
    );
  }
  return (
    <button type="button" className="btn btn--small annotations__add" onClick={() => setAdding(current ? 'form' : 'who')} data-testid="annotate">
      React as the customer
    </button>
  );
}
