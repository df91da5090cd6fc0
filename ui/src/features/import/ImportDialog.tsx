// The import wizard: choose a file, preview it and map its columns (starting from the mapping
// remembered for files laid out like it), check it (a dry run that writes nothing), then
// import it with progress and Cancel. The file is taken whole or not at all.
import { useState } from 'react';

import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { FileKind } from '../../bindings/FileKind';
import type { ImportCheck } from '../../bindings/ImportCheck';
import type { ImportOptions } from '../../bindings/ImportOptions';
import type { ImportPreview } from '../../bindings/ImportPreview';
import type { ImportProgress } from '../../bindings/ImportProgress';
import type { ImportReport } from '../../bindings/ImportReport';
import type { TextEncoding } from '../../bindings/TextEncoding';
import type { Persona } from '../../bindings/Persona';
import { fileNameOf } from '../../lib/format';
import { IMPORT_FILE_FILTERS, dateColumnOf, fieldsByHeader, initialMapping } from './importWizard';
import { errorCode, errorMessage, onImportProgress, pickFile } from '../../lib/ipc';
import { cancelImport, checkImport, previewImport, runImport } from './api';
import { Modal } from '../../shared/Modal';
import { PersonaChecklist } from '../../shared/PersonaChecklist';
import { CheckResult } from './CheckResult';
import { ChooseFile } from './ChooseFile';
import { ImportEnd } from './ImportEnd';
import { ImportRunning } from './ImportRunning';
import { MappingForm } from './MappingForm';
import { PreviewHead } from './PreviewHead';
import { PreviewTable } from './PreviewTable';
import { FieldError } from '../../shared/FieldError';

type Props = {
  personas: Persona[];
  /** Called when anecdotes were added. */
  onImported: () => void;
  onClose: () => void;
};

type Stage =
  | { step: 'setup' }
  | { step: 'running'; progress: ImportProgress | null; cancelling: boolean }
  | { step: 'done'; report: ImportReport }
  | { step: 'cancelled' };

type FileError = { file: string; code: string; message: string };

const MAX_ERRORS = 20;

export function ImportDialog({ personas, onImported, onClose }: Props) {
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
  const [stage, setStage] = useState<Stage>({ step: 'setup' });
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
    // A newly chosen date column whose values settle the order brings that order.
    const settled =
      patch.saidOn !== undefined && preview
        ? preview.preview.dateColumns.find((c) => c.column === patch.saidOn)?.settled
        : null;
    const full = settled ? { ...patch, dateOrder: settled } : patch;
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

  async function run() {
    if (!preview || !mapping) return;
    setError(null);
    setStage({ step: 'running', progress: null, cancelling: false });
    let stop: (() => void) | null = null;
    try {
      stop = await onImportProgress((progress) =>
        setStage((s) => (s.step === 'running' ? { ...s, progress } : s)),
      );
      const report = await runImport(previewedPath, mapping, options(preview.preview.kind), personaIds);
      setStage({ step: 'done', report });
      onImported();
    } catch (e) {
      if (errorCode(e) === 'cancelled') {
        setStage({ step: 'cancelled' });
      } else {
        setStage({ step: 'setup' });
        setError(`Nothing was imported: ${errorMessage(e)}`);
      }
    } finally {
      stop?.();
    }
  }

  async function cancel() {
    setStage((s) => (s.step === 'running' ? { ...s, cancelling: true } : s));
    try {
      await cancelImport();
    } catch (e) {
      setStage((s) => (s.step === 'running' ? { ...s, cancelling: false } : s));
      setError(`The import could not be cancelled: ${errorMessage(e)}`);
    }
  }

  // While it runs, the dialog stays: Cancel is the way out.
  const close = stage.step === 'running' ? () => undefined : onClose;
  const dateColumn = preview && mapping ? dateColumnOf(mapping, preview.preview.dateColumns) : undefined;
  const dateReadings =
    dateColumn && mapping
      ? {
          column: dateColumn.column,
          readings: mapping.dateOrder === 'dayFirst' ? dateColumn.dayFirst : dateColumn.monthFirst,
        }
      : undefined;
  const canCheck = mapping !== null && mapping.text !== '' && busy === null;
  const ready = check !== null && check.errors.length === 0 && check.summary !== null;

  return (
    <Modal title="Import anecdotes" onClose={close} testId="import-dialog" className="modal--xl">
      {stage.step === 'running' && (
        <ImportRunning progress={stage.progress} cancelling={stage.cancelling} onCancel={() => void cancel()} />
      )}
      {stage.step === 'running' && error && (
        <FieldError>
          {error}
        </FieldError>
      )}
      {stage.step === 'done' && <ImportEnd outcome="done" report={stage.report} onClose={onClose} />}
      {stage.step === 'cancelled' && (
        <ImportEnd outcome="cancelled" onBack={() => setStage({ step: 'setup' })} onClose={onClose} />
      )}
      {stage.step === 'setup' && (
        <div className="import-setup">
          <ChooseFile path={path} onPick={() => void pick()} busy={busy !== null} error={fileError} />
          {preview && mapping && (
            <>
              <PreviewHead
                preview={preview.preview}
                remembered={preview.remembered !== null}
                onKind={(kind) => void loadPreview(previewedPath, kind, encoding)}
                onEncoding={(chosen) => void loadPreview(previewedPath, preview.preview.kind, chosen)}
                busy={busy !== null}
              />
              <PreviewTable preview={preview.preview} feeds={fieldsByHeader(mapping)} dates={dateReadings} />
              <MappingForm
                headers={preview.preview.headers}
                mapping={mapping}
                dateColumns={preview.preview.dateColumns}
                onChange={changeMapping}
              />
              <PersonaChecklist
                legend="Link every imported anecdote to (optional)"
                personas={personas}
                selected={personaIds}
                onChange={setPersonaIds}
                testId="import-personas"
              />
              <fieldset className="field">
                <legend>Options</legend>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={acceptIncomplete}
                    onChange={(e) => {
                      setAcceptIncomplete(e.target.checked);
                      setCheck(null);
                    }}
                    data-testid="import-accept-incomplete"
                  />
                  The last record is cut off: import the rest without it
                </label>
              </fieldset>
              {check && <CheckResult check={check} />}
            </>
          )}
          {error && (
            <FieldError testId="import-failure">
              {error}
            </FieldError>
          )}
          <div className="modal__actions">
            <button type="button" className="btn" onClick={onClose} data-testid="import-close">
              Close
            </button>
            {preview && (
              <button
                type="button"
                className={`btn${ready ? '' : ' btn--primary'}`}
                onClick={() => void runCheck()}
                disabled={!canCheck}
                data-testid="import-check"
              >
                {busy === 'check' ? 'Checking…' : 'Check the file'}
              </button>
            )}
            {preview && (
              <button
                type="button"
                className="btn btn--primary"
                onClick={() => void run()}
                disabled={!ready || busy !== null}
                title={ready ? undefined : 'Check the file first'}
                data-testid="import-run"
              >
                Import
              </button>
            )}
          </div>
        </div>
      )}
    </Modal>
  );
}
