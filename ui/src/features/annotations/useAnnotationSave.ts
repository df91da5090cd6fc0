// Saving the annotation form: checks the draft (the stance is required), saves it, keeps the
// backend's error; Ctrl+Enter (⌘Enter) saves and Escape cancels from anywhere in the form.
import { useState, type FormEvent, type KeyboardEvent } from 'react';

import type { AnnotationInput } from '../../bindings/AnnotationInput';
import { toAnnotationInput, type AnnotationDraft } from './annotations';
import { errorMessage } from '../../lib/ipc';

export function useAnnotationSave(
  draft: AnnotationDraft,
  onSave: (input: AnnotationInput) => Promise<void>,
  onCancel: () => void,
) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const missingStance = tried && draft.stance === null;

  async function save() {
    if (busy) return;
    setTried(true);
    const checked = toAnnotationInput(draft);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSave(checked.input);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void save();
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey) {
      // Handled here: the window's Ctrl+Enter (record the decision) must not also run.
      e.preventDefault();
      void save();
    } else if (e.key === 'Escape' && !busy) {
      e.preventDefault();
      onCancel();
    }
  }

  return { busy, error, missingStance, submit, onKeyDown };
}
