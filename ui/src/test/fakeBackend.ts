// A stand-in for the Rust backend in tests: a small sample workspace behind `mockIPC`, every
// call recorded, any command overridable, the native dialogs answered from `state`, and the
// event system mocked so tests (and the fake `run_import`, `show_on_projector`) can emit. Each
// feature's commands live in their own fake under fakes/ (meetings and their agenda timers,
// decisions, annotations, people, the library, decks, the shell) and in fakeEscalations.ts.
// The rules they do not re-implement answer from fixtures chair-core's tests write
// (fakes/fixtures.ts, src-tauri/core/tests/it/*_fixtures.rs): the one-way-door gate and what an
// edit or an accept does around it, the empty-chair score, who may annotate and with what
// feeling, and the meeting's lifecycle with its agenda timers. Writes to people and annotations
// announce themselves with `workspace-changed`, as the real backend does.
import { mockIPC } from '@tauri-apps/api/mocks';

import type { CommandError } from '../bindings/CommandError';
import type { ErrorCode } from '../bindings/ErrorCode';
import { fakeEscalations } from './fakeEscalations';
import { agendaHandlers } from './fakes/agenda';
import { annotationHandlers } from './fakes/annotations';
import { type Handler, type Handlers, context } from './fakes/context';
import { deckHandlers } from './fakes/decks';
import { decisionHandlers, reviewHandlers } from './fakes/decisions';
import { anecdoteHandlers, importHandlers, personaHandlers } from './fakes/library';
import { meetingHandlers, roomHandlers } from './fakes/meetings';
import { peopleHandlers } from './fakes/people';
import { projectorHandlers, workspaceHandlers } from './fakes/shell';
import { initialState } from './fakes/state';

export { changeOf } from './fakes/context';
export * from './fakes/samples';

export type Call = { cmd: string; args: Record<string, unknown> };

/** What a test sees of the calls made: every one, those of one command, the dialogs shown. */
function callLog() {
  const calls: Call[] = [];
  return {
    calls,
    /** The arguments of every call of `cmd`, in order. */
    argsOf(cmd: string) {
      return calls.filter((c) => c.cmd === cmd).map((c) => c.args);
    },
    /** The native dialogs shown (`open` takes file and folder pickers), with their options. */
    dialogCalls(kind: 'open' | 'save') {
      return calls
        .filter((c) => c.cmd === 'pick_path' && (c.args.mode === 'save') === (kind === 'save'))
        .map((c) => ({
          options: { defaultPath: c.args.defaultName, filters: c.args.filters, directory: c.args.mode === 'folder' },
        }));
    },
  };
}

/** Each feature's fake: the commands it answers, given what they share. */
const FAKES = [
  peopleHandlers,
  annotationHandlers,
  workspaceHandlers,
  personaHandlers,
  anecdoteHandlers,
  importHandlers,
  meetingHandlers,
  agendaHandlers,
  roomHandlers,
  decisionHandlers,
  reviewHandlers,
  deckHandlers,
  projectorHandlers,
];

/** Installs the fake backend; `state` can be changed before or during a test. */
export function fakeBackend() {
  const state = initialState();
  const ctx = context(state);
  const esc = fakeEscalations({ anecdotes: () => state.anecdotes, personas: () => state.personas, views: state.views });
  const handlers: Handlers = Object.assign({}, esc.handlers, ...FAKES.map((fake) => fake(ctx)));
  const log = callLog();
  const overrides = new Map<string, Handler>();

  mockIPC(
    (cmd, payload) => {
      const args = (payload ?? {}) as Record<string, unknown>;
      log.calls.push({ cmd, args });
      const h = overrides.get(cmd) ?? handlers[cmd];
      if (!h) throw { code: 'internal', message: `the fake backend has no ${cmd}` };
      // Hand out copies, as the real IPC does, so the app cannot share objects with the fake.
      return Promise.resolve(h(args)).then((v) => (v === undefined ? v : structuredClone(v)));
    },
    { shouldMockEvents: true },
  );

  return {
    state,
    /** Escalations, exported paths and the JSON import's answer (fakeEscalations.ts). */
    esc: esc.state,
    ...log,
    /** Replaces the handler of one command. */
    on(cmd: string, h: Handler) {
      overrides.set(cmd, h);
    },
    /** Makes every call of `cmd` fail with `error`, as the backend refuses. */
    refuse(cmd: string, error: CommandError) {
      overrides.set(cmd, () => {
        throw error;
      });
    },
  };
}

/**
 * A backend whose workspace failed to open with `code` (`corrupt`, `in_use`...): the workspace's
 * commands fail with the current status until something (a recovery command, or the test) sets
 * `state.status` back to ok.
 */
export function failedBackend(code: ErrorCode, message: string, path?: string) {
  const be = fakeBackend();
  be.state.status = { ...be.state.status, state: 'failed', code, message, path: path ?? be.state.status.path };
  const openOnlyWhenOk = (answer: () => unknown) => () => {
    const { state, code: now, message: why } = be.state.status;
    if (state !== 'ok') throw { code: now, message: why };
    return answer();
  };
  be.on('get_workspace', openOnlyWhenOk(() => be.state.summary));
  be.on('get_preferences', openOnlyWhenOk(() => be.state.preferences));
  return be;
}

/** A promise with its resolve and reject outside, to answer a call when the test says so. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
