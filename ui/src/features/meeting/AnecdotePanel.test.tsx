// The anecdote panel: what it searches with, the caption that says so, the debounce, stale
// answers, highlighting and pinning.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';

import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import { anecdote, deferred, fakeBackend, hit } from '../../test/fakeBackend';
import { AnecdotePanel } from './AnecdotePanel';

type PanelProps = Parameters<typeof AnecdotePanel>[0];

function renderPanel(props: Partial<PanelProps> = {}) {
  const all: PanelProps = {
    personaId: 'p1',
    personaName: 'Diane Okafor',
    draftText: '',
    pinned: [],
    onTogglePin: vi.fn(),
    refreshKey: 0,
    ...props,
  };
  const utils = render(<AnecdotePanel {...all} />);
  return { ...utils, props: all, rerenderWith: (p: Partial<PanelProps>) => utils.rerender(<AnecdotePanel {...all} {...p} />) };
}

/** A fake backend whose searches answer when the test resolves them, by the query's text. */
function answeredOnDemand() {
  const be = fakeBackend();
  const answers = new Map<string, ReturnType<typeof deferred<AnecdoteHit[]>>>();
  be.on('search_anecdotes', (a) => {
    const d = deferred<AnecdoteHit[]>();
    answers.set((a.query as { text: string }).text, d);
    return d.promise;
  });
  return answers;
}

const caption = () => screen.getByTestId('anecdote-caption').textContent;

describe('AnecdotePanel › searching', () => {
  test('asks for the persona’s strongest anecdotes when nothing is typed', async () => {
    const be = fakeBackend();
    renderPanel();
    await screen.findByTestId('anecdote');
    expect(be.argsOf('search_anecdotes')).toEqual([{ query: { text: '', mode: 'relevant', personaId: 'p1' } }]);
    expect(caption()).toBe('Strongest evidence for Diane');
  });

  test('searches with the decision being written, then with the search box', async () => {
    const be = fakeBackend();
    const { rerenderWith } = renderPanel({ draftText: 'free returns' });
    await waitFor(() =>
      expect(be.argsOf('search_anecdotes')).toEqual([{ query: { text: 'free returns', mode: 'relevant', personaId: 'p1' } }]),
    );
    await waitFor(() => expect(caption()).toBe('Relevant to the decision you are writing'));

    fireEvent.change(screen.getByTestId('anecdote-search'), { target: { value: 'refund' } });
    await waitFor(() => expect(caption()).toBe('Matching your search'));
    expect(be.argsOf('search_anecdotes').at(-1)).toEqual({ query: { text: 'refund', mode: 'keyword', personaId: 'p1' } });

    // The search box wins over the draft while it has text.
    rerenderWith({ draftText: 'something else' });
    fireEvent.change(screen.getByTestId('anecdote-search'), { target: { value: '' } });
    await waitFor(() =>
      expect(be.argsOf('search_anecdotes').at(-1)).toEqual({ query: { text: 'something else', mode: 'relevant', personaId: 'p1' } }),
    );
  });

  test('waits until typing pauses before searching', async () => {
    vi.useFakeTimers();
    try {
      const be = fakeBackend();
      renderPanel();
      await act(async () => {});
      const input = screen.getByTestId('anecdote-search');
      for (const value of ['r', 're', 'ref', 'refu', 'refund']) {
        fireEvent.change(input, { target: { value } });
        await act(async () => {
          vi.advanceTimersByTime(100);
        });
      }
      expect(be.argsOf('search_anecdotes').map((a) => (a.query as { text: string }).text)).toEqual(['']);
      await act(async () => {
        vi.advanceTimersByTime(250);
      });
      expect(be.argsOf('search_anecdotes').map((a) => (a.query as { text: string }).text)).toEqual(['', 'refund']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('ignores an answer that arrives after a newer one', async () => {
    const answers = answeredOnDemand();
    renderPanel();
    const input = screen.getByTestId('anecdote-search');
    fireEvent.change(input, { target: { value: 'slow' } });
    await waitFor(() => expect(answers.has('slow')).toBe(true));
    fireEvent.change(input, { target: { value: 'fast' } });
    await waitFor(() => expect(answers.has('fast')).toBe(true));

    await act(async () => answers.get('fast')!.resolve([hit(anecdote('f', 'fast answer'))]));
    await act(async () => answers.get('slow')!.resolve([hit(anecdote('s', 'slow answer'))]));
    const shown = screen.getAllByTestId('anecdote').map((e) => e.textContent);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('fast answer');
  });
});

describe('AnecdotePanel › while a search runs', () => {
  test('the panel changes when the answer comes, and says it is searching only when that is slow', async () => {
    const answers = answeredOnDemand();
    renderPanel();
    await waitFor(() => expect(answers.has('')).toBe(true));
    await act(async () => answers.get('')!.resolve([hit(anecdote('e', 'strong evidence'))]));
    const list = () => screen.getByTestId('anecdote-panel').querySelector('.anecdotes__list')!;
    expect(list().getAttribute('aria-busy')).toBe('false');

    fireEvent.change(screen.getByTestId('anecdote-search'), { target: { value: 'refund' } });
    await waitFor(() => expect(answers.has('refund')).toBe(true));
    // Asked, not answered: the cards and the caption still say what is on screen, not busy yet.
    expect(caption()).toBe('Strongest evidence for Diane');
    expect(list().getAttribute('aria-busy')).toBe('false');
    // A slow answer: the panel says it is searching.
    await waitFor(() => expect(list().getAttribute('aria-busy')).toBe('true'), { timeout: 2000 });

    await act(async () => answers.get('refund')!.resolve([hit(anecdote('r', 'refund answer'))]));
    expect(caption()).toBe('Matching your search');
    expect(list().getAttribute('aria-busy')).toBe('false');
    expect(screen.getByTestId('anecdote').textContent).toContain('refund answer');
  });
});

describe('AnecdotePanel › showing anecdotes', () => {
  test('shows matched words in <mark> and the anecdote’s details', async () => {
    const be = fakeBackend();
    be.state.hits = [
      {
        anecdote: anecdote('a1', 'My refund took weeks', {
          customerCount: 12,
          severity: 5,
          provenance: 'synthesized',
          channel: 'email',
          productArea: 'payments',
        }),
        snippet: [
          { text: 'My ', hit: false },
          { text: 'refund', hit: true },
          { text: ' took weeks', hit: false },
        ],
        matched: ['refund'],
        score: 3,
      },
    ];
    renderPanel();
    const card = await screen.findByTestId('anecdote');
    expect(card.querySelector('mark')?.textContent).toBe('refund');
    expect(card.querySelectorAll('mark')).toHaveLength(1);
    const text = card.textContent ?? '';
    for (const part of ['My refund took weeks', 'email', 'payments', 'Severity 5/5', '×12 customers', 'synthesized']) {
      expect(text).toContain(part);
    }
    expect(screen.getByRole('img', { name: 'Negative sentiment' })).toBeTruthy();
  });

  test('a pinned anecdote stays listed after a search no longer finds it', async () => {
    const be = fakeBackend();
    const pinned = anecdote('old', 'Pinned earlier');
    const onTogglePin = vi.fn();
    renderPanel({ pinned: [pinned], onTogglePin });
    await waitFor(() => expect(be.argsOf('search_anecdotes')).toHaveLength(1));
    // The pinned card shows at once, the search's own a moment later: wait for both.
    await waitFor(() => expect(screen.getAllByTestId('anecdote')).toHaveLength(2));
    const cards = screen.getAllByTestId('anecdote');
    expect(cards[0]!.textContent).toContain('Pinned earlier');
    const pin = screen.getAllByTestId('pin-anecdote')[0]!;
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(pin);
    expect(onTogglePin).toHaveBeenCalledWith(pinned);
  });
});
