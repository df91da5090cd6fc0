// The anecdote import's commands: preview a file, check it (a dry run), run and cancel the import
// (its progress event stays in lib/ipc.ts with the other events).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { FileKind } from '../../bindings/FileKind';
import type { ImportCheck } from '../../bindings/ImportCheck';
import type { ImportOptions } from '../../bindings/ImportOptions';
import type { ImportPreview } from '../../bindings/ImportPreview';
import type { ImportReport } from '../../bindings/ImportReport';
import type { TextEncoding } from '../../bindings/TextEncoding';
import { call } from '../../lib/ipc';

/** The first rows of a file, read as `kind` (detected when null). */
export const previewImport = (
  path: string,
  kind: FileKind | null = null,
  encoding: TextEncoding | null = null,
): Promise<ImportPreview> => call('preview_import', { path, kind, encoding });

/** The dry run: reads and validates the whole file, writes nothing. */
export const checkImport = (path: string, mapping: ColumnMapping, options: ImportOptions): Promise<ImportCheck> =>
  call('check_import', { path, mapping, options });

export const runImport = (
  path: string,
  mapping: ColumnMapping,
  options: ImportOptions,
  personaIds: string[],
): Promise<ImportReport> => call('run_import', { path, mapping, options, personaIds });

/** Stops the running import; `runImport` then rejects with the `cancelled` code. */
export const cancelImport = (): Promise<void> => call('cancel_import');
