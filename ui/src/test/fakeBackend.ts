// A stand-in for the Rust backend in tests: a small sample workspace behind `mockIPC`, every
// call recorded, any command overridable, and the event system mocked so tests can emit.
import { mockIPC } from '@tauri-apps/api/mocks';

import type { Anecdote } from '../bindings/Anecdote';
import type { AnecdoteHit } from '../bindings/AnecdoteHit';
import type { Decision } from '../bindings/Decision';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';

const AT = '2025-03-01T10:00:00Z';

export function persona(id: string, name: string, extra: Partial<Persona> = {}): Persona {
  return {
    id,
    name,
    segment: 'Loyal member',
    bio: '',
    goals: ['Keep the house stocked'],
    frustrations: ['Paying return shipping on broken items'],
    needs: ['Refunds in days, not weeks'],
    quote: 'I just want it to work the way it used to.',
    successMeasure: 'Problems fixed in one contact.',
    avatarPath: null,
    archivedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function anecdote(id: string, text: string, extra: Partial<Anecdote> = {}): Anecdote {
  return {
    id,
    text,
    saidOn: '2025-02-11',
    channel: 'support chat',
    productArea: 'returns',
    segment: 'Loyal member',
    sentiment: 'negative',
    severity: 4,
    customerCount: 3,
    tags: [],
    sourceRef: null,
    provenance: 'real',
    personaIds: ['p1'],
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function hit(a: Anecdote): AnecdoteHit {
  return { anecdote: a, snippet: [{ text: a.text, hit: false }], matched: [], score: 1 };
}

export const DECK: PromptDeck = {
  id: 'deck1',
  name: 'Five customer questions',
  description: '',
  builtin: true,
  prompts: [
    { id: 'q1', deckId: 'deck1', position: 0, text: 'Who is the customer?', help: 'Be specific.' },
    { id: 'q2', deckId: 'deck1', position: 1, text: 'What is the customer problem?', help: '' },
    { id: 'q3', deckId: 'deck1', position: 2, text: 'What is the most important benefit?', help: '' },
  ],
};

export function meeting(id: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    title: 'Returns policy review',
    heldOn: '2025-03-01',
    goal: 'Decide on free returns',
    status: 'running',
    deckId: DECK.id,
    promptIndex: 0,
    personaIds: ['p1'],
    startedAt: AT,
    endedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export type Call = { cmd: string; args: Record<string, unknown> };
type Handler = (args: Record<string, unknown>) => unknown;

/** Installs the fake backend; `state` can be changed before or during a test. */
export function fakeBackend() {
  const personas = [persona('p1', 'Diane Okafor'), persona('p2', 'Tomás Reyes', { segment: 'Small seller' })];
  const views = new Map<string, MeetingView>([
    [
      'm1',
      { meeting: meeting('m1'), personas: [personas[0]!], deck: DECK, agenda: [], decisions: [] },
    ],
  ]);
  const state = {
    summary: {
      path: '/tmp/ws.db',
      isSample: true,
      personaCount: 2,
      anecdoteCount: 40,
      meetingCount: 1,
      decisionCount: 0,
      lastMeetingId: 'm1',
    } as WorkspaceSummary,
    personas,
    decks: [DECK],
    views,
    hits: [hit(anecdote('a1', 'I paid to return a broken lamp.'))] as AnecdoteHit[],
  };
  const calls: Call[] = [];
  const overrides = new Map<string, Handler>();
  let nextId = 1;

  const listItem = (v: MeetingView): MeetingListItem => ({
    id: v.meeting.id,
    title: v.meeting.title,
    heldOn: v.meeting.heldOn,
    status: v.meeting.status,
    decisionCount: v.decisions.length,
  });
  const viewOf = (id: unknown): MeetingView => {
    const v = views.get(String(id));
    if (!v) throw { code: 'not_found', message: `meeting ${String(id)} was not found` };
    return v;
  };
  const update = (id: unknown, patch: Partial<Meeting>): Meeting => {
    const v = viewOf(id);
    v.meeting = { ...v.meeting, ...patch };
    return v.meeting;
  };

  const handlers: Record<string, Handler> = {
    get_workspace: () => state.summary,
    list_meetings: () => [...views.values()].map(listItem),
    list_personas: () => state.personas,
    list_decks: () => state.decks,
    open_meeting: (a) => viewOf(a.id),
    search_anecdotes: () => state.hits,
    set_prompt_index: (a) => update(a.meetingId, { promptIndex: Number(a.index) }),
    set_meeting_status: (a) => update(a.meetingId, { status: a.status as MeetingStatus }),
    start_empty_workspace: () => {
      views.clear();
      state.summary = { ...state.summary, isSample: false, personaCount: 0, anecdoteCount: 0, meetingCount: 0, lastMeetingId: null };
      state.personas = [];
      state.hits = [];
      return state.summary;
    },
    create_meeting: (a) => {
      const input = a.input as NewMeeting;
      const m = meeting(`new${nextId++}`, {
        title: input.title,
        heldOn: input.heldOn ?? '2025-03-02',
        goal: input.goal ?? '',
        deckId: input.deckId ?? null,
        personaIds: input.personaIds ?? [],
      });
      views.set(m.id, {
        meeting: m,
        personas: state.personas.filter((p) => m.personaIds.includes(p.id)),
        deck: state.decks.find((d) => d.id === m.deckId) ?? null,
        agenda: [],
        decisions: [],
      });
      return m;
    },
    record_decision: (a) => {
      const input = a.input as NewDecision;
      const id = `d${nextId++}`;
      const d: Decision = {
        id,
        meetingId: input.meetingId,
        agendaItemId: null,
        statement: input.statement,
        rationale: input.rationale ?? '',
        owner: '',
        status: 'proposed',
        reversibility: input.reversibility ?? 'unknown',
        reviewOn: null,
        supersededBy: null,
        impacts: (input.impacts ?? []).map((i, n) => ({
          id: `${id}-i${n}`,
          decisionId: id,
          personaId: i.personaId ?? null,
          segment: '',
          direction: i.direction,
          magnitude: null,
          confidence: null,
          reach: '',
          whatChanges: i.whatChanges,
        })),
        evidenceIds: input.evidenceIds ?? [],
        createdAt: AT,
        updatedAt: AT,
      };
      viewOf(input.meetingId).decisions.push(d);
      return d;
    },
  };

  mockIPC(
    (cmd, payload) => {
      const args = (payload ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      const h = overrides.get(cmd) ?? handlers[cmd];
      if (!h) throw { code: 'internal', message: `the fake backend has no ${cmd}` };
      // Hand out copies, as the real IPC does, so the app cannot share objects with the fake.
      return Promise.resolve(h(args)).then((v) => (v === undefined ? v : structuredClone(v)));
    },
    { shouldMockEvents: true },
  );

  return {
    state,
    calls,
    /** Replaces the handler of one command. */
    on(cmd: string, h: Handler) {
      overrides.set(cmd, h);
    },
    /** The arguments of every call of `cmd`, in order. */
    argsOf(cmd: string) {
      return calls.filter((c) => c.cmd === cmd).map((c) => c.args);
    },
  };
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
