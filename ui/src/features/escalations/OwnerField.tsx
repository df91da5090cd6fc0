// Who an escalation goes to: typed freely, with the people of the workspace offered as
// suggestions (without them the owner is still typed by hand).
import { useEffect, useState } from 'react';

import type { Person } from '../../bindings/Person';
import { listPeople } from '../../lib/ipc';
import { LabelledInput } from '../../shared/LabelledInput';
import { FieldErrorText, describedBy, type FieldError } from './fieldError';

type Props = {
  /** The dialog's id prefix. */
  id: string;
  value: string;
  onChange: (owner: string) => void;
  error: FieldError<string> | null;
};

export function OwnerField({ id, value, onChange, error }: Props) {
  const [people, setPeople] = useState<Person[]>([]);

  useEffect(() => {
    // Suggestions only: without the people list the owner is still typed by hand.
    listPeople()
      .then(setPeople)
      .catch(() => setPeople([]));
  }, []);

  return (
    <LabelledInput
      id={`${id}-owner`}
      label="Owner"
      value={value}
      onChange={(e) => onChange(e.target.value)}
      list={`${id}-people`}
      autoComplete="off"
      placeholder="Who finds out what happened"
      data-testid="escalate-owner"
      {...describedBy(error, 'owner', id)}
    >
      <datalist id={`${id}-people`}>
        {people.map((p) => (
          <option key={p.id} value={p.name} />
        ))}
      </datalist>
      <FieldErrorText error={error} field="owner" id={id} />
    </LabelledInput>
  );
}
