// Where the decision log leaves and comes back: the export dialog, the print view and the
// JSON import, and the message saying where an export went. The app opens one of them by
// setting `open`; the print view's Back leads to the export dialog (to change the filters).
import { useState } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { ExportReport } from '../../bindings/ExportReport';
import type { MeetingListItem } from '../../bindings/MeetingListItem';
import type { Persona } from '../../bindings/Persona';
import { fileNameOf, plural } from '../../lib/format';
import { Toast } from '../../shared/Toast';
import { ExportDialog } from './ExportDialog';
import { ImportLogDialog } from './ImportLogDialog';
import { PrintView } from './PrintView';

export type ExportsOpen =
  | { kind: 'export'; filter?: DecisionFilter }
  | { kind: 'print'; filter?: DecisionFilter; backToExport?: boolean }
  | { kind: 'import' }
  | null;

type Props = {
  open: ExportsOpen;
  onOpen: (open: ExportsOpen) => void;
  meetings: MeetingListItem[];
  personas: Persona[];
};

/** What the toast says after an export. */
export function exportedMessage(r: ExportReport): string {
  const what = plural(r.decisions, 'decision');
  if (r.format === 'adr') return `Exported ${what} as ${plural(r.files, 'ADR file')} in ${fileNameOf(r.path)}`;
  return `Exported ${what} to ${fileNameOf(r.path)}`;
}

export function ExportsHost({ open, onOpen, meetings, personas }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  const close = () => onOpen(null);
  return (
    <>
      {open?.kind === 'export' && (
        <ExportDialog
          initialFilter={open.filter}
          meetings={meetings}
          personas={personas}
          onExported={(r) => {
            setSaved(exportedMessage(r));
            close();
          }}
          onPrint={(filter) => onOpen({ kind: 'print', filter, backToExport: true })}
          onClose={close}
        />
      )}
      {open?.kind === 'print' && (
        <PrintView
          filter={open.filter ?? {}}
          meetings={meetings}
          onClose={() => onOpen(open.backToExport ? { kind: 'export', filter: open.filter } : null)}
        />
      )}
      {open?.kind === 'import' && <ImportLogDialog onClose={close} />}
      {saved && <Toast key={saved} message={saved} onDismiss={() => setSaved(null)} />}
    </>
  );
}
