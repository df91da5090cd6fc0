// The decision log's commands: read it, export it to files, and merge an exported one back.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionLog } from '../../bindings/DecisionLog';
import type { ExportFormat } from '../../bindings/ExportFormat';
import type { ExportReport } from '../../bindings/ExportReport';
import type { MergeReport } from '../../bindings/MergeReport';
import { call } from '../../lib/ipc';

/** The decisions `filter` takes, by meeting, with impacts and annotations. */
export const decisionLog = (filter: DecisionFilter): Promise<DecisionLog> => call('decision_log', { filter });

/** Writes the log to `path` (a folder for `adr`); rejects with `exists` rather than replace files, unless `overwrite`. */
export const exportDecisionLog = (
  filter: DecisionFilter,
  format: ExportFormat,
  path: string,
  overwrite: boolean,
): Promise<ExportReport> => call('export_decision_log', { filter, format, path, overwrite });

/** Merges a JSON export into the workspace; with `dryRun`, only reports what would change. */
export const importDecisionLog = (path: string, dryRun: boolean): Promise<MergeReport> =>
  call('import_decision_log', { path, dryRun });
