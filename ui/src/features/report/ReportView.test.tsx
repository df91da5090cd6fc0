// The WOCAS report: themes with counts, share, trend and quotes; the persona and period it
// covers; exporting to the path the user chose.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';

import { ProjectorSafeContext } from '../../lib/projectorSafe';
import { onlyCall } from '../../test/actions';
import { anecdote, fakeBackend, hit, persona, theme, wocasReport } from '../../test/fakeBackend';
import { ReportView } from './ReportView';

const personas = [persona('p1', 'Diane Okafor'), persona('p2', 'Tomás Reyes')];
const NOW = new Date(2025, 2, 31);

function renderReport(safe = false) {
  render(
    <ProjectorSafeContext.Provider value={safe}>
      <ReportView personas={personas} refreshKey={0} now={NOW} />
    </ProjectorSafeContext.Provider>,
  );
  return screen.findAllByTestId('theme');
}

describe('ReportView › themes and the query', () => {
  test('shows the totals and each theme with share, trend, direction and quotes', async () => {
    const be = fakeBackend();
    be.state.report = wocasReport({
      themes: [
        theme('refund · slow', {
          count: 12,
          customers: 30,
          share: 0.4,
          quotes: [
            {
              ...hit(anecdote('q1', 'My refund took 3 weeks')),
              snippet: [
                { text: 'My ', hit: false },
                { text: 'refund', hit: true },
                { text: ' took 3 weeks', hit: false },
              ],
            },
            hit(anecdote('q2', '<img src=x onerror=alert(1)>')),
          ],
        }),
        theme('label · fee', { count: 1, customers: 1, share: 0.033, direction: 'falling', trend: [] }),
      ],
    });
    const themes = await renderReport();
    expect(be.argsOf('wocas_report')).toEqual([{ query: {} }]);
    expect(screen.getByTestId('report-summary').textContent).toBe(
      '30 anecdotes from 75 customers, Jan 3, 2025 – Mar 28, 2025 · all customers',
    );
    expect(themes).toHaveLength(2);
    const first = themes[0]!;
    expect(within(first).getByTestId('theme-label').textContent).toBe('refund · slow');
    expect(first.textContent).toContain('12 anecdotes · 30 customers');
    expect(first.querySelector<HTMLElement>('.share__bar')?.style.width).toBe('40%');
    expect(within(first).getByTestId('theme-direction').textContent).toContain('Rising');
    const chart = within(first).getByRole('img', { name: /Rising trend/ });
    expect(chart.getAttribute('aria-label')).toBe('Rising trend: 2 in Jan 2025, 4 in Feb 2025, 6 in Mar 2025');
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    expect(within(first).getByTestId('theme-trend').textContent).toContain('Rising: a larger share of what customers say lately; most in Mar 2025 (6)');
    const quotes = within(first).getAllByTestId('theme-quote');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.querySelector('mark')?.textContent).toBe('refund');
    expect(quotes[1]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(first.querySelector('img')).toBeNull();

    expect(within(themes[1]!).getByTestId('theme-direction').textContent).toContain('Falling');
    expect(themes[1]!.querySelector<HTMLElement>('.share__bar')?.style.width).toBe('3%');
    expect(within(themes[1]!).getByTestId('theme-trend').textContent).toContain('no dated anecdotes');
  });

  test('the persona and the period go into the query; quick periods end today', async () => {
    const be = fakeBackend();
    await renderReport();
    fireEvent.change(screen.getByTestId('report-persona'), { target: { value: 'p2' } });
    await waitFor(() => expect(be.argsOf('wocas_report').at(-1)).toEqual({ query: { personaId: 'p2' } }));

    fireEvent.click(screen.getByTestId('report-last-90'));
    await waitFor(() =>
      expect(be.argsOf('wocas_report').at(-1)).toEqual({ query: { personaId: 'p2', from: '2024-12-31', to: '2025-03-31' } }),
    );
    expect(screen.getByTestId('report-last-90').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('report-last-30').getAttribute('aria-pressed')).toBe('false');

    fireEvent.change(screen.getByTestId('report-from'), { target: { value: '2025-02-01' } });
    await waitFor(() =>
      expect(be.argsOf('wocas_report').at(-1)).toEqual({ query: { personaId: 'p2', from: '2025-02-01', to: '2025-03-31' } }),
    );
    expect(screen.getByTestId('report-last-90').getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(screen.getByTestId('report-all-time'));
    await waitFor(() => expect(be.argsOf('wocas_report').at(-1)).toEqual({ query: { personaId: 'p2' } }));
  });
});

describe('ReportView › export and masking', () => {
  test('Export writes the shown report where the user chose and says where', async () => {
    const be = fakeBackend();
    await renderReport();
    fireEvent.click(screen.getByTestId('report-last-30'));
    await waitFor(() => expect(be.argsOf('wocas_report')).toHaveLength(2));

    // Cancelling the save dialog writes nothing.
    fireEvent.click(screen.getByTestId('report-export-md'));
    await waitFor(() => expect(be.dialogCalls('save')).toHaveLength(1));
    expect(be.argsOf('export_wocas_report')).toHaveLength(0);
    expect(screen.queryByTestId('report-export-result')).toBeNull();

    be.state.savePath = '/home/me/wocas.md';
    fireEvent.click(screen.getByTestId('report-export-md'));
    expect(await onlyCall(be, 'export_wocas_report')).toEqual({
      query: { from: '2025-03-01', to: '2025-03-31' },
      format: 'markdown',
      path: '/home/me/wocas.md',
    });
    expect((await screen.findByTestId('report-export-result')).textContent).toBe('Saved to /home/me/wocas.md');
    const save = be.dialogCalls('save')[1]!.options as { defaultPath: string; filters: unknown };
    expect(save.defaultPath).toMatch(/^wocas-report-\d{4}-\d{2}-\d{2}\.md$/);

    be.state.savePath = '/home/me/wocas.csv';
    fireEvent.click(screen.getByTestId('report-export-csv'));
    await waitFor(() => expect(be.argsOf('export_wocas_report')).toHaveLength(2));
    expect(be.argsOf('export_wocas_report')[1]).toMatchObject({ format: 'csv', path: '/home/me/wocas.csv' });
  });

  test('a failed export says why', async () => {
    const be = fakeBackend();
    be.state.savePath = '/read-only/wocas.md';
    be.refuse('export_wocas_report', { code: 'io', message: 'permission denied' });
    await renderReport();
    fireEvent.click(screen.getByTestId('report-export-md'));
    const result = await screen.findByTestId('report-export-result');
    expect(result.textContent).toBe('The report could not be saved: permission denied');
    expect(result.getAttribute('role')).toBe('alert');
  });

  test('quotes are masked while projector-safe is on', async () => {
    const be = fakeBackend();
    be.state.report = wocasReport({ themes: [theme('call', { quotes: [hit(anecdote('q', 'Call me on 555-123-4567'))] })] });
    await renderReport(true);
    expect(screen.getByTestId('theme-quote').textContent).toContain('Call me on [phone]');
    expect(screen.getByTestId('report').textContent).not.toContain('4567');
  });

  test('an empty period says so', async () => {
    const be = fakeBackend();
    be.state.report = wocasReport({ total: 0, customers: 0, themes: [], from: null, to: null });
    render(<ReportView personas={personas} refreshKey={0} />);
    expect((await screen.findByTestId('report-none')).textContent).toContain('No anecdotes in this period');
  });
});
