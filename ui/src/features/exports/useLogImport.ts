// The decision-log import's state: the file's path, the step (choosing, checked by a dry run,
// merged), the command under way and the last failure, named by the file.
import { useState } from 'react';

import type { MergeReport } from '../../bindings/MergeReport';
import { fileNameOf } from '../../lib/format';
import { errorMessage, pickFile } from '../../lib/ipc';
import { importDecisionLog } from './api';

export type ImportStep = { kind: 'choose' } | { kind: 'checked'; report: MergeReport } | { kind: 'done'; report: MergeReport };

export function useLogImport(onMerged?: (report: MergeReport) => void) {
  const [path, setPath] = useState('');
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(`${fileNameOf(path)}: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  const check = () => act(async () => setStep({ kind: 'checked', report: await importDecisionLog(path.trim(), true) }));
  const merge = () =>
    act(async () => {
      const report = await importDecisionLog(path.trim(), false);
      setStep({ kind: 'done', report });
      onMerged?.(report);
    });

  /** Another file: what was checked no longer holds. */
  function choose(next: string) {
    setPath(next);
    setStep({ kind: 'choose' });
  }

  async function pick() {
    try {
      const picked = await pickFile([{ name: 'Decision log (JSON)', extensions: ['json'] }], 'mergeLog');
      if (picked !== null) choose(picked);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return { path, step, busy, error, check, merge, choose, pick };
}
