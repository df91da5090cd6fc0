// The Personas screen's commands: create, edit, duplicate and archive a persona, and set its picture
// (listing them is cross-cutting and stays in lib/ipc.ts).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { NewPersona } from '../../bindings/NewPersona';
import type { Persona } from '../../bindings/Persona';
import { call } from '../../lib/ipc';

export const createPersona = (input: NewPersona): Promise<Persona> =>
  call('create_persona', { input });

export const updatePersona = (id: string, input: NewPersona): Promise<Persona> =>
  call('update_persona', { id, input });

export const duplicatePersona = (id: string): Promise<Persona> => call('duplicate_persona', { id });

export const archivePersona = (id: string, archived: boolean): Promise<Persona> =>
  call('archive_persona', { id, archived });

/** Copies the image at `path` into the workspace as the persona's picture; null removes it. */
export const setPersonaAvatar = (id: string, path: string | null): Promise<Persona> =>
  call('set_persona_avatar', { id, path });
