// The People screen's commands: edit and archive a person (listing, adding and choosing who is at
// the keyboard are cross-cutting and stay in lib/ipc.ts).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Person } from '../../bindings/Person';
import type { PersonInput } from '../../bindings/PersonInput';
import { call } from '../../lib/ipc';

export const updatePerson = (id: string, input: PersonInput): Promise<Person> => call('update_person', { id, input });

export const archivePerson = (id: string, archived: boolean): Promise<Person> =>
  call('archive_person', { id, archived });
