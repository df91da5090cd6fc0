// The decision log's filter as the export dialog edits it (every select has "any"), the
// formats it writes with their file extension, and words for a filter ("Mar 1 – Mar 31, 2025,
// accepted, one-way doors") for the print view's heading.
import type { DecisionFilter } from '../../bindings/DecisionFilter';
import type { DecisionLog } from '../../bindings/DecisionLog';
import type { ExportFormat } from '../../bindings/ExportFormat';
import { DIRECTION_LABEL, REVERSIBILITY_LABEL, formatDate } from '../../lib/format';
import type { FileFilter } from '../../lib/ipc';

export type FormatInfo = {
  format: ExportFormat;
  label: string;
  hint: string;
  /** The file extension; null for `adr`, which writes a folder. */
  ext: string | null;
  filter: FileFilter | null;
};

export const FORMATS: FormatInfo[] = [
  { format: 'markdown', label: 'Markdown', hint: 'One document, by meeting', ext: 'md', filter: { name: 'Markdown', extensions: ['md'] } },
  { format: 'adr', label: 'ADR folder (MADR)', hint: 'One file per decision, for the repository', ext: null, filter: null },
  { format: 'csv', label: 'CSV', hint: 'One row per decision, for spreadsheets', ext: 'csv', filter: { name: 'CSV', extensions: ['csv'] } },
  { format: 'json', label: 'JSON', hint: 'Everything, versioned; imports into another workspace', ext: 'json', filter: { name: 'JSON', extensions: ['json'] } },
  { format: 'html', label: 'Printable HTML', hint: 'A report to open in a browser or print', ext: 'html', filter: { name: 'HTML', extensions: ['html'] } },
];

export function formatInfo(format: ExportFormat): FormatInfo {
  return FORMATS.find((f) => f.format === format) ?? FORMATS[0]!;
}

/** Only the fields that narrow (empty ones dropped), as the backend takes it. */
export function cleanFilter(f: DecisionFilter): DecisionFilter {
  const out: DecisionFilter = {};
  for (const [k, v] of Object.entries(f) as Array<[keyof DecisionFilter, string | null | undefined]>) {
    if (v !== null && v !== undefined && v !== '') (out as Record<string, string>)[k] = v;
  }
  return out;
}

/** How many decisions a log holds. */
export function decisionCount(log: DecisionLog | null): number {
  return (log?.meetings ?? []).reduce((n, m) => n + m.decisions.length, 0);
}

/** The filter in words; `meetingTitle` and `personaName` name the ids. */
export function describeFilter(
  f: DecisionFilter,
  meetingTitle: (id: string) => string | null,
  personaName: (id: string) => string | null,
): string {
  const parts: string[] = [];
  if (f.from && f.to) parts.push(`${formatDate(f.from)} – ${formatDate(f.to)}`);
  else if (f.from) parts.push(`from ${formatDate(f.from)}`);
  else if (f.to) parts.push(`until ${formatDate(f.to)}`);
  if (f.meetingId) parts.push(`meeting “${meetingTitle(f.meetingId) ?? f.meetingId}”`);
  if (f.personaId) parts.push(`impact on ${personaName(f.personaId) ?? 'a persona'}`);
  if (f.status) parts.push(f.status);
  if (f.reversibility) parts.push(REVERSIBILITY_LABEL[f.reversibility].toLowerCase());
  if (f.direction) parts.push(`${DIRECTION_LABEL[f.direction].toLowerCase()} customers`);
  if (f.reviewDue === true) parts.push('due for review');
  if (f.reviewDue === false) parts.push('not due for review');
  if (f.query) parts.push(`matching “${f.query}”`);
  return parts.length === 0 ? 'Every decision' : parts.join(' · ');
}
