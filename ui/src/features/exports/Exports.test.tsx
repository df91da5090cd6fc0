// The decision log leaving and coming back: the export dialog's live count and filters, the
// save dialog with the format's extension (a folder for ADR), "Replace?" before an existing
// file is overwritten, the print view as text, and the JSON import's dry run before merging.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';

import { App } from '../../App';
import { decision, fakeBackend, meeting, view } from '../../test/fakeBackend';
import { ExportDialog } from './ExportDialog';
import { ExportsHost } from './ExportsHost';
import { ImportLogDialog } from './ImportLogDialog';
import { PrintView } from './PrintView';

/** The fake workspace with three decisions in m1 and one in an older meeting m0. */
function backend() {
  const be = fakeBackend();
  const m1 = be.state.views.get('m1')!;
  m1.decisions = [
    decision('d1', 'Refund damaged items at drop-off', {
      status: 'accepted',
      reversibility: 'one_way',
      impacts: [
        { id: 'i1', decisionId: 'd1', personaId: 'p1', segment: '', direction: 'helps', magnitude: 4, confidence: null, reach: '', whatChanges: 'No more paying for our mistakes' },
      ],
    }),
    decision('d2', 'Try QR codes instead of labels', { reversibility: 'two_way' }),
    decision('d3', '<script>alert(1)</script> Print labels', { status: 'rejected' }),
  ];
  be.state.views.set('m0', view(meeting('m0', { title: 'Kick-off', heldOn: '2025-01-10' }), { decisions: [decision('d0', 'Start a returns review', { meetingId: 'm0' })] }));
  return be;
}

function renderExport(props: Partial<Parameters<typeof ExportDialog>[0]> = {}) {
  const onExported = vi.fn();
  const onPrint = vi.fn();
  render(
    <ExportDialog meetings={[]} personas={[]} onExported={onExported} onPrint={onPrint} onClose={vi.fn()} {...props} />,
  );
  return { onExported, onPrint };
}

const count = () => screen.getByTestId('export-count').textContent;

describe('ExportDialog › counting and saving', () => {
  test('counts the decisions the filters take, live', async () => {
    const be = backend();
    renderExport({ initialFilter: { meetingId: 'm1' } });
    await waitFor(() => expect(count()).toBe('3 decisions match'));
    fireEvent.change(screen.getByTestId('log-filter-status'), { target: { value: 'accepted' } });
    await waitFor(() => expect(count()).toBe('1 decision matches'));
    expect(be.argsOf('decision_log').at(-1)).toEqual({ filter: { meetingId: 'm1', status: 'accepted' } });
    fireEvent.change(screen.getByTestId('log-filter-direction'), { target: { value: 'hurts' } });
    await waitFor(() => expect(count()).toBe('No decision matches these filters.'));
    expect((screen.getByTestId('export-save') as HTMLButtonElement).disabled).toBe(true);
    // Back to "any": the field leaves the filter.
    fireEvent.change(screen.getByTestId('log-filter-direction'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('log-filter-status'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('log-filter-from'), { target: { value: '2025-02-01' } });
    await waitFor(() => expect(be.argsOf('decision_log').at(-1)).toEqual({ filter: { meetingId: 'm1', from: '2025-02-01' } }));
    await waitFor(() => expect(count()).toBe('3 decisions match'));
  });

  test('saves where the save dialog says, with the format’s extension, and never overwrites without asking', async () => {
    const be = backend();
    be.state.savePath = '/home/ana/log.csv';
    be.esc.existing.add('/home/ana/log.csv');
    const { onExported } = renderExport();
    await waitFor(() => expect(count()).toBe('4 decisions match'));
    fireEvent.click(screen.getByTestId('export-format-csv'));
    fireEvent.click(screen.getByTestId('export-save'));

    const confirm = await screen.findByTestId('confirm-dialog');
    expect(confirm.textContent).toContain('Replace?');
    expect(confirm.textContent).toContain('“log.csv” already exists');
    const save = be.dialogCalls('save')[0]!.options as { defaultPath: string; filters: unknown };
    expect(save.defaultPath).toMatch(/^decision-log-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(save.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
    expect(be.argsOf('export_decision_log')).toEqual([{ filter: {}, format: 'csv', path: '/home/ana/log.csv', overwrite: false }]);
    expect(onExported).not.toHaveBeenCalled();

    // Cancel keeps the file; Replace writes again with overwrite.
    fireEvent.click(within(confirm).getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(be.argsOf('export_decision_log')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('export-save'));
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-ok'));
    await waitFor(() => expect(onExported).toHaveBeenCalled());
    expect(be.argsOf('export_decision_log').at(-1)).toEqual({ filter: {}, format: 'csv', path: '/home/ana/log.csv', overwrite: true });
    expect(onExported.mock.calls[0]![0]).toEqual({ format: 'csv', path: '/home/ana/log.csv', decisions: 4, files: 1 });
  });

  test('a new file is written at once; a cancelled save dialog writes nothing', async () => {
    const be = backend();
    const { onExported } = renderExport();
    await waitFor(() => expect(count()).toBe('4 decisions match'));
    fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(be.dialogCalls('save')).toHaveLength(1));
    expect(be.argsOf('export_decision_log')).toEqual([]);

    be.state.savePath = '/tmp/new.md';
    fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(onExported).toHaveBeenCalled());
    expect(be.argsOf('export_decision_log')).toEqual([{ filter: {}, format: 'markdown', path: '/tmp/new.md', overwrite: false }]);
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });
});

describe('ExportDialog › folders and failures', () => {
  test('ADR files go into a folder picked in the folder dialog', async () => {
    const be = backend();
    be.state.pickedFile = '/repo/docs/decisions';
    const { onExported } = renderExport();
    fireEvent.click(screen.getByTestId('export-format-adr'));
    expect(screen.getByTestId('export-save').textContent).toBe('Choose folder…');
    await waitFor(() => expect(count()).toBe('4 decisions match'));
    fireEvent.click(screen.getByTestId('export-save'));
    await waitFor(() => expect(onExported).toHaveBeenCalled());
    expect(be.dialogCalls('open')[0]!.options).toMatchObject({ directory: true });
    expect(be.dialogCalls('save')).toEqual([]);
    expect(be.argsOf('export_decision_log')[0]).toMatchObject({ format: 'adr', path: '/repo/docs/decisions' });
  });

  test('a failed export says why and stays open', async () => {
    const be = backend();
    be.state.savePath = '/ro/log.md';
    be.refuse('export_decision_log', { code: 'io', message: '/ro/log.md: permission denied' });
    renderExport();
    await waitFor(() => expect(count()).toBe('4 decisions match'));
    fireEvent.click(screen.getByTestId('export-save'));
    expect((await screen.findByTestId('export-error')).textContent).toContain('permission denied');
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });
});

describe('after an export', () => {
  test('the message names the file and how many decisions went', async () => {
    const be = backend();
    be.state.savePath = '/home/ana/decisions.json';
    render(<ExportsHost open={{ kind: 'export' }} onOpen={vi.fn()} meetings={[]} personas={[]} />);
    fireEvent.click(screen.getByTestId('export-format-json'));
    await waitFor(() => expect(count()).toBe('4 decisions match'));
    fireEvent.click(screen.getByTestId('export-save'));
    expect((await screen.findByTestId('toast')).textContent).toContain('Exported 4 decisions to decisions.json');
  });
});

describe('PrintView', () => {
  test('renders the filtered log as text and prints on demand', async () => {
    backend();
    const print = vi.fn();
    render(<PrintView filter={{ meetingId: 'm1' }} onClose={vi.fn()} print={print} />);
    const decisions = await screen.findAllByTestId('print-decision');
    expect(decisions).toHaveLength(3);
    expect(decisions[0]!.textContent).toContain('Refund damaged items at drop-off');
    expect(decisions[0]!.textContent).toContain('Helps · Diane Okafor');
    expect(decisions[2]!.textContent).toContain('<script>alert(1)</script> Print labels');
    expect(screen.getByTestId('print-view').querySelector('script')).toBeNull();
    expect(screen.getByTestId('print-filter').textContent).toContain('meeting “Returns policy review”');
    fireEvent.click(screen.getByTestId('print-now'));
    expect(print).toHaveBeenCalledTimes(1);
  });

  test('names the meeting filtered on even when it has no decision, and has nothing to print', async () => {
    backend();
    const print = vi.fn();
    const meetings = [{ id: 'm9', title: 'Empty planning', heldOn: '2025-04-01', status: 'planned' as const, decisionCount: 0 }];
    render(<PrintView filter={{ meetingId: 'm9' }} meetings={meetings} onClose={vi.fn()} print={print} />);
    await screen.findByTestId('print-none');
    expect(screen.getByTestId('print-filter').textContent).toContain('meeting “Empty planning”');
    expect((screen.getByTestId('print-now') as HTMLButtonElement).disabled).toBe(true);
  });

  test('Escape closes it', async () => {
    backend();
    const onClose = vi.fn();
    render(<PrintView filter={{}} onClose={onClose} print={vi.fn()} />);
    await screen.findAllByTestId('print-decision');
    fireEvent.keyDown(screen.getByTestId('print-now'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});

describe('ImportLogDialog', () => {
  test('a dry run shows what would change; only Merge changes the workspace', async () => {
    const be = backend();
    be.state.pickedFile = '/home/ben/log.json';
    be.esc.merge = {
      dryRun: true,
      added: 2,
      updated: 1,
      unchanged: 7,
      keptNewer: 1,
      changes: [
        { kind: 'decision', id: 'd9', label: 'Ship the QR code pilot', action: 'added' },
        { kind: 'persona', id: 'p1', label: 'Diane Okafor', action: 'updated' },
        { kind: 'decision', id: 'd1', label: 'Refund damaged items', action: 'kept_newer' },
      ],
    };
    const onMerged = vi.fn();
    render(<ImportLogDialog onMerged={onMerged} onClose={vi.fn()} />);
    fireEvent.click(screen.getByTestId('import-log-pick'));
    await waitFor(() => expect((screen.getByTestId('import-log-path') as HTMLInputElement).value).toBe('/home/ben/log.json'));
    fireEvent.click(screen.getByTestId('import-log-check'));
    const report = await screen.findByTestId('import-log-report');
    expect(be.argsOf('import_decision_log')).toEqual([{ path: '/home/ben/log.json', dryRun: true }]);
    expect(report.textContent).toContain('Merging this file would:');
    expect(screen.getByTestId('merge-added').textContent).toBe('2 records added');
    expect(screen.getByTestId('merge-kept-newer').textContent).toBe('1 record kept (ours is newer)');
    const rows = screen.getAllByTestId('merge-change').map((r) => r.textContent);
    expect(rows).toEqual(['Ship the QR code pilotdecisionAdded', 'Diane OkaforpersonaUpdated', 'Refund damaged itemsdecisionKept ours (newer)']);

    fireEvent.click(screen.getByTestId('import-log-merge'));
    await screen.findByTestId('import-log-close');
    expect(be.argsOf('import_decision_log').at(-1)).toEqual({ path: '/home/ben/log.json', dryRun: false });
    expect(onMerged).toHaveBeenCalledWith(expect.objectContaining({ dryRun: false, added: 2 }));
  });

  test('the same file again: nothing to merge', async () => {
    const be = backend();
    be.esc.merge = { dryRun: true, added: 0, updated: 0, unchanged: 10, keptNewer: 0, changes: [] };
    render(<ImportLogDialog onClose={vi.fn()} />);
    fireEvent.change(screen.getByTestId('import-log-path'), { target: { value: '/home/ben/log.json' } });
    fireEvent.click(screen.getByTestId('import-log-check'));
    expect((await screen.findByTestId('import-log-report')).textContent).toContain('Nothing to merge');
    expect((screen.getByTestId('import-log-merge') as HTMLButtonElement).disabled).toBe(true);
  });

  test('a file that is refused says which and why', async () => {
    const be = backend();
    be.refuse('import_decision_log', { code: 'invalid', message: 'decisions[3].status: "maybe" is not a status' });
    render(<ImportLogDialog onClose={vi.fn()} />);
    fireEvent.change(screen.getByTestId('import-log-path'), { target: { value: '/x/bad.json' } });
    fireEvent.click(screen.getByTestId('import-log-check'));
    expect((await screen.findByTestId('import-log-error')).textContent).toBe('bad.json: decisions[3].status: "maybe" is not a status');
    expect((screen.getByTestId('import-log-merge') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('in the app', () => {
  test('the palette opens the export for the open meeting; the summary has the way too', async () => {
    const be = backend();
    render(<App />);
    await screen.findByTestId('meeting');
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.click(await screen.findByText('Export the decision log…'));
    await screen.findByTestId('export-dialog');
    await waitFor(() => expect(count()).toBe('3 decisions match'));
    expect(be.argsOf('decision_log')[0]).toEqual({ filter: { meetingId: 'm1' } });
    expect((screen.getByTestId('log-filter-meeting') as HTMLSelectElement).value).toBe('m1');
  });

  test('the sidebar counts open escalations and says when some are overdue', async () => {
    const be = backend();
    const { escalation } = await import('../../test/fakeEscalations');
    be.esc.escalations = [
      escalation('e1', { dueAt: new Date(Date.now() - 3_600_000).toISOString() }),
      escalation('e2'),
    ];
    render(<App />);
    const badge = await screen.findByTestId('escalations-badge');
    expect(badge.textContent).toBe('1 overdue of 2 open');
    fireEvent.click(screen.getByTestId('nav-escalations'));
    const list = await screen.findByTestId('escalations-open');
    expect(within(list).getAllByTestId('escalation')).toHaveLength(2);
  });
});
