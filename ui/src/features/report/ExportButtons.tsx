// Exporting the report as it is shown: the save dialog picks where, the backend writes it,
// and the screen says where it went.
import { useState } from 'react';

import type { ReportFormat } from '../../bindings/ReportFormat';
import type { WocasQuery } from '../../bindings/WocasQuery';
import { todayIso } from '../../lib/format';
import { errorMessage, pickSavePath, type FileFilter } from '../../lib/ipc';
import { ResultMessage, type ActionResult } from '../../shared/ResultMessage';
import { exportWocasReport } from './api';

const FORMATS: Array<{ format: ReportFormat; label: string; testId: string; ext: string; filter: FileFilter }> = [
  { format: 'markdown', label: 'Export Markdown', testId: 'report-export-md', ext: 'md', filter: { name: 'Markdown', extensions: ['md'] } },
  { format: 'csv', label: 'Export CSV', testId: 'report-export-csv', ext: 'csv', filter: { name: 'CSV', extensions: ['csv'] } },
];

export function ExportButtons({ query, disabled }: { query: WocasQuery; disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);

  async function exportAs(f: (typeof FORMATS)[number]) {
    setResult(null);
    try {
      const path = await pickSavePath(`wocas-report-${todayIso()}.${f.ext}`, [f.filter], 'exportReport');
      if (path === null) return;
      setBusy(true);
      await exportWocasReport(query, f.format, path);
      setResult({ ok: true, text: `Saved to ${path}` });
    } catch (e) {
      setResult({ ok: false, text: `The report could not be saved: ${errorMessage(e)}` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="report-export">
      {FORMATS.map((f) => (
        <button
          key={f.format}
          type="button"
          className="btn"
          onClick={() => void exportAs(f)}
          disabled={disabled || busy}
          data-testid={f.testId}
        >
          {f.label}
        </button>
      ))}
      {result && <ResultMessage result={result} okClassName="report-export__saved" testId="report-export-result" />}
    </div>
  );
}
