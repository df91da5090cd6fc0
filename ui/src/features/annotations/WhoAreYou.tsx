// Asked in place, the first time someone reacts while nobody is at the keyboard: pick yourself
// from the people, or add yourself (as an ambassador by default). Annotating goes on at once.
import { useId } from 'react';

import type { Person } from '../../bindings/Person';
import { PersonChoices } from '../people/PersonChoices';

type Props = {
  onChosen: (p: Person) => void;
  onCancel: () => void;
};

export function WhoAreYou({ onChosen, onCancel }: Props) {
  const id = useId();
  return (
    <section className="who-are-you" aria-labelledby={id} data-testid="who-are-you">
      <h3 className="who-are-you__title" id={id}>
        Who are you?
      </h3>
      <p className="muted">A reaction carries its author’s name and role. Pick yourself, or add yourself.</p>
      <PersonChoices onChosen={onChosen} addRole="ambassador" addLabel="Add me" />
      <button type="button" className="link-button" onClick={onCancel} data-testid="who-are-you-cancel">
        Not now
      </button>
    </section>
  );
}
