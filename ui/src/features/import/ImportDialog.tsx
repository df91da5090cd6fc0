// The import wizard: choose a file, preview it and map its columns (starting from the mapping
// remembered for files laid out like it), check it (a dry run that writes nothing), then
// import it with progress and Cancel. The file is taken whole or not at all.
import type { Persona } from '../../bindings/Persona';
import { Modal } from '../../shared/Modal';
import { ChooseFile } from './ChooseFile';
import { ImportActions } from './ImportActions';
import { ImportEnd } from './ImportEnd';
import { ImportPreviewStep } from './ImportPreviewStep';
import { ImportRunning } from './ImportRunning';
import { useImportRun } from './useImportRun';
import { useImportSetup } from './useImportSetup';
import { FieldError } from '../../shared/FieldError';

type Props = {
  personas: Persona[];
  /** Called when anecdotes were added. */
  onImported: () => void;
  onClose: () => void;
};

export function ImportDialog({ personas, onImported, onClose }: Props) {
  const setup = useImportSetup();
  const { stage, setStage, run, cancel } = useImportRun(setup, onImported);
  const { path, preview, mapping, check, busy, fileError, error } = setup;

  // While it runs, the dialog stays: Cancel is the way out.
  const close = stage.step === 'running' ? () => undefined : onClose;
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
          <ChooseFile path={path} onPick={() => void setup.pick()} busy={busy !== null} error={fileError} />
          <ImportPreviewStep setup={setup} personas={personas} />
          {error && (
            <FieldError testId="import-failure">
              {error}
            </FieldError>
          )}
          <ImportActions
            hasPreview={preview !== null}
            ready={ready}
            canCheck={canCheck}
            busy={busy}
            onClose={onClose}
            onCheck={() => void setup.runCheck()}
            onRun={() => void run()}
          />
        </div>
      )}
    </Modal>
  );
}
