// Writing the decision log: the save dialog (a folder for ADR), then the export; a file that
// exists already is not replaced but held in `replace` until the user says "Replace".
import { useState } from 'react';

import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { ExportFormat } from '../../bindings/ExportFormat';
import type { ExportReport } from '../../bindings/ExportReport';
import { todayIso } from '../../lib/format';
import { errorCode, errorMessage, pickFolder, pickSavePath } from '../../lib/ipc';
import { exportDecisionLog } from './api';
import { formatInfo } from './logFilter';

export function useLogExport(filter: DecisionFilter, format: ExportFormat, onExported: (report: ExportReport) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replace, setReplace] = useState<string | null>(null);
  const info = formatInfo(format);

  async function write(path: string, overwrite: boolean) {
    const report = await exportDecisionLog(filter, format, path, overwrite);
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

  return { busy, error, replace, setReplace, save, write };
}
