// What the per-feature fakes share: the state, fresh ids, the clock, finding a meeting or a
// decision (`not_found` as the backend says it), writing a decision back wherever it is kept,
// and announcing a write with `workspace-changed`.
import { emit } from '@tauri-apps/api/event';

import type { ChangeArea } from '../../bindings/ChangeArea';
import type { Changed } from '../../bindings/Changed';
import type { Decision } from '../../bindings/Decision';
import type { MeetingView } from '../../bindings/MeetingView';
import type { State } from './state';

export type Handler = (args: Record<string, unknown>) => unknown;
export type Handlers = Record<string, Handler>;

/** What the backend says a write in `area` changed (no particular meeting). */
export const changeOf = (area: ChangeArea): Changed => ({ areas: [area], meetingId: null, decisionIds: [], reactions: [], pulse: null });

export const now = () => new Date().toISOString();

export function notFound(what: string, id: unknown): never {
  throw { code: 'not_found', message: `${what} ${String(id)} was not found` };
}

export function context(state: State) {
  let nextId = 1;
  const viewOf = (id: unknown): MeetingView => state.views.get(String(id)) ?? notFound('meeting', id);
  const decisionOf = (id: unknown): { v: MeetingView; d: Decision } => {
    for (const v of state.views.values()) {
      const d = v.decisions.find((x) => x.id === id);
      if (d) return { v, d };
    }
    const due = state.due.find((x) => x.id === id);
    if (due) return { v: viewOf(due.meetingId), d: due };
    return notFound('decision', id);
  };
  const setDecision = (d: Decision): Decision => {
    for (const v of state.views.values()) v.decisions = v.decisions.map((x) => (x.id === d.id ? d : x));
    state.due = state.due.map((x) => (x.id === d.id ? d : x));
    return d;
  };
  /** The customer was brought in now: the meeting's and its current item's last reference. */
  const stamp = (v: MeetingView): string => {
    const t = now();
    v.meeting = { ...v.meeting, lastCustomerReferenceAt: t };
    v.agenda = v.agenda.map((a) => (a.id === v.meeting.currentAgendaItemId ? { ...a, lastCustomerReferenceAt: t } : a));
    return t;
  };
  return {
    state,
    /** A number no other id made by the fake has. */
    next: () => nextId++,
    viewOf,
    decisionOf,
    setDecision,
    stamp,
    changed: (area: ChangeArea) => emit('workspace-changed', changeOf(area)),
  };
}

export type Ctx = ReturnType<typeof context>;
