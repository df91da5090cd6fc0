// The import wizard: previewing (encoding note, rows as text, remembered mapping, errors that
// name the file), choosing the kind, checking (errors refuse the file; the summary and
// warnings otherwise), importing with progress, and cancelling.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { emit } from '@tauri-apps/api/event';
import { describe, expect, test, vi } from 'vitest';

import type { ImportReport } from '../../bindings/ImportReport';
import { onlyCall } from '../../test/actions';
import { COMMA, deferred, fakeBackend, importPreview, mapping, persona } from '../../test/fakeBackend';
import { ImportDialog } from './ImportDialog';

const personas = [persona('p1', 'Diane Okafor'), persona('p2', 'Tomás Reyes')];

function renderDialog() {
  const onImported = vi.fn();
  const onClose = vi.fn();
  render(<ImportDialog personas={personas} onImported={onImported} onClose={onClose} />);
  return { onImported, onClose };
}

/** Picks `path` in the (fake) file dialog; the preview follows. */
async function previewFile(be: ReturnType<typeof fakeBackend>, path = '/data/complaints.csv') {
  be.state.pickedFile = path;
  fireEvent.click(screen.getByTestId('import-pick'));
  await screen.findByTestId('import-mapping');
}

/** Asks for the check and waits for its summary. */
async function checkFile() {
  fireEvent.click(screen.getByTestId('import-check'));
  return screen.findByTestId('import-summary');
}

const select = (testId: string) => screen.getByTestId(testId) as HTMLSelectElement;

describe('preview › what it shows', () => {
  test('shows the file, its encoding note, its rows as text and the suggested mapping', async () => {
    const be = fakeBackend();
    be.state.importPreview = importPreview({
      encoding: 'windows-1252',
      encodingNote: 'The file is not valid UTF-8; it was read as Windows-1252. Check accented letters.',
      rows: [
        ['2024-01-05', 'Mortgage', '<script>alert(1)</script><img src=x onerror=alert(2)>', '100'],
        ['2024-01-06', 'Card', 'A very long complaint '.repeat(20), '101'],
      ],
    });
    renderDialog();
    await previewFile(be);

    expect(be.argsOf('preview_import')).toEqual([{ path: '/data/complaints.csv', kind: null, encoding: null }]);
    expect(screen.getByTestId('import-file-name').textContent).toBe('complaints.csv');
    expect(screen.getByTestId('import-encoding').textContent).toBe('windows-1252');
    expect(screen.getByTestId('import-encoding-note').textContent).toContain('read as Windows-1252');
    expect(select('import-kind').value).toBe('comma');

    const dialog = screen.getByTestId('import-dialog');
    expect(dialog.querySelector('script')).toBeNull();
    expect(dialog.querySelector('img')).toBeNull();
    const cells = screen.getAllByTestId('import-cell');
    expect(cells[2]!.textContent).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
    expect(cells[6]!.getAttribute('title')).toBe('A very long complaint '.repeat(20));

    expect(select('import-map-text').value).toBe('Consumer complaint narrative');
    expect(select('import-map-saidOn').value).toBe('Date received');
    expect(select('import-map-channel').value).toBe('');
    expect((screen.getByTestId('import-default-channel') as HTMLInputElement).value).toBe('complaint');
    expect(screen.getByTestId('import-mapping-source').textContent).toContain('a guess from the column names');
    expect(screen.getByTestId('import-rows').textContent).toContain('→ What the customer said');
  });

  test('starts from the mapping remembered for files like this', async () => {
    const be = fakeBackend();
    be.state.importPreview = importPreview({}, mapping({ text: 'Product', channel: 'Old column', categoryTags: ['Product'] }));
    renderDialog();
    await previewFile(be);
    expect(screen.getByTestId('import-mapping-source').textContent).toBe(
      'Using the mapping you chose last time for files like this.',
    );
    expect(select('import-map-text').value).toBe('Product');
    expect(select('import-map-channel').value).toBe('Old column');
    expect(within(select('import-map-channel')).getByText('Old column (not in this file)')).toBeTruthy();
    expect((within(screen.getByTestId('import-category-tags')).getByLabelText('Product') as HTMLInputElement).checked).toBe(true);
  });

  test('a file that cannot be read says which, why and the code', async () => {
    const be = fakeBackend();
    be.refuse('preview_import', { code: 'io', message: 'cannot be read: No such file or directory (os error 2)' });
    be.state.pickedFile = '/nope/missing.csv';
    renderDialog();
    fireEvent.click(screen.getByTestId('import-pick'));
    const error = await screen.findByTestId('import-file-error');
    expect(error.textContent).toBe('missing.csv: cannot be read: No such file or directory (os error 2) [io]');
    expect(screen.queryByTestId('import-mapping')).toBeNull();
    expect(screen.queryByTestId('import-check')).toBeNull();
  });
});

describe('preview › picking and reading the file', () => {
  test('"Choose file…" previews the picked file; cancelling the dialog does nothing', async () => {
    const be = fakeBackend();
    renderDialog();
    fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(be.dialogCalls('open')).toHaveLength(1));
    expect(be.argsOf('preview_import')).toHaveLength(0);
    const filters = (be.dialogCalls('open')[0]!.options as { filters: Array<{ extensions: string[] }> }).filters;
    expect(filters[0]!.extensions).toEqual(['csv', 'tsv', 'txt', 'jsonl', 'ndjson', 'xlsx']);

    be.state.pickedFile = '/home/me/reviews.jsonl';
    fireEvent.click(screen.getByTestId('import-pick'));
    await screen.findByTestId('import-mapping');
    expect(be.argsOf('preview_import')).toEqual([{ path: '/home/me/reviews.jsonl', kind: null, encoding: null }]);
    const file = screen.getByTestId('import-file');
    expect(file.textContent).toBe('reviews.jsonl/home/me');
    expect(file.getAttribute('title')).toBe('/home/me/reviews.jsonl');
    expect(screen.getByTestId('import-pick').textContent).toBe('Choose another file…');
    // No field takes a typed path: the app reads only a file picked in the dialog.
    expect(screen.getByTestId('import-dialog').querySelector('.import-choose input')).toBeNull();
  });

  test('reading it another way previews again with that kind, and checks with it', async () => {
    const be = fakeBackend();
    renderDialog();
    await previewFile(be);
    fireEvent.change(screen.getByTestId('import-kind'), { target: { value: 'semicolon' } });
    await waitFor(() => expect(be.argsOf('preview_import')).toHaveLength(2));
    expect(be.argsOf('preview_import')[1]).toEqual({ path: '/data/complaints.csv', kind: { type: 'delimited', delimiter: 59 }, encoding: null });
    await waitFor(() => expect(select('import-kind').value).toBe('semicolon'));
    fireEvent.click(screen.getByTestId('import-check'));
    const call = await onlyCall(be, 'check_import');
    expect(call.options).toEqual({
      acceptIncompleteLast: false,
      maxErrors: 20,
      kind: { type: 'delimited', delimiter: 59 },
      encoding: null,
    });
  });
});

describe('check', () => {
  test('errors are listed with where they are, nothing is imported and Import stays off', async () => {
    const be = fakeBackend();
    be.state.importCheck = {
      errors: [
        {
          file: 'complaints.csv',
          row: 17,
          column: 'Date received',
          field: 'saidOn',
          message: '"31/31/2020" is not a date',
        },
        { file: 'complaints.csv', row: null, column: null, field: null, message: 'the last record is cut off' },
      ],
      summary: null,
      alreadyInWorkspace: 0,
    };
    renderDialog();
    await previewFile(be);
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('import-check'));
    const errors = await screen.findAllByTestId('import-error');
    expect(errors.map((e) => e.textContent)).toEqual([
      'complaints.csv · row 17 · column “Date received” (date)"31/31/2020" is not a date',
      'complaints.csv' + 'the last record is cut off',
    ]);
    expect(screen.getByTestId('import-errors').textContent).toContain('Nothing was imported');
    const run = screen.getByTestId('import-run') as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.click(run);
    expect(be.argsOf('run_import')).toHaveLength(0);
  });

  test('the summary says what would happen, with warnings and example rows; a change asks for a new check', async () => {
    const be = fakeBackend();
    renderDialog();
    await previewFile(be);
    fireEvent.change(screen.getByTestId('import-map-channel'), { target: { value: 'Product' } });
    fireEvent.click(screen.getByTestId('import-accept-incomplete'));
    const summary = await checkFile();
    expect(be.argsOf('check_import')[0]).toEqual({
      path: '/data/complaints.csv',
      mapping: mapping({
        text: 'Consumer complaint narrative',
        saidOn: 'Date received',
        productArea: 'Product',
        channel: 'Product',
        sourceRef: 'Complaint ID',
        defaultChannel: 'complaint',
      }),
      options: { acceptIncompleteLast: true, maxErrors: 20, kind: COMMA, encoding: null },
    });
    expect(summary.textContent).toContain('Records read120');
    expect(summary.textContent).toContain('Can be imported118');
    expect(summary.textContent).toContain('Already in the workspace5');
    expect(summary.textContent).toContain('New anecdotes113');
    expect(screen.getByTestId('import-warning').textContent).toBe(
      '2 rows: rows with no text are skipped (for example rows 7, 19)',
    );
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(false);

    fireEvent.change(screen.getByTestId('import-map-segment'), { target: { value: 'Product' } });
    expect(screen.queryByTestId('import-summary')).toBeNull();
    expect((screen.getByTestId('import-run') as HTMLButtonElement).disabled).toBe(true);
  });

  test('with no text column there is nothing to check', async () => {
    const be = fakeBackend();
    be.state.importPreview = importPreview({ suggested: mapping() });
    renderDialog();
    await previewFile(be);
    expect(select('import-map-text').getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(true);
  });
});

async function checked(be: ReturnType<typeof fakeBackend>) {
  renderDialog();
  await previewFile(be);
  await checkFile();
}

describe('import › progress', () => {
  test('shows progress while it runs, then how many were imported and skipped', async () => {
    const be = fakeBackend();
    const answer = deferred<ImportReport>();
    be.on('run_import', () => answer.promise);
    const { onImported, onClose } = renderDialog();
    await previewFile(be);
    fireEvent.click(within(screen.getByTestId('import-personas')).getByLabelText('Tomás Reyes'));
    await checkFile();
    fireEvent.click(screen.getByTestId('import-run'));

    const progress = await screen.findByTestId('import-progress');
    // The Import button is gone: focus is on Cancel, the one thing to do now.
    expect(document.activeElement).toBe(screen.getByTestId('import-cancel'));
    expect(await onlyCall(be, 'run_import')).toMatchObject({ path: '/data/complaints.csv', personaIds: ['p2'] });
    await act(async () => {
      await emit('import-progress', { phase: 'reading', done: 250, total: 1000 });
    });
    expect(screen.getByTestId('import-phase').textContent).toBe('Reading the file… 25%');
    expect(progress.querySelector('progress')?.getAttribute('value')).toBe('250');
    await act(async () => {
      await emit('import-progress', { phase: 'writing', done: 900, total: 1000 });
    });
    expect(screen.getByTestId('import-phase').textContent).toBe('Adding the anecdotes to the workspace… 90%');

    // Escape does not close the dialog while it runs.
    fireEvent.keyDown(screen.getByTestId('import-dialog'), { key: 'Escape' });
    expect(onClose).not.toHaveBeenCalled();

    await act(async () =>
      answer.resolve({ summary: be.state.importCheck.summary!, inserted: 1234, alreadyInWorkspace: 5, alreadyRows: [2] }),
    );
    expect(screen.getByTestId('import-done').textContent).toBe(
      '1,234 anecdotes imported, 5 already in the workspace were skipped.',
    );
    expect(onImported).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByTestId('import-view-library'));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('the fake backend’s own progress reaches the bar', async () => {
    const be = fakeBackend();
    await checked(be);
    fireEvent.click(screen.getByTestId('import-run'));
    await screen.findByTestId('import-done');
  });
});

describe('import › cancelling and refusals', () => {
  test('Cancel stops it and says nothing was changed', async () => {
    const be = fakeBackend();
    const answer = deferred<ImportReport>();
    be.on('run_import', () => answer.promise);
    be.on('cancel_import', () => {
      answer.reject({ code: 'cancelled', message: 'the import was cancelled' });
      return null;
    });
    await checked(be);
    fireEvent.click(screen.getByTestId('import-run'));
    fireEvent.click(await screen.findByTestId('import-cancel'));
    const message = await screen.findByTestId('import-cancelled');
    expect(message.textContent).toBe('Import cancelled: nothing was changed.');
    expect(be.argsOf('cancel_import')).toHaveLength(1);
    expect(screen.queryByTestId('import-done')).toBeNull();
  });

  test('a refused import goes back to the file with the reason', async () => {
    const be = fakeBackend();
    be.refuse('run_import', { code: 'invalid', message: 'complaints.csv changed since it was checked' });
    await checked(be);
    fireEvent.click(screen.getByTestId('import-run'));
    const failure = await screen.findByTestId('import-failure');
    expect(failure.textContent).toBe('Nothing was imported: complaints.csv changed since it was checked');
    expect(screen.getByTestId('import-mapping')).toBeTruthy();
  });
});

describe('dates (issue 13 item 6)', () => {
  const dayFirstPreview = (settled: 'dayFirst' | 'monthFirst' | null) =>
    importPreview({
      headers: ['Date received', 'Consumer complaint narrative'],
      rows: [
        ['03/04/2026', 'First'],
        ['25/12/2026', 'Second'],
      ],
      dateColumns: [
        {
          column: 'Date received',
          ambiguousExample: '03/04/2026',
          settled,
          monthFirst: ['2026-03-04', null],
          dayFirst: ['2026-04-03', '2026-12-25'],
        },
      ],
      suggested: mapping({
        text: 'Consumer complaint narrative',
        saidOn: 'Date received',
        dateOrder: settled ?? 'monthFirst',
      }),
    });

  test('an ambiguous date column shows both readings, the file settles the default, and the rows follow the choice', async () => {
    const be = fakeBackend();
    be.state.importPreview = dayFirstPreview('dayFirst');
    renderDialog();
    await previewFile(be);
    const choice = screen.getByTestId('import-date-order');
    expect(choice.textContent).toContain('03/04/2026');
    expect(screen.getByTestId('import-date-order-source').textContent).toContain('settles it');
    expect((screen.getByTestId('import-date-order-dayFirst') as HTMLInputElement).checked).toBe(true);
    const readings = () => screen.getAllByTestId('import-date-reading').map((r) => r.textContent);
    expect(readings()[1]).toContain('2026');
    expect(readings()[1]).not.toContain('not a date');

    fireEvent.click(screen.getByTestId('import-date-order-monthFirst'));
    expect(readings()[1]).toContain('not a date');
    fireEvent.click(screen.getByTestId('import-check'));
    const call = await onlyCall(be, 'check_import');
    expect((call.mapping as { dateOrder: string }).dateOrder).toBe('monthFirst');
  });

  test('when nothing settles it the default follows the locale', async () => {
    const be = fakeBackend();
    be.state.importPreview = dayFirstPreview(null);
    renderDialog();
    await previewFile(be);
    expect(screen.getByTestId('import-date-order-source').textContent).toContain('computer’s date format');
    const expected = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(2026, 2, 4))
      .findIndex((p) => p.type === 'month') === 0
      ? 'monthFirst'
      : 'dayFirst';
    expect((screen.getByTestId(`import-date-order-${expected}`) as HTMLInputElement).checked).toBe(true);
  });
});

describe('encodings and workbooks (issue 13 item 6)', () => {
  test('choosing an encoding previews again in it, and the check uses it', async () => {
    const be = fakeBackend();
    renderDialog();
    await previewFile(be);
    expect(select('import-encoding-choice').value).toBe('utf-8');
    fireEvent.change(select('import-encoding-choice'), { target: { value: 'iso-8859-15' } });
    await waitFor(() => expect(be.argsOf('preview_import')).toHaveLength(2));
    expect(be.argsOf('preview_import')[1]).toEqual({ path: '/data/complaints.csv', kind: COMMA, encoding: 'iso-8859-15' });
    await waitFor(() => expect(select('import-encoding-choice').value).toBe('iso-8859-15'));
    fireEvent.click(screen.getByTestId('import-check'));
    const call = await onlyCall(be, 'check_import');
    expect((call.options as { encoding: string }).encoding).toBe('iso-8859-15');
  });

  test('a workbook offers its sheets instead of delimiters', async () => {
    const be = fakeBackend();
    be.state.importPreview = importPreview({
      fileName: 'complaints.xlsx',
      kind: { type: 'workbook', sheet: 0 },
      sheets: ['About', 'Complaints'],
    });
    renderDialog();
    await previewFile(be, '/data/complaints.xlsx');
    expect(screen.queryByTestId('import-kind')).toBeNull();
    expect(screen.queryByTestId('import-encoding-choice')).toBeNull();
    fireEvent.change(select('import-sheet'), { target: { value: '1' } });
    await waitFor(() => expect(be.argsOf('preview_import')).toHaveLength(2));
    expect(be.argsOf('preview_import')[1]).toEqual({
      path: '/data/complaints.xlsx',
      kind: { type: 'workbook', sheet: 1 },
      encoding: null,
    });
  });
});
