// The personas: a grid of cards, archived ones on request; create, edit, duplicate, archive
// and unarchive, and choose or remove a picture.
import { useState } from 'react';

import type { NewPersona } from '../../bindings/NewPersona';
import type { Persona } from '../../bindings/Persona';
import { listPersonas, pickFile } from '../../lib/ipc';
import { archivePersona, createPersona, duplicatePersona, setPersonaAvatar, updatePersona } from './api';
import { IMAGE_FILE_FILTERS } from './personaForm';
import { useLoad } from '../../lib/useLoad';
import { PersonaEditor } from './PersonaEditor';
import { PersonaTile, type PersonaAction } from './PersonaTile';
import { FieldError } from '../../shared/FieldError';
import { useItemAction } from '../../shared/useItemAction';
import { ShowArchived, ViewHeader } from '../../shared/ViewHeader';

type Props = { refreshKey: number };

type Editing = { persona: Persona | null } | null;

/** What a card's action (other than "edit", which opens the editor) asks of the backend. */
async function perform(p: Persona, action: Exclude<PersonaAction, 'edit'>) {
  if (action === 'duplicate') await duplicatePersona(p.id);
  if (action === 'archive') await archivePersona(p.id, p.archivedAt === null);
  if (action === 'remove-picture') await setPersonaAvatar(p.id, null);
  if (action === 'picture') {
    const picked = await pickFile(IMAGE_FILE_FILTERS, 'avatar');
    if (picked !== null) await setPersonaAvatar(p.id, picked);
  }
}

export function PersonasView({ refreshKey }: Props) {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const action = useItemAction(reload);
  const personas = useLoad(() => listPersonas(showArchived), [showArchived, refreshKey, reloads]);
  const list = personas.data ?? [];
  const error = action.error ?? personas.error;

  function act(p: Persona, a: PersonaAction) {
    if (a === 'edit') setEditing({ persona: p });
    else void action.run(p, () => perform(p, a));
  }

  async function save(input: NewPersona) {
    const target = editing?.persona ?? null;
    await (target ? updatePersona(target.id, input) : createPersona(input));
    reload();
  }

  return (
    <section className="view personas" data-testid="personas" aria-labelledby="personas-title">
      <ViewHeader titleId="personas-title" title="Personas" subtitle="The customers who can sit in the chair.">
        <ShowArchived checked={showArchived} onChange={setShowArchived} testId="persona-show-archived" />
        <button type="button" className="btn btn--primary" onClick={() => setEditing({ persona: null })} data-testid="persona-new">
          + New persona
        </button>
      </ViewHeader>
      {error && <FieldError className="view__error">{error}</FieldError>}
      <div className="view__body">
        <div className="persona-grid">
          {list.map((p) => (
            <PersonaTile
              key={p.id}
              persona={p}
              refreshKey={refreshKey + reloads}
              busy={action.busyId === p.id}
              onAction={(a) => act(p, a)}
            />
          ))}
        </div>
        {personas.data && list.length === 0 && (
          <p className="muted" data-testid="personas-none">
            No personas yet. Create the first customer to put in the chair.
          </p>
        )}
      </div>
      {editing && <PersonaEditor persona={editing.persona} onSave={save} onClose={() => setEditing(null)} />}
    </section>
  );
}
