// The workspace's people and who is at the keyboard, kept in memory; each write announces
// itself with `workspace-changed`, as the real backend does.
import type { Person } from '../../bindings/Person';
import type { PersonInput } from '../../bindings/PersonInput';
import { type Ctx, type Handlers, notFound, now } from './context';
import { person } from './samples';
import type { State } from './state';

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);

export const currentPerson = (state: State): Person | null => state.people.find((x) => x.id === state.currentPersonId) ?? null;

export function peopleHandlers(ctx: Ctx): Handlers {
  const { state, changed } = ctx;
  const personOf = (id: unknown): Person => state.people.find((x) => x.id === id) ?? notFound('person', id);
  const checkPerson = (input: PersonInput, id: string | null) => {
    const name = input.name.trim();
    if (name === '') throw { code: 'invalid', field: 'name', message: 'name: required' };
    const same = state.people.find((x) => x.id !== id && x.archivedAt === null && x.name.toLowerCase() === name.toLowerCase());
    if (same) throw { code: 'invalid', field: 'name', message: `name: someone called “${name}” is already in this workspace` };
    return name;
  };
  const setPerson = (p: Person): Person => {
    state.people = state.people.map((x) => (x.id === p.id ? p : x));
    return p;
  };
  return {
    list_people: (a) => [
      ...state.people.filter((p) => p.archivedAt === null).sort(byName),
      ...(a.includeArchived ? state.people.filter((p) => p.archivedAt !== null).sort(byName) : []),
    ],
    create_person: async (a) => {
      const input = a.input as PersonInput;
      const p = person(`person${ctx.next()}`, checkPerson(input, null), { role: input.role ?? 'participant' });
      state.people = [...state.people, p];
      await changed('people');
      return p;
    },
    update_person: async (a) => {
      const before = personOf(a.id);
      const input = a.input as PersonInput;
      const p = setPerson({ ...before, name: checkPerson(input, before.id), role: input.role ?? before.role, updatedAt: now() });
      await changed('people');
      return p;
    },
    archive_person: async (a) => {
      const p = setPerson({ ...personOf(a.id), archivedAt: a.archived ? now() : null });
      if (a.archived && state.currentPersonId === p.id) state.currentPersonId = null;
      await changed('people');
      return p;
    },
    get_current_person: () => currentPerson(state),
    set_current_person: async (a) => {
      if (a.id == null) state.currentPersonId = null;
      else {
        const p = personOf(a.id);
        if (p.archivedAt !== null) throw { code: 'invalid', message: `${p.name} is archived` };
        state.currentPersonId = p.id;
      }
      await changed('people');
      return currentPerson(state);
    },
  };
}
