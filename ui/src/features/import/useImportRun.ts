// The import wizard's run: the stage it is at (setup, running with progress, done, cancelled),
// starting the import with the checked setup, and asking the backend to cancel it.
import { useState } from 'react';

import type { ImportProgress } from '../../bindings/ImportProgress';
import type { ImportReport } from '../../bindings/ImportReport';
import { errorCode, errorMessage, onImportProgress } from '../../lib/ipc';
import { cancelImport, runImport } from './api';
import type { ImportSetup } from './useImportSetup';

export type Stage =
  | { step: 'setup' }
  | { step: 'running'; progress: ImportProgress | null; cancelling: boolean }
  | { step: 'done'; report: ImportReport }
  | { step: 'cancelled' };

export function useImportRun(setup: ImportSetup, onImported: () => void) {
  const { preview, mapping, previewedPath, personaIds, options, setError } = setup;
  const [stage, setStage] = useState<Stage>({ step: 'setup' });

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

  return { stage, setStage, run, cancel };
}
