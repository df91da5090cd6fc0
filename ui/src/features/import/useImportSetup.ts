// The import wizard's setup step: the chosen file, its preview and column mapping, the options,
// the linked personas and the dry-run check, plus the dialog's error line.
import { useState } from 'react';

import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { FileKind } from '../../bindings/FileKind';
import type { ImportCheck } from '../../bindings/ImportCheck';
import type { ImportOptions } from '../../bindings/ImportOptions';
import type { ImportPreview } from '../../bindings/ImportPreview';
import type { TextEncoding } from '../../bindings/TextEncoding';
import { fileNameOf } from '../../lib/format';
import { IMPORT_FILE_FILTERS, initialMapping, withSettledOrder } from './importWizard';
import { errorCode, errorMessage, pickFile } from '../../lib/ipc';
import { checkImport, previewImport } from './api';

type FileError = { file: string; code: string; message: string };

const MAX_ERRORS = 20;

export type ImportSetup = ReturnType<typeof useImportSetup>;

export function useImportSetup() {
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  /** The path the preview is of (a later pick may have failed to read). */
  const [previewedPath, setPreviewedPath] = useState('');
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [acceptIncomplete, setAcceptIncomplete] = useState(false);
  /** The encoding the user chose on the preview; null while the detected one is used. */
  const [encoding, setEncoding] = useState<TextEncoding | null>(null);
  const [personaIds, setPersonaIds] = useState<string[]>([]);
  const [check, setCheck] = useState<ImportCheck | null>(null);
  const [busy, setBusy] = useState<'preview' | 'check' | null>(null);
  const [fileError, setFileError] = useState<FileError | null>(null);
  const [error, setError] = useState<string | null>(null);

  const options = (kind: FileKind): ImportOptions => ({
    acceptIncompleteLast: acceptIncomplete,
    maxErrors: MAX_ERRORS,
    kind,
    encoding,
  });

  async function loadPreview(target: string, kind: FileKind | null, chosen: TextEncoding | null = null) {
    setBusy('preview');
    setFileError(null);
    setError(null);
    try {
      const p = await previewImport(target, kind, chosen);
      setEncoding(chosen);
      setPreview(p);
      setPreviewedPath(target);
      setMapping(initialMapping(p));
      setCheck(null);
    } catch (e) {
      setFileError({ file: fileNameOf(target), code: errorCode(e) ?? 'error', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }

  async function pick() {
    try {
      const picked = await pickFile(IMPORT_FILE_FILTERS, 'importAnecdotes');
      if (picked === null) return;
      setPath(picked);
      await loadPreview(picked, null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  function changeMapping(patch: Partial<ColumnMapping>) {
    const full = withSettledOrder(patch, preview);
    setMapping((m) => m && { ...m, ...full });
    setCheck(null);
  }

  async function runCheck() {
    if (!preview || !mapping) return;
    setBusy('check');
    setError(null);
    try {
      setCheck(await checkImport(previewedPath, mapping, options(preview.preview.kind)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return {
    path, preview, previewedPath, mapping, acceptIncomplete, setAcceptIncomplete, encoding,
    personaIds, setPersonaIds, check, setCheck, busy, fileError, error, setError,
    options, loadPreview, pick, changeMapping, runCheck,
  };
}
