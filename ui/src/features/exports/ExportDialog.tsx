// Exporting the decision log: the format, which decisions (with a live count of how many the
// filters take), then the system's save dialog (a folder for ADR files). The export never
// replaces a file without asking: the backend refuses with `exists`, we ask "Replace?", and
// only then write again with overwrite. "Print view" shows the same decisions to print.
import { useId, useState } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { ExportFormat } from '../../bindings/ExportFormat';
import type { ExportReport } from '../../bindings/ExportReport';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { fileNameOf, plural, todayIso } from '../../lib/format';
import { errorCode, errorMessage, pickFolder, pickSavePath } from '../../lib/ipc';
import { decisionLog, exportDecisionLog } from './api';
import { useLoad } from '../../lib/useLoad';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { FORMATS, cleanFilter, decisionCount, formatInfo } from './logFilter';
import { LogFilters } from './LogFilters';
import './exports.css';
import { FieldError } from '../../shared/FieldError';

type Props = {
  initialFilter?: DecisionFilter;
  meetings: MeetingListItem[];
  personas: Persona[];
  onExported: (report: ExportReport) => void;
  /** Opens the print view of the decisions the filters take. */
  onPrint: (filter: DecisionFilter) => void;
  onClose: () => void;
};

export function ExportDialog({ initialFilter = {}, meetings, personas, onExported, onPrint, onClose }: Props) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [filter, setFilter] = useState<DecisionFilter>(initialFilter);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replace, setReplace] = useState<string | null>(null);
  const clean = cleanFilter(filter);
  const log = useLoad(() => decisionLog(clean), [JSON.stringify(clean)]);
  const count = log.data ? decisionCount(log.data) : null;
  const info = formatInfo(format);

  async function write(path: string, overwrite: boolean) {
    const report = await exportDecisionLog(clean, format, path, overwrite);
    onExported(report);
  }

  async function save() {
    setError(null);
    setBusy(true);
    let path: string | null = null;
    try {
      path = info.ext === null ? await pickFolder('exportLog') : await pickSavePath(`decision-log-${todayIso()}.${info.ext}`, [info.filter!], 'exportLog');
      if (path === null) return;
      await write(path, false);
    } catch (e) {
      if (errorCode(e) === 'exists' && path !== null) setReplace(path);
      else setError(`The decision log could not be exported: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title="Export the decision log" onClose={onClose} testId="export-dialog" className="modal--large">
      <fieldset className="export-formats">
        <legend className="log-filters__legend">Format</legend>
        {FORMATS.map((f) => (
          <label key={f.format} className={`export-format${f.format === format ? ' export-format--on' : ''}`}>
            <input
              type="radio"
              name={`${id}-format`}
              value={f.format}
              checked={f.format === format}
              onChange={() => setFormat(f.format)}
              data-testid={`export-format-${f.format}`}
            />
            <span className="export-format__label">{f.label}</span>
            <span className="export-format__hint">{f.hint}</span>
          </label>
        ))}
      </fieldset>
      <LogFilters filter={filter} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} meetings={meetings} personas={personas} />
      <p className={log.error ? 'field-error' : 'export-count'} aria-live="polite" data-testid="export-count">
        {log.error
          ? `The decisions could not be counted: ${log.error}`
          : count === null
            ? 'Counting the decisions…'
            : count === 0
              ? 'No decision matches these filters.'
              : `${plural(count, 'decision')} ${count === 1 ? 'matches' : 'match'}`}
      </p>
      {error && (
        <FieldError testId="export-error">
          {error}
        </FieldError>
      )}
      <FormFooter
        onCancel={onClose}
        saveLabel={info.ext === null ? 'Choose folder…' : 'Save as…'}
        busyLabel="Exporting…"
        busy={busy}
        disabled={busy || count === 0}
        saveTestId="export-save"
        onSave={() => void save()}
      >
        <button
          type="button"
          className="btn modal__actions-start"
          onClick={() => onPrint(clean)}
          disabled={count === 0}
          data-testid="export-print-view"
        >
          Print view…
        </button>
      </FormFooter>
      {replace !== null && (
        <ConfirmDialog
          title="Replace?"
          message={
            format === 'adr'
              ? `The folder “${fileNameOf(replace)}” already holds decision records with these names. Replace them with this export?`
              : `“${fileNameOf(replace)}” already exists. Replace it with this export?`
          }
          confirmLabel="Replace"
          onConfirm={() => write(replace, true)}
          onClose={() => setReplace(null)}
        />
      )}
    </Modal>
  );
}
