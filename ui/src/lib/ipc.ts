// The UI's only door to the Rust backend: one typed function per Tauri command, the
// `workspace-changed` event, and the error shape every command rejects with.
// No other module may import `@tauri-apps/api`.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';

import type { AnecdoteHit } from '../bindings/AnecdoteHit';
import type { AnecdoteQuery } from '../bindings/AnecdoteQuery';
import type { Decision } from '../bindings/Decision';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { NewPersona } from '../bindings/NewPersona';
import type { Persona } from '../bindings/Persona';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';

/** The stable codes the backend puts on its errors. */
export type CommandErrorCode =
  | 'not_found'
  | 'invalid'
  | 'db'
  | 'open'
  | 'io'
  | 'migration'
  | 'search'
  | 'cancelled'
  | 'internal';

/** What every command rejects with. */
export type CommandError = { code: CommandErrorCode; message: string };

/** Name of the event the backend emits after every write; its payload says what changed. */
export const WORKSPACE_CHANGED = 'workspace-changed';

export function isCommandError(e: unknown): e is CommandError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

/** The code of a command error, or null for anything else (a JS error, a string...). */
export function errorCode(e: unknown): string | null {
  return isCommandError(e) ? e.code : null;
}

/** A message fit to show the user, whatever was thrown. */
export function errorMessage(e: unknown): string {
  if (isCommandError(e)) return e.message;
  if (e instanceof Error) return e.message;
  if (typeof e === 'string' && e.trim() !== '') return e;
  return 'Something went wrong.';
}

/** `invoke`, with a clear error when the page is open outside the app (e.g. in a browser). */
function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  if (!('__TAURI_INTERNALS__' in window)) {
    const err: CommandError = {
      code: 'internal',
      message: 'The Empty Chair backend is not available: this page only works inside the app.',
    };
    return Promise.reject(err);
  }
  return invoke<T>(cmd, args);
}

export const getWorkspace = (): Promise<WorkspaceSummary> => call('get_workspace');

export const startEmptyWorkspace = (): Promise<WorkspaceSummary> => call('start_empty_workspace');

export const loadSampleWorkspace = (): Promise<WorkspaceSummary> => call('load_sample_workspace');

export const listPersonas = (): Promise<Persona[]> => call('list_personas');

export const createPersona = (input: NewPersona): Promise<Persona> =>
  call('create_persona', { input });

export const listDecks = (): Promise<PromptDeck[]> => call('list_decks');

export const listMeetings = (): Promise<MeetingListItem[]> => call('list_meetings');

export const createMeeting = (input: NewMeeting): Promise<Meeting> =>
  call('create_meeting', { input });

export const openMeeting = (id: string): Promise<MeetingView> => call('open_meeting', { id });

export const setPromptIndex = (meetingId: string, index: number): Promise<Meeting> =>
  call('set_prompt_index', { meetingId, index });

export const setMeetingStatus = (meetingId: string, status: MeetingStatus): Promise<Meeting> =>
  call('set_meeting_status', { meetingId, status });

export const searchAnecdotes = (query: AnecdoteQuery): Promise<AnecdoteHit[]> =>
  call('search_anecdotes', { query });

export const recordDecision = (input: NewDecision): Promise<Decision> =>
  call('record_decision', { input });

/** Calls `cb` with what changed after every write; resolves to the function that stops it. */
export async function onWorkspaceChanged(cb: (what: string) => void): Promise<() => void> {
  return listen<string>(WORKSPACE_CHANGED, (e) => cb(e.payload));
}
