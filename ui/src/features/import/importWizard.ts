// What the import wizard needs besides the backend: the file kinds and delimiters the user can
// choose, the mapping's fields in words, the files the open dialog offers, and how an import
// error says where it is.
import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { DateColumn } from '../../bindings/DateColumn';
import type { DateOrder } from '../../bindings/DateOrder';
import type { FileKind } from '../../bindings/FileKind';
import type { ImportError } from '../../bindings/ImportError';
import type { ImportPreview } from '../../bindings/ImportPreview';
import type { TextEncoding } from '../../bindings/TextEncoding';
import type { FileFilter } from '../../lib/ipc';
import { formatNumber } from '../../lib/format';

export const IMPORT_FILE_FILTERS: FileFilter[] = [
  {
    name: 'Customer exports (CSV, TSV, TXT, JSON Lines, Excel)',
    extensions: ['csv', 'tsv', 'txt', 'jsonl', 'ndjson', 'xlsx'],
  },
  { name: 'CSV, TSV, TXT', extensions: ['csv', 'tsv', 'txt'] },
  { name: 'JSON Lines', extensions: ['jsonl', 'ndjson'] },
  { name: 'Excel workbook', extensions: ['xlsx'] },
];

/** The encodings the preview can be read in, besides the detected one. */
export const ENCODING_OPTIONS: Array<{ value: TextEncoding; label: string }> = [
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16le', label: 'UTF-16 (little endian)' },
  { value: 'utf-16be', label: 'UTF-16 (big endian)' },
  { value: 'windows-1252', label: 'Windows-1252 (Western)' },
  { value: 'iso-8859-15', label: 'ISO-8859-15 (Latin-9)' },
];

export type KindOption = { value: string; label: string; kind: FileKind };

const delimited = (delimiter: number): FileKind => ({ type: 'delimited', delimiter });

export const KIND_OPTIONS: KindOption[] = [
  { value: 'comma', label: 'Comma separated (,)', kind: delimited(44) },
  { value: 'semicolon', label: 'Semicolon separated (;)', kind: delimited(59) },
  { value: 'tab', label: 'Tab separated', kind: delimited(9) },
  { value: 'pipe', label: 'Pipe separated (|)', kind: delimited(124) },
  { value: 'jsonl', label: 'JSON Lines', kind: { type: 'jsonLines' } },
];

/** The option a kind is shown as; a delimiter not in the list gets one of its own. */
export function kindOption(kind: FileKind): KindOption {
  if (kind.type === 'workbook') return { value: 'workbook', label: 'Excel workbook', kind };
  const known = KIND_OPTIONS.find((o) =>
    o.kind.type === 'jsonLines'
      ? kind.type === 'jsonLines'
      : o.kind.type === 'delimited' && kind.type === 'delimited' && kind.delimiter === o.kind.delimiter,
  );
  if (known) return known;
  const delimiter = kind.type === 'delimited' ? kind.delimiter : 0;
  return { value: `d${delimiter}`, label: `Separated by “${String.fromCharCode(delimiter)}”`, kind };
}

/** The order this computer writes dates in (month first for en-US, day first for most). */
export function localeDateOrder(locale?: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    new Date(2026, 2, 4),
  );
  const month = parts.findIndex((p) => p.type === 'month');
  const day = parts.findIndex((p) => p.type === 'day');
  return month < day ? 'monthFirst' : 'dayFirst';
}

/** The slashed-date column the mapping's date field reads, if the preview found one. */
export function dateColumnOf(mapping: ColumnMapping, columns: DateColumn[]): DateColumn | undefined {
  return mapping.saidOn === null ? undefined : columns.find((c) => c.column === mapping.saidOn);
}

/**
 * The mapping the dialog starts from: the one remembered for files like this, else the
 * suggestion, whose date order comes from the file when a value settles it and otherwise from
 * this computer's locale.
 */
export function initialMapping(preview: ImportPreview, locale?: string): ColumnMapping {
  if (preview.remembered) return structuredClone(preview.remembered);
  const mapping = structuredClone(preview.preview.suggested);
  const dates = dateColumnOf(mapping, preview.preview.dateColumns);
  if (dates && dates.settled === null) mapping.dateOrder = localeDateOrder(locale);
  return mapping;
}

/** A mapping change; a newly chosen date column whose values settle the order brings that order. */
export function withSettledOrder(patch: Partial<ColumnMapping>, preview: ImportPreview | null): Partial<ColumnMapping> {
  const settled =
    patch.saidOn !== undefined && preview
      ? preview.preview.dateColumns.find((c) => c.column === patch.saidOn)?.settled
      : null;
  return settled ? { ...patch, dateOrder: settled } : patch;
}

/** "03/04/2026" read in `order` as "YYYY-MM-DD"; null when it is not a slashed date. */
export function slashedReading(value: string, order: DateOrder): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value.trim());
  if (!m) return null;
  const [month, day] = order === 'monthFirst' ? [m[1], m[2]] : [m[2], m[1]];
  return `${m[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The mapping fields that take one column. */
export type ColumnField = Exclude<
  { [K in keyof ColumnMapping]: ColumnMapping[K] extends string | null ? K : never }[keyof ColumnMapping],
  'defaultChannel'
>;

export const COLUMN_FIELDS: Array<{ key: ColumnField; label: string; hint?: string }> = [
  { key: 'text', label: 'What the customer said', hint: 'Required. Rows where it is empty are skipped.' },
  { key: 'saidOn', label: 'Date', hint: 'YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY, DD/MM/YYYY or “September 14, 2016”' },
  { key: 'channel', label: 'Channel' },
  { key: 'productArea', label: 'Product area' },
  { key: 'segment', label: 'Segment' },
  { key: 'sentiment', label: 'Sentiment', hint: 'Words (positive, negative…) or a 1–10 rating' },
  { key: 'severity', label: 'Severity', hint: '1–5, or low / medium / high / critical. Unmapped is 3.' },
  { key: 'customerCount', label: 'How many customers', hint: 'Unmapped is 1.' },
  { key: 'tags', label: 'Tags', hint: 'A list: split on , ; | or a JSON array' },
  { key: 'sourceRef', label: 'Source id', hint: 'The export’s own id; finds duplicates' },
];

/** A mapping field in the words import errors use ("saidOn" is "date"). */
export function fieldLabel(field: string): string {
  const named: Record<string, string> = {
    saidOn: 'date',
    productArea: 'product area',
    customerCount: 'customer count',
    categoryTags: 'tag',
    sourceRef: 'source reference',
  };
  return named[field] ?? field;
}

/** Where an error is: "complaints.csv · row 17 · column “Date received” (date)". */
export function errorPlace(e: ImportError): string {
  const parts = [e.file];
  if (e.row !== null) parts.push(`row ${formatNumber(e.row)}`);
  if (e.column !== null) parts.push(`column “${e.column}”${e.field !== null ? ` (${fieldLabel(e.field)})` : ''}`);
  else if (e.field !== null) parts.push(fieldLabel(e.field));
  return parts.join(' · ');
}

/** The headers each column feeds, for the preview table's captions. */
export function fieldsByHeader(mapping: ColumnMapping): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (header: string | null, label: string) => {
    if (!header) return;
    out.set(header, [...(out.get(header) ?? []), label]);
  };
  for (const f of COLUMN_FIELDS) add(mapping[f.key], f.label);
  for (const header of mapping.categoryTags) add(header, 'Category tag');
  return out;
}
