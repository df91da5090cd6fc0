// What the main window sends to the projector: built from the meeting screen's state (every
// text, masked when projector-safe is on), and the hook that sends it when it changes, at most
// every PROJECTOR_PUSH_MS.
import { useEffect, useMemo, useRef } from 'react';

import type { AgendaItem } from '../../bindings/AgendaItem';
import type { Anecdote } from '../../bindings/Anecdote';
import type { Annotation } from '../../bindings/Annotation';
import type { Meeting } from '../../bindings/Meeting';
import type { Persona } from '../../bindings/Persona';
import type { ProjectorState } from '../../bindings/ProjectorState';
import type { PromptDeck } from '../../bindings/PromptDeck';
import * as api from './api';

export const PROJECTOR_PUSH_MS = 300;

export type ProjectorInput = {
  meeting: Meeting;
  persona: Persona | null;
  deck: PromptDeck | null;
  promptIndex: number;
  current: AgendaItem | null;
  secondsLeft: number | null;
  nudge: string | null;
  anecdotes: Anecdote[];
  /** The decision whose customer reactions the facilitator chose to show, if any. */
  reactions?: { statement: string; annotations: Annotation[] } | null;
  /** The projector-safe mask (identity when off). */
  mask: (text: string) => string;
};

export function projectorState(i: ProjectorInput): ProjectorState {
  const prompts = i.deck?.prompts ?? [];
  const at = Math.min(Math.max(i.promptIndex, 0), Math.max(prompts.length - 1, 0));
  const prompt = prompts[at] ?? null;
  // Every text the room reads goes through the mask: customer words, and the titles, quote and
  // statements people type, which can quote a customer's e-mail or number too.
  const mask = i.mask;
  const maybe = (s: string | null | undefined) => (s == null ? null : mask(s));
  return {
    meetingTitle: mask(i.meeting.title),
    personaName: mask(i.persona?.name ?? ''),
    personaSegment: mask(i.persona?.segment ?? ''),
    personaQuote: mask(i.persona?.quote ?? ''),
    personaAvatar: i.persona?.avatar ?? null,
    promptText: maybe(prompt?.text),
    promptPosition: prompt ? at : null,
    promptCount: prompt ? prompts.length : null,
    deckName: maybe(i.deck?.name),
    agendaItemTitle: maybe(i.current?.title),
    secondsLeft: i.secondsLeft,
    nudge: i.nudge,
    anecdotes: i.anecdotes.slice(0, 3).map((a) => ({ text: mask(a.text), saidOn: a.saidOn, channel: a.channel })),
    decisionStatement: maybe(i.reactions?.statement),
    annotations: (i.reactions?.annotations ?? []).map((a) => ({
      author: mask(a.author),
      stance: a.stance,
      feeling: a.feeling,
      comment: mask(a.comment),
      flags: a.flags,
    })),
  };
}

/** Sends `state` to the projector PROJECTOR_PUSH_MS after it last changed; nothing while it is false. */
export function useProjectorPush(state: ProjectorState | false) {
  // Serialized once per new state: the caller keeps the same state while nothing shown changed.
  const key = useMemo(() => (state === false ? null : JSON.stringify(state)), [state]);
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (key === null || key === last.current) return undefined;
    const t = setTimeout(() => {
      last.current = key;
      api.showOnProjector(JSON.parse(key) as ProjectorState).catch(() => {
        // The projector missed this one; the next change sends everything again.
        last.current = null;
      });
    }, PROJECTOR_PUSH_MS);
    return () => clearTimeout(t);
  }, [key]);
}
