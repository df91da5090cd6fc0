// Sends the open meeting to the projector (`useProjectorPush`). The anecdotes it shows come
// from the panel's searches through a small store rather than the meeting's state, so a new
// search re-renders this feed, not the whole meeting screen.
import { useMemo, useSyncExternalStore } from 'react';

import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import { projectorState, useProjectorPush, type ProjectorInput } from '../projector/projector';

/** The panel's latest hits, readable at any time and watchable by the feed. */
export type HitsStore = {
  get: () => AnecdoteHit[];
  set: (hits: AnecdoteHit[]) => void;
  subscribe: (listener: () => void) => () => void;
};

export function hitsStore(): HitsStore {
  let hits: AnecdoteHit[] = [];
  const listeners = new Set<() => void>();
  return {
    get: () => hits,
    set: (next) => {
      hits = next;
      listeners.forEach((l) => l());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type Props = Omit<ProjectorInput, 'anecdotes'> & {
  hits: HitsStore;
  /** False: nothing is sent yet (projector-safe not known). */
  ready: boolean;
};

export function ProjectorFeed({ hits, ready, ...input }: Props) {
  const found = useSyncExternalStore(hits.subscribe, hits.get);
  const { meeting, persona, deck, promptIndex, current, secondsLeft, nudge, reactions, mask } = input;
  // Built (masked, serialized) only when what the projector shows changes.
  const state = useMemo(
    () =>
      ready &&
      projectorState({
        meeting,
        persona,
        deck,
        promptIndex,
        current,
        secondsLeft,
        nudge,
        anecdotes: found.map((h) => h.anecdote),
        reactions,
        mask,
      }),
    [ready, meeting, persona, deck, promptIndex, current, secondsLeft, nudge, found, reactions, mask],
  );
  useProjectorPush(state);
  return null;
}
