// The decision being written in the open meeting, kept by the backend so that killing the app
// loses nothing: read back with `get_decision_draft` when the meeting opens (unless the user has
// already typed), and saved with `save_decision_draft` at most DRAFT_SAVE_MS after a change
// (the latest version then; saves go out one after another), and at once when the meeting closes.
import { useCallback, useEffect, useRef, useState } from 'react';

import { emptyDraft, parseDraft, serializeDraft, type Draft } from './draft';
import * as api from './api';

export const DRAFT_SAVE_MS = 800;

export type DraftSaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function useDecisionDraft(meetingId: string) {
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [saveState, setSaveState] = useState<DraftSaveState>('idle');
  /** The user changed the draft: what the backend had is no longer wanted. */
  const touched = useRef(false);
  /** The newest version not yet handed to the backend. */
  const pending = useRef<string | null>(null);
  /** What the backend has (or will have once the queued saves are done). */
  const sent = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let current = true;
    api
      .getDecisionDraft(meetingId)
      .then((text) => {
        if (!current || touched.current) return;
        sent.current = text ?? '';
        const restored = parseDraft(text);
        if (restored) {
          setDraft(restored);
          setSaveState('saved');
        }
      })
      .catch(() => {
        // Nothing to restore: start from an empty draft.
      });
    return () => {
      current = false;
    };
  }, [meetingId]);

  /** Hands the newest version to the backend now. */
  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    pending.current = null;
    if (text === null || text === sent.current) {
      if (text !== null) setSaveState('saved');
      return;
    }
    sent.current = text;
    setSaveState('saving');
    queue.current = queue.current
      .then(() => api.saveDecisionDraft(meetingId, text))
      .then(
        () => {
          if (pending.current === null && sent.current === text) setSaveState('saved');
        },
        () => {
          if (sent.current === text) sent.current = null;
          setSaveState('failed');
        },
      );
  }, [meetingId]);

  useEffect(() => {
    if (!touched.current) return;
    pending.current = serializeDraft(draft);
    // The first change starts the clock; later ones ride along, so a save is never more than
    // DRAFT_SAVE_MS behind the typing, however long the typing goes on.
    if (timer.current === null) timer.current = setTimeout(flush, DRAFT_SAVE_MS);
  }, [draft, flush]);

  useEffect(() => () => flush(), [flush]);

  const change = useCallback((next: Draft | ((d: Draft) => Draft)) => {
    touched.current = true;
    setDraft(next);
  }, []);

  return { draft, change, saveState };
}
