// The report's commands: the voice-of-the-customer report and its export.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { ReportFormat } from '../../bindings/ReportFormat';
import type { WocasQuery } from '../../bindings/WocasQuery';
import type { WocasReport } from '../../bindings/WocasReport';
import { call } from '../../lib/ipc';

export const wocasReport = (query: WocasQuery): Promise<WocasReport> => call('wocas_report', { query });

export const exportWocasReport = (query: WocasQuery, format: ReportFormat, path: string): Promise<void> =>
  call('export_wocas_report', { query, format, path });
