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
import { fileNameOf, plural } from '../../lib/format';
import { decisionLog } from './api';
import { useLoad } from '../../lib/useLoad';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { FormFooter } from '../../shared/FormFooter';
import { Modal } from '../../shared/Modal';
import { cleanFilter, decisionCount, formatInfo } from './logFilter';
import { LogFilters } from './LogFilters';
import './exports.css';
import { FieldError } from '../../shared/FieldError';
import { ExportFormats } from './ExportFormats';
import { useLogExport } from './useLogExport';

type Props = {
  initialFilter?: DecisionFilter;
  meetings: MeetingListItem[];
  personas: Persona[];
  onExported: (report: ExportReport) => void;
  /** Opens the print view of the decisions the filters take. */
  onPrint: (filter: DecisionFilter) => void;
  onClose: () => void;
};

/** How many decisions the filters take, while counting, or why they could not be counted. */
function countText(error: string | null, count: number | null): string {
  if (error) return `The decisions could not be counted: ${error}`;
  if (count === null) return 'Counting the decisions…';
  return count === 0 ? 'No decision matches these filters.' : `${plural(count, 'decision')} ${count === 1 ? 'matches' : 'match'}`;
}

/** "Replace?" for a file, or for the decision records of an ADR folder. */
function replaceMessage(format: ExportFormat, path: string): string {
  return format === 'adr'
    ? `The folder “${fileNameOf(path)}” already holds decision records with these names. Replace them with this export?`
    : `“${fileNameOf(path)}” already exists. Replace it with this export?`;
}

export function ExportDialog({ initialFilter = {}, meetings, personas, onExported, onPrint, onClose }: Props) {
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [filter, setFilter] = useState<DecisionFilter>(initialFilter);
  const clean = cleanFilter(filter);
  const log = useLoad(() => decisionLog(clean), [JSON.stringify(clean)]);
  const count = log.data ? decisionCount(log.data) : null;
  const { busy, error, replace, setReplace, save, write } = useLogExport(clean, format, onExported);

  return (
    <Modal title="Export the decision log" onClose={onClose} testId="export-dialog" className="modal--large">
      <ExportFormats name={`${id}-format`} format={format} onChange={setFormat} />
      <LogFilters filter={filter} onChange={(patch) => setFilter((f) => ({ ...f, ...patch }))} meetings={meetings} personas={personas} />
      <p className={log.error ? 'field-error' : 'export-count'} aria-live="polite" data-testid="export-count">
        {countText(log.error, count)}
      </p>
      {error && (
        <FieldError testId="export-error">
          {error}
        </FieldError>
      )}
      <FormFooter
        onCancel={onClose}
        saveLabel={formatInfo(format).ext === null ? 'Choose folder…' : 'Save as…'}
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
          message={replaceMessage(format, replace)}
          confirmLabel="Replace"
          onConfirm={() => write(replace, true)}
          onClose={() => setReplace(null)}
        />
      )}
    </Modal>
  );
}
