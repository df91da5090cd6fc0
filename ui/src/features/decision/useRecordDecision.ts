// "Record a decision"'s recording: busy while it runs, the backend's error (kept until the
// field it names is edited), the confirmation said aloud for a few seconds, and the submit a
// shortcut outside the form can call.
import { useEffect, useState, type MutableRefObject } from 'react';

import type { Draft } from './draft';
import { errorMessage } from '../../lib/ipc';
import { fieldOf, type FieldError } from './fieldErrors';

type Options = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  onSubmit: () => Promise<void>;
  submitRef?: MutableRefObject<(() => void) | null>;
};

export function useRecordDecision({ draft, onChange, onSubmit, submitRef }: Options) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FieldError | null>(null);
  const [confirmation, setConfirmation] = useState('');
  const canSubmit = draft.statement.trim() !== '' && !busy;

  useEffect(() => {
    if (!confirmation) return undefined;
    const t = setTimeout(() => setConfirmation(''), 5000);
    return () => clearTimeout(t);
  }, [confirmation]);

  async function submit() {
    if (!canSubmit) return;
    setBusy(true);
    setError(null);
    setConfirmation('');
    try {
      await onSubmit();
      setConfirmation('Decision recorded.');
    } catch (e) {
      setError({ field: fieldOf(e), message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (!submitRef) return undefined;
    submitRef.current = () => void submit();
    return () => {
      submitRef.current = null;
    };
  });

  /** Applies an edit; the error about the edited field has been dealt with. */
  function edit(patch: Partial<Draft>) {
    if (error) {
      const touched = Object.keys(patch).some(
        (k) => k === error.field || (k === 'impacts' && error.field.startsWith('impact:')),
      );
      if (touched) setError(null);
    }
    onChange(patch);
  }

  return { busy, error, confirmation, canSubmit, submit, edit };
}
