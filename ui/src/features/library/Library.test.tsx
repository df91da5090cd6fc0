// The library: the query its search box, filters and sort send, counts, editing, adding,
// deleting with undo, and masking while projector-safe is on.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';

import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import { ProjectorSafeContext } from '../../lib/projectorSafe';
import { clickForAlert, onlyCall, type } from '../../test/actions';
import { anecdote, fakeBackend, hit } from '../../test/fakeBackend';
import { Library } from './Library';

const lastQuery = (be: ReturnType<typeof fakeBackend>) =>
  (be.argsOf('search_anecdotes').at(-1) as { query: AnecdoteQuery }).query;

async function renderLibrary(safe = false) {
  const utils = render(
    <ProjectorSafeContext.Provider value={safe}>
      <Library refreshKey={0} />
    </ProjectorSafeContext.Provider>,
  );
  await screen.findAllByTestId('library-result');
  return utils;
}

describe('Library search › the query', () => {
  test('starts with every anecdote, newest first, and says how many there are', async () => {
    const be = fakeBackend();
    await renderLibrary();
    expect(be.argsOf('search_anecdotes')).toEqual([{ query: { text: '', mode: 'keyword', sort: 'newest', limit: 100 } }]);
    await waitFor(() => expect(screen.getByTestId('library-count').textContent).toBe('40 anecdotes in this workspace · showing 1'));
    const sort = screen.getByTestId('library-sort') as HTMLSelectElement;
    expect(sort.value).toBe('newest');
    expect((within(sort).getByText('Best match') as HTMLOptionElement).disabled).toBe(true);
  });

  test('sends the typed words, the filters and the sort', async () => {
    const be = fakeBackend();
    await renderLibrary();
    await waitFor(() => expect(screen.getByTestId('filter-channel').querySelectorAll('option')).toHaveLength(3));

    type('library-search', '  refund  ');
    await waitFor(() => expect(lastQuery(be).text).toBe('refund'));
    // With words to match, best match first.
    expect(lastQuery(be).sort).toBe('relevance');

    type('filter-persona', 'p2');
    type('filter-channel', 'email');
    type('filter-product-area', 'payments');
    type('filter-sentiment', 'negative');
    type('filter-severity', '4');
    type('filter-tag', 'shipping');
    type('filter-from', '2024-07-01');
    type('filter-to', '2025-01-31');
    type('library-sort', 'most_reported');

    await waitFor(() =>
      expect(lastQuery(be)).toEqual({
        text: 'refund',
        mode: 'keyword',
        sort: 'most_reported',
        limit: 100,
        filters: {
          personaIds: ['p2'],
          channels: ['email'],
          productAreas: ['payments'],
          sentiments: ['negative'],
          severityMin: 4,
          tags: ['shipping'],
          saidFrom: '2024-07-01',
          saidTo: '2025-01-31',
        },
      }),
    );

    fireEvent.click(screen.getByTestId('filter-clear'));
    await waitFor(() => expect(lastQuery(be).filters).toBeUndefined());
  });
});

describe('Library search › waiting and showing results', () => {
  test('waits 200 ms after the last keystroke', async () => {
    vi.useFakeTimers();
    try {
      const be = fakeBackend();
      render(<Library refreshKey={0} />);
      await act(async () => {});
      for (const value of ['r', 're', 'ref']) {
        type('library-search', value);
        await act(async () => {
          vi.advanceTimersByTime(150);
        });
      }
      expect(be.argsOf('search_anecdotes').map((a) => (a.query as AnecdoteQuery).text)).toEqual(['']);
      await act(async () => {
        vi.advanceTimersByTime(60);
      });
      expect(be.argsOf('search_anecdotes').map((a) => (a.query as AnecdoteQuery).text)).toEqual(['', 'ref']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a result shows its highlighted text and every fact, as text', async () => {
    const be = fakeBackend();
    const a = anecdote('a9', '<b>Refund</b> never came', {
      tags: ['refund', 'late'],
      personaIds: ['p1', 'p2'],
      customerCount: 1,
      sourceRef: 'CFPB-77',
      channel: 'email',
    });
    be.state.hits = [{ ...hit(a), snippet: [{ text: '<b>Refund</b>', hit: true }, { text: ' never came', hit: false }] }];
    const { container } = await renderLibrary();
    const result = screen.getByTestId('library-result');
    expect(result.querySelector('mark')?.textContent).toBe('<b>Refund</b>');
    expect(container.querySelector('b')).toBeNull();
    await waitFor(() => expect(result.textContent).toContain('Speaks for Diane Okafor, Tomás Reyes'));
    for (const part of ['email', 'returns', 'Severity 4/5', '×1 customer', 'real', '#refund', '#late', 'Negative', 'CFPB-77']) {
      expect(result.textContent).toContain(part);
    }
  });
});

describe('Library editing › saving', () => {
  test('opening a result and saving sends every field', async () => {
    const be = fakeBackend();
    await renderLibrary();
    fireEvent.click(screen.getByTestId('library-result'));
    const editor = screen.getByTestId('anecdote-editor');
    expect((screen.getByTestId('anecdote-text') as HTMLTextAreaElement).value).toBe('I paid to return a broken lamp.');

    type('anecdote-text', 'I paid to return a broken lamp, twice.');
    type('anecdote-tags', 'returns, shipping fee, returns ,');
    type('anecdote-severity', '5');
    type('anecdote-count', '4');
    type('anecdote-sentiment', 'mixed');
    type('anecdote-provenance', 'synthesized');
    type('anecdote-sourceRef', '');
    fireEvent.click(within(editor).getByLabelText('Tomás Reyes'));
    fireEvent.click(screen.getByTestId('anecdote-save'));

    expect(await onlyCall(be, 'update_anecdote')).toEqual({
      id: 'a1',
      input: {
        text: 'I paid to return a broken lamp, twice.',
        saidOn: '2025-02-11',
        channel: 'support chat',
        productArea: 'returns',
        segment: 'Loyal member',
        sentiment: 'mixed',
        severity: 5,
        customerCount: 4,
        tags: ['returns', 'shipping fee'],
        provenance: 'synthesized',
        personaIds: ['p1', 'p2'],
      },
    });
    await waitFor(() => expect(screen.queryByTestId('anecdote-editor')).toBeNull());
  });

  test('"Add anecdote" opens an empty editor and creates one', async () => {
    const be = fakeBackend();
    await renderLibrary();
    fireEvent.click(screen.getByTestId('library-add'));
    expect((screen.getByTestId('anecdote-text') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByTestId('anecdote-delete')).toBeNull();
    expect((screen.getByTestId('anecdote-save') as HTMLButtonElement).disabled).toBe(true);
    type('anecdote-text', 'Checkout lost my cart');
    fireEvent.click(screen.getByTestId('anecdote-save'));
    expect(await onlyCall(be, 'create_anecdote')).toMatchObject({
      input: { text: 'Checkout lost my cart', severity: 3, customerCount: 1, sentiment: 'unknown', personaIds: [] },
    });
  });
});

describe('Library editing › refusals and undo', () => {
  test('a refused save keeps the editor open with the reason', async () => {
    const be = fakeBackend();
    be.refuse('update_anecdote', { code: 'invalid', field: 'severity', message: 'severity: must be between 1 and 5' });
    await renderLibrary();
    fireEvent.click(screen.getByTestId('library-result'));
    const alert = await clickForAlert('anecdote-save', 'anecdote-editor');
    expect(alert.textContent).toBe('severity: must be between 1 and 5');
  });

  test('delete shows a toast whose Undo restores exactly what was deleted', async () => {
    const be = fakeBackend();
    await renderLibrary();
    fireEvent.click(screen.getByTestId('library-result'));
    fireEvent.click(screen.getByTestId('anecdote-delete'));
    await waitFor(() => expect(be.argsOf('delete_anecdote')).toEqual([{ id: 'a1' }]));
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Anecdote deleted');
    expect(screen.queryByTestId('anecdote-editor')).toBeNull();
    await waitFor(() => expect(screen.queryAllByTestId('library-result')).toHaveLength(0));

    fireEvent.click(screen.getByTestId('undo'));
    expect(await onlyCall(be, 'restore_anecdote')).toEqual({
      deleted: { anecdote: anecdote('a1', 'I paid to return a broken lamp.'), evidenceDecisionIds: ['d-evidence'], consultedIn: [] },
    });
    expect(screen.queryByTestId('toast')).toBeNull();
    await screen.findByTestId('library-result');
  });
});

describe('Library while projector-safe is on', () => {
  test('hides contact details in results and in the editor, which keeps the real text', async () => {
    const be = fakeBackend();
    const text = 'Mail me at jo@example.com or call 555-123-4567';
    be.state.anecdotes = [anecdote('a1', text)];
    be.state.hits = [
      {
        ...hit(be.state.anecdotes[0]!),
        snippet: [
          { text: 'Mail me at jo@', hit: false },
          { text: 'example', hit: true },
          { text: '.com or call 555-123-4567', hit: false },
        ],
      },
    ];
    const { container } = await renderLibrary(true);
    const result = screen.getByTestId('library-result');
    expect(result.textContent).toContain('Mail me at [email] or call [phone]');
    expect(container.textContent).not.toContain('jo@example.com');
    expect(container.textContent).not.toContain('4567');

    fireEvent.click(result);
    expect(screen.queryByTestId('anecdote-text')).toBeNull();
    expect(screen.getByTestId('anecdote-text-masked').textContent).toBe('Mail me at [email] or call [phone]');
    fireEvent.click(screen.getByTestId('anecdote-save'));
    const call = await onlyCall(be, 'update_anecdote');
    expect((call.input as { text: string }).text).toBe(text);
  });
});
