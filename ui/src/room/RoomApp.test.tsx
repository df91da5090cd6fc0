// The room's page against a fake laptop (fetch and EventSource stubbed): joining with the
// link's secret, names and comments from other devices shown as text, and a reaction sent
// while offline that is resent under the same client id and arrives once.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import hostile from '../../../tests/fixtures/hostile.json';
import type { RoomView } from '../bindings/RoomView';
import { RoomApp } from './RoomApp';

type Handler = (e: MessageEvent<string>) => void;

/** The live stream: the test pushes events into the page. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  handlers = new Map<string, Handler[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, h: Handler) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), h]);
  }
  close() {}
  emit(type: string, data: unknown) {
    for (const h of this.handlers.get(type) ?? []) h(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const hostileTexts = (hostile as Array<{ text: string }>).map((h) => h.text);

function view(): RoomView {
  return {
    meetingId: 'm1',
    title: 'Pricing review',
    status: 'running',
    personas: [{ name: 'Dana', segment: 'Small shops', quote: 'Just work.', goals: ['Save time'], frustrations: [], needs: [] }],
    question: 'What would Dana say?',
    draft: null,
    decisions: [
      {
        id: 'd1',
        statement: 'Drop the annual plan',
        rationale: '',
        status: 'proposed',
        impacts: [],
        reactions: hostileTexts.map((text, i) => ({
          id: `r${i}`,
          personId: 'other',
          author: text,
          role: 'ambassador',
          stance: 'opposes',
          feeling: 1,
          comment: text,
          flags: [],
        })),
      },
    ],
    evidence: [],
  };
}

type Call = { method: string; path: string; body: unknown };

function json(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
}

let calls: Call[];
let offline: boolean;

beforeEach(() => {
  calls = [];
  offline = false;
  localStorage.clear();
  FakeEventSource.last = null;
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const body: unknown = init.body ? JSON.parse(String(init.body)) : null;
    calls.push({ method, path, body });
    if (offline) return Promise.reject(new TypeError('Failed to fetch'));
    if (path === '/api/me') return json(200, { name: 'Ana', role: 'ambassador', status: 'admitted', personId: 'p-ana' });
    if (path === '/api/reactions') {
      const b = body as { clientId: string; stance: string; comment: string };
      return json(201, { id: b.clientId, personId: 'p-ana', author: 'Ana', role: 'ambassador', stance: b.stance, feeling: null, comment: b.comment, flags: [] });
    }
    return json(404, { code: 'not_found', message: 'no' });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('the room page', () => {
  test('joins with the secret of the link and takes it out of the address bar', async () => {
    vi.stubGlobal('fetch', (path: string, init: RequestInit = {}) => {
      calls.push({ method: init.method ?? 'GET', path, body: init.body ? JSON.parse(String(init.body)) : null });
      if (path === '/api/me') return json(401, { code: 'signed_out', message: 'not in the room' });
      return json(201, { name: 'Cy', role: 'participant', status: 'waiting', personId: null });
    });
    window.history.replaceState(null, '', '/#k=abcdefghijklmnopqrstuvwxyz012345');
    render(<RoomApp />);
    expect(window.location.hash).toBe('');
    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: 'Cy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await screen.findByText(/Waiting for the facilitator/);
    expect(calls.find((c) => c.path === '/api/join')?.body).toEqual({
      secret: 'abcdefghijklmnopqrstuvwxyz012345',
      name: 'Cy',
      role: 'participant',
    });
  });

  test('names and comments of other devices are text, never markup', async () => {
    const { container } = render(<RoomApp />);
    await waitFor(() => expect(FakeEventSource.last).not.toBeNull());
    act(() => FakeEventSource.last!.emit('view', view()));
    await screen.findByText('Drop the annual plan');
    for (const text of hostileTexts) expect(container.textContent).toContain(text.trim());
    expect(container.querySelector('img, svg, iframe, object, embed, script, a[href], form[action]')).toBeNull();
    expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
  });

  test('a reaction made offline is kept, shown as waiting, and sent once when back', async () => {
    render(<RoomApp />);
    await waitFor(() => expect(FakeEventSource.last).not.toBeNull());
    act(() => FakeEventSource.last!.emit('view', { ...view(), decisions: [{ ...view().decisions[0]!, reactions: [] }] }));
    await screen.findByText('Drop the annual plan');

    offline = true;
    fireEvent.click(screen.getByLabelText('Opposes'));
    fireEvent.change(screen.getByLabelText('In the customer’s words'), { target: { value: 'I would leave' } });
    fireEvent.click(screen.getByRole('button', { name: 'React' }));
    await screen.findByText(/Offline — 1 waiting to send/);
    const tried = calls.filter((c) => c.path === '/api/reactions');
    expect(tried.length).toBeGreaterThan(0);
    expect(JSON.parse(localStorage.getItem('empty-chair-room-queue') ?? '[]')).toHaveLength(1);

    offline = false;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await screen.findByText('I would leave');
    await screen.findByText('Live');
    const sent = calls.filter((c) => c.path === '/api/reactions').map((c) => (c.body as { clientId: string }).clientId);
    expect(new Set(sent).size).toBe(1);
    expect(JSON.parse(localStorage.getItem('empty-chair-room-queue') ?? '[]')).toHaveLength(0);
  });
});
