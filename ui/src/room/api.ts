// Talking to the laptop that serves the room: join, who am I, the live stream, and writes that
// survive losing the network (a queue kept in localStorage, resent under each write's
// client-made id until the laptop answers, so nothing arrives twice and nothing is lost).
import type { AnnotationFlag } from '../bindings/AnnotationFlag';
import type { DeviceStatus } from '../bindings/DeviceStatus';
import type { Role } from '../bindings/Role';
import type { RoomReaction } from '../bindings/RoomReaction';
import type { RoomView } from '../bindings/RoomView';
import type { Stance } from '../bindings/Stance';

export type Me = {
  name: string;
  role: Role;
  status: DeviceStatus;
  personId: string | null;
};

/** An error answer of the room's server. */
export class RoomError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly field: string | null,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: {} };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const response = await fetch(path, init);
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const p = (data ?? {}) as { code?: string; field?: string; message?: string };
    throw new RoomError(response.status, p.code ?? 'error', p.field ?? null, p.message ?? response.statusText);
  }
  return data as T;
}

export const join = (secret: string, name: string, role: Role) => call<Me>('POST', '/api/join', { secret, name, role });
export const me = () => call<Me>('GET', '/api/me');

export type ReactionBody = {
  stance: Stance;
  feeling: number | null;
  comment: string;
  flags: AnnotationFlag[];
};

/** A write waiting for the laptop's answer. */
export type Pending =
  | { kind: 'react'; clientId: string; decisionId: string; body: ReactionBody }
  | { kind: 'edit'; clientId: string; id: string; body: ReactionBody }
  | { kind: 'delete'; clientId: string; id: string }
  | { kind: 'speaking'; clientId: string };

const QUEUE_KEY = 'empty-chair-room-queue';

export function loadQueue(): Pending[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(QUEUE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Pending[]) : [];
  } catch {
    return [];
  }
}

export function saveQueue(queue: Pending[]) {
  localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
}

/** Sends one queued write. A network failure throws a TypeError (stay queued); an answer
 *  of the server, even a refusal, settles it. */
export async function send(p: Pending): Promise<RoomReaction | null> {
  switch (p.kind) {
    case 'react':
      return call<RoomReaction>('POST', '/api/reactions', { clientId: p.clientId, decisionId: p.decisionId, ...p.body });
    case 'edit':
      return call<RoomReaction>('PUT', `/api/reactions/${encodeURIComponent(p.id)}`, p.body);
    case 'delete':
      await call<null>('DELETE', `/api/reactions/${encodeURIComponent(p.id)}`);
      return null;
    case 'speaking':
      await call<null>('POST', '/api/speaking', { clientId: p.clientId });
      return null;
  }
}

export type LiveEvent =
  | { type: 'view'; view: RoomView }
  | { type: 'reaction'; decisionId: string; reaction: RoomReaction }
  | { type: 'signed-out' };

/** The live stream; `onOpen`/`onDown` say whether it is connected. EventSource reconnects by
 *  itself after a network loss. Returns a function that closes it. */
export function live(onEvent: (e: LiveEvent) => void, onOpen: () => void, onDown: () => void): () => void {
  const source = new EventSource('/api/events');
  source.addEventListener('open', onOpen);
  source.addEventListener('error', onDown);
  source.addEventListener('view', (e) => onEvent({ type: 'view', view: JSON.parse((e as MessageEvent<string>).data) as RoomView }));
  source.addEventListener('reaction', (e) => {
    const d = JSON.parse((e as MessageEvent<string>).data) as { decisionId: string; reaction: RoomReaction };
    onEvent({ type: 'reaction', decisionId: d.decisionId, reaction: d.reaction });
  });
  source.addEventListener('signed-out', () => {
    source.close();
    onEvent({ type: 'signed-out' });
  });
  return () => source.close();
}

/** The view with `reaction` added to (or replaced in) its decision. */
export function withReaction(view: RoomView, decisionId: string, reaction: RoomReaction): RoomView {
  return {
    ...view,
    decisions: view.decisions.map((d) =>
      d.id !== decisionId
        ? d
        : {
            ...d,
            reactions: d.reactions.some((r) => r.id === reaction.id)
              ? d.reactions.map((r) => (r.id === reaction.id ? reaction : r))
              : [...d.reactions, reaction],
          },
    ),
  };
}

/** The secret in the link's fragment (`#k=...`), once: it is removed from the address bar. */
export function takeSecret(): string | null {
  const match = /^#k=([A-Za-z0-9_-]{16,128})$/.exec(window.location.hash);
  if (!match) return null;
  window.history.replaceState(null, '', window.location.pathname);
  return match[1] ?? null;
}

/** A random UUID (v4). `crypto.randomUUID` exists only on HTTPS or localhost pages, and the
 *  room is plain HTTP on the local network; `getRandomValues` works everywhere. */
export function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
