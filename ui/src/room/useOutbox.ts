// The room's writes (reactions, "I'm speaking for the customer"): queued in localStorage, sent in
// order, kept when the laptop cannot be reached and sent again when it is back (on reconnect,
// on the browser's "online", and every 3 s). A refusal by the laptop drops the write and says why.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';

import type { RoomView } from '../bindings/RoomView';
import { loadQueue, RoomError, saveQueue, send, withReaction } from './api';
import type { Pending } from './api';

export type Outbox = {
  queue: Pending[];
  /** The last write could not reach the laptop. */
  unreachable: boolean;
  /** Why the laptop refused the last refused write. */
  notice: string | null;
  enqueue: (p: Pending) => void;
};

export function useOutbox(connected: boolean, setView: Dispatch<SetStateAction<RoomView | null>>): Outbox {
  const [unreachable, setUnreachable] = useState(false);
  const [queue, setQueue] = useState<Pending[]>(loadQueue);
  const [notice, setNotice] = useState<string | null>(null);
  const flushing = useRef(false);

  const enqueue = useCallback((p: Pending) => {
    setQueue((q) => {
      const next = [...q, p];
      saveQueue(next);
      return next;
    });
  }, []);

  // Sends the queue in order; stops at the first network failure and tries again later.
  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      for (;;) {
        const [first] = loadQueue();
        if (!first) break;
        try {
          const reaction = await send(first);
          setUnreachable(false);
          if (reaction && first.kind === 'react') setView((v) => (v ? withReaction(v, first.decisionId, reaction) : v));
        } catch (e) {
          if (!(e instanceof RoomError)) {
            setUnreachable(true);
            break;
          }
          setUnreachable(false);
          if (e.status === 429) break;
          setNotice(e.message);
        }
        const rest = loadQueue().filter((p) => p.clientId !== first.clientId);
        saveQueue(rest);
        setQueue(rest);
      }
    } finally {
      flushing.current = false;
    }
  }, [setView]);

  useEffect(() => {
    if (queue.length > 0) void flush();
  }, [queue, flush, connected]);
  useEffect(() => {
    const retry = () => void flush();
    window.addEventListener('online', retry);
    const timer = window.setInterval(retry, 3000);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [flush]);

  return { queue, unreachable, notice, enqueue };
}
