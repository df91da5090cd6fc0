// The people of the workspace and who is at the keyboard on this laptop, for every screen:
// App loads them (again on every `workspace-changed`) and provides them through PeopleContext,
// so the sidebar, the people view, the switch dialog and each annotation thread agree on who
// is typing without passing it down through props.
import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

import type { Person } from '../bindings/Person';
import type { PersonInput } from '../bindings/PersonInput';
import * as ipc from './ipc';

export type People = {
  /** Active people, by name. */
  people: Person[];
  /** Who is at the keyboard; null until someone is chosen. */
  current: Person | null;
  loaded: boolean;
  /** Why the people could not be loaded, if they could not. */
  error: string | null;
  /** Hands the keyboard to `id` (null: nobody); rejects with the backend's error. */
  choose: (id: string | null) => Promise<Person | null>;
  /** Adds a person; rejects with the backend's error (e.g. `invalid` for a name already in use). */
  add: (input: PersonInput) => Promise<Person>;
};

const NOBODY: People = {
  people: [],
  current: null,
  loaded: false,
  error: null,
  choose: () => Promise.resolve(null),
  add: () => Promise.reject({ code: 'internal', message: 'people are not loaded' }),
};

export const PeopleContext = createContext<People>(NOBODY);

export function usePeople(): People {
  return useContext(PeopleContext);
}

/** Loads the people and the current person now and whenever `refreshKey` changes. */
export function usePeopleState(refreshKey: number): People {
  const [people, setPeople] = useState<Person[]>([]);
  const [current, setCurrent] = useState<Person | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  /** Counts this window's own writes: a load that started before one must not undo it. */
  const writes = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    const before = writes.current;
    try {
      const [list, now] = await Promise.all([ipc.listPeople(), ipc.getCurrentPerson()]);
      if (mine !== seq.current) return;
      if (before === writes.current) {
        setPeople(list);
        setCurrent(now);
      }
      setError(null);
    } catch (e) {
      if (mine === seq.current) setError(ipc.errorMessage(e));
    } finally {
      if (mine === seq.current) setLoaded(true);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const choose = useCallback(
    async (id: string | null) => {
      const now = await ipc.setCurrentPerson(id);
      writes.current++;
      setCurrent(now);
      return now;
    },
    [],
  );

  const add = useCallback(
    async (input: PersonInput) => {
      const p = await ipc.createPerson(input);
      writes.current++;
      setPeople((list) => [...list.filter((x) => x.id !== p.id), p].sort((a, b) => a.name.localeCompare(b.name)));
      return p;
    },
    [],
  );

  return { people, current, loaded, error, choose, add };
}
