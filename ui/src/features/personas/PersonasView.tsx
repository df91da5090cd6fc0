// The personas: a grid of cards, archived ones on request; create, edit, duplicate, archive
// and unarchive, and choose or remove a picture.
import { useState } from 'react';

import type { NewPersona } from '../../bindings/NewPersona';
import type { Persona } from '../../bindings/Persona';
import { errorMessage, listPersonas, pickFile } from '../../lib/ipc';
import { archivePersona, createPersona, duplicatePersona, setPersonaAvatar, updatePersona } from './api';
import { IMAGE_FILE_FILTERS } from './personaForm';
import { useLoad } from '../../lib/useLoad';
import { PersonaEditor } from './PersonaEditor';
import { PersonaTile, type PersonaAction } from './PersonaTile';
import { FieldError } from '../../shared/FieldError';

type Props = { refreshKey: number };

type Editing = { persona: Persona | null } | null;

export function PersonasView({ refreshKey }: Props) {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((n) => n + 1);
  const personas = useLoad(() => listPersonas(showArchived), [showArchived, refreshKey, reloads]);
  const list = personas.data ?? [];
  const error = actionError ?? personas.error;

  async function act(p: Persona, action: PersonaAction) {
    if (action === 'edit') {
      setEditing({ persona: p });
      return;
    }
    setBusyId(p.id);
    setActionError(null);
    try {
      if (action === 'duplicate') await duplicatePersona(p.id);
      if (action === 'archive') await archivePersona(p.id, p.archivedAt === null);
      if (action === 'remove-picture') await setPersonaAvatar(p.id, null);
      if (action === 'picture') {
        const picked = await pickFile(IMAGE_FILE_FILTERS, 'avatar');
        if (picked !== null) await setPersonaAvatar(p.id, picked);
      }
      reload();
    } catch (e) {
      setActionError(`${p.name}: ${errorMessage(e)}`);
    } finally {
      setBusyId(null);
    }
  }

  async function save(input: NewPersona) {
    const target = editing?.persona ?? null;
    await (target ? updatePersona(target.id, input) : createPersona(input));
    reload();
  }

  return (
    <section className="view personas" data-testid="personas" aria-labelledby="personas-title">
      <header className="view__header">
        <div>
          <h1 className="view__title" id="personas-title">
            Personas
          </h1>
          <p className="view__subtitle">The customers who can sit in the chair.</p>
        </div>
        <div className="view__actions">
          <label className="check">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.target.checked)}
              data-testid="persona-show-archived"
            />
            Show archived
          </label>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => setEditing({ persona: null })}
            data-testid="persona-new"
          >
            + New persona
          </button>
        </div>
      </header>
      {error && (
        <FieldError className="view__error">
          {error}
        </FieldError>
      )}
      <div className="view__body">
        <div className="persona-grid">
          {list.map((p) => (
            <PersonaTile
              key={p.id}
              persona={p}
              refreshKey={refreshKey + reloads}
              busy={busyId === p.id}
              onAction={(a) => void act(p, a)}
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
