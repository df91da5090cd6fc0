// The UI's only door to the Rust backend: `call` (every Tauri command goes through it), the
// error shape every command rejects with, the `workspace-changed`, `import-progress`,
// `projector-state` and `projector-room` events, the native open/save dialogs (shown by the Rust
// side, which remembers what the user picked), and the typed functions of the commands several
// features use (the workspace, meetings and decisions behind lib/useWorkspace, people, persona,
// deck and anecdote lists). A command one feature alone uses has its typed function in that
// feature's api.ts. No other module may import `@tauri-apps/*`. The meeting commands are
// documented in docs/MEETING-API.md.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';

import type { AnecdoteHit } from '../bindings/AnecdoteHit';
import type { AnecdoteQuery } from '../bindings/AnecdoteQuery';
import type { AnswerInput } from '../bindings/AnswerInput';
import type { Changed } from '../bindings/Changed';
import type { CommandError } from '../bindings/CommandError';
import type { CustomerPulse } from '../bindings/CustomerPulse';
import type { CustomerReference } from '../bindings/CustomerReference';
import type { Decision } from '../bindings/Decision';
import type { DecisionInput } from '../bindings/DecisionInput';
import type { Deleted } from '../bindings/Deleted';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { ImportProgress } from '../bindings/ImportProgress';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingEdit } from '../bindings/MeetingEdit';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { Person } from '../bindings/Person';
import type { PersonInput } from '../bindings/PersonInput';
import type { Persona } from '../bindings/Persona';
import type { ProjectorRoom } from '../bindings/ProjectorRoom';
import type { ProjectorState } from '../bindings/ProjectorState';
import type { PromptAnswer } from '../bindings/PromptAnswer';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { ReviewInput } from '../bindings/ReviewInput';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';

export type { CommandError, ErrorCode };

/** Name of the event the backend emits after every write; its payload is a `Changed`. */
export const WORKSPACE_CHANGED = 'workspace-changed';

/** Name of the event the backend emits while an import runs. */
export const IMPORT_PROGRESS = 'import-progress';

/** Name of the event that carries what the projector shows, to every window. */
export const PROJECTOR_STATE = 'projector-state';

/** A named group of file extensions (without dots) for the open and save dialogs. */
export type FileFilter = { name: string; extensions: string[] };

export function isCommandError(e: unknown): e is CommandError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { code?: unknown }).code === 'string' &&
    typeof (e as { message?: unknown }).message === 'string'
  );
}

/** The code of a command error, or null for anything else (a JS error, a string...). */
export function errorCode(e: unknown): ErrorCode | null {
  return isCommandError(e) ? e.code : null;
}

/** The field an `invalid` error is about (its path in the input), or null. */
export function errorField(e: unknown): string | null {
  return isCommandError(e) && e.code === 'invalid' ? (e.field ?? null) : null;
}

/** What a one-way door still needs, from a `gate` error; empty for anything else. */
export function gateReasons(e: unknown): string[] {
  return isCommandError(e) && e.code === 'gate' ? (e.reasons ?? []) : [];
}

/** A message fit to show the user, whatever was thrown. */
export function errorMessage(e: unknown): string {
  if (isCommandError(e)) return e.message;
  if (e instanceof Error) return e.message;
  if (typeof e === 'string' && e.trim() !== '') return e;
  return 'Something went wrong.';
}

/** Rejects with a clear error when the page is open outside the app (e.g. in a browser). */
function outsideApp(): Promise<never> | null {
  if ('__TAURI_INTERNALS__' in window) return null;
  const err: CommandError = {
    code: 'internal',
    message: 'The Empty Chair backend is not available: this page only works inside the app.',
  };
  return Promise.reject(err);
}

/** A command's round trip as the page saw it, recorded only while a benchmark asks for it. */
type IpcTiming = { cmd: string; start: number; end: number };

/**
 * `invoke`, with a clear error outside the app. Exported for the features' api.ts files only:
 * features call commands through one typed function per command in their own api.ts (or the
 * cross-cutting ones here), never through `call` or `invoke` directly.
 */
/** How long after the page's start its commands are measured (see `call`). */
const START_MEASURED_MS = 10_000;

export function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  const outside = outsideApp();
  if (outside) return outside;
  // tests/bench/typing.rs sets `__ipcTimings` to split a keystroke's time; the commands of the
  // app's first seconds are user-timing measures for tests/bench/app.rs; nothing otherwise.
  const log = (window as { __ipcTimings?: IpcTiming[] }).__ipcTimings;
  const start = performance.now();
  if (!log && start < START_MEASURED_MS) {
    return invoke<T>(cmd, args).finally(() => performance.measure(`ipc ${cmd}`, { start }));
  }
  if (!log) return invoke<T>(cmd, args);
  return invoke<T>(cmd, args).finally(() => log.push({ cmd, start, end: performance.now() }));
}

export const getWorkspace = (): Promise<WorkspaceSummary> => call('get_workspace');

/** Empties the workspace after a snapshot; `confirmed` says the user was asked (the Rust side
 * refuses to empty a workspace holding the user's own data without it). */
export const startEmptyWorkspace = (confirmed: boolean): Promise<WorkspaceSummary> =>
  call('start_empty_workspace', { confirmed });

/** Replaces the workspace with the sample after a snapshot; `confirmed` as above. */
export const loadSampleWorkspace = (confirmed: boolean): Promise<WorkspaceSummary> =>
  call('load_sample_workspace', { confirmed });

/** The personas, by default without the archived ones. */
export const listPersonas = (includeArchived = false): Promise<Persona[]> =>
  call('list_personas', { includeArchived });

export const listDecks = (): Promise<PromptDeck[]> => call('list_decks');

export const listMeetings = (): Promise<MeetingListItem[]> => call('list_meetings');

export const createMeeting = (input: NewMeeting): Promise<Meeting> =>
  call('create_meeting', { input });

export const openMeeting = (id: string): Promise<MeetingView> => call('open_meeting', { id });

/** Changes the meeting at any time: each field given replaces the meeting's (lists whole). */
export const updateMeeting = (meetingId: string, edit: MeetingEdit): Promise<MeetingView> =>
  call('update_meeting', { meetingId, edit });

/** Deletes the meeting and its decisions after a snapshot; `undoDelete` puts them back. */
export const deleteMeeting = (meetingId: string): Promise<Deleted> => call('delete_meeting', { meetingId });

/** Puts back what a deletion (meeting or decision) removed, while the app runs. */
export const undoDelete = (token: string): Promise<void> => call('undo_delete', { token });

/** Deletes the decision with its impacts, evidence and reactions after a snapshot. */
export const deleteDecision = (id: string): Promise<Deleted> => call('delete_decision', { id });

export const setPromptIndex = (meetingId: string, index: number): Promise<Meeting> =>
  call('set_prompt_index', { meetingId, index });

export const setMeetingStatus = (meetingId: string, status: MeetingStatus): Promise<Meeting> =>
  call('set_meeting_status', { meetingId, status });

/** planned → running, paused → running (resumed); the meeting as it is now. */
export const startMeeting = (meetingId: string): Promise<MeetingView> => call('start_meeting', { meetingId });

/** running → paused; the current agenda item's timer stops. */
export const pauseMeeting = (meetingId: string): Promise<MeetingView> => call('pause_meeting', { meetingId });

export const resumeMeeting = (meetingId: string): Promise<MeetingView> => call('resume_meeting', { meetingId });

export const endMeeting = (meetingId: string): Promise<MeetingView> => call('end_meeting', { meetingId });

/** Makes the item current and starts its timer (the previous one is done). */
export const startAgendaItem = (meetingId: string, itemId: string): Promise<MeetingView> =>
  call('start_agenda_item', { meetingId, itemId });

/** The room brought the customer in (an anecdote opened or pinned...): resets the nudge. */
export const recordCustomerReference = (input: CustomerReference): Promise<CustomerPulse> =>
  call('record_customer_reference', { input });

/** Saves the room's answer to a prompt; an empty answer deletes it (null). */
export const answerPrompt = (input: AnswerInput): Promise<PromptAnswer | null> => call('answer_prompt', { input });

export const searchAnecdotes = (query: AnecdoteQuery): Promise<AnecdoteHit[]> =>
  call('search_anecdotes', { query });

export const recordDecision = (input: NewDecision): Promise<Decision> =>
  call('record_decision', { input });

/** Replaces every field of a decision (its impacts and evidence too). */
export const updateDecision = (id: string, input: DecisionInput): Promise<Decision> =>
  call('update_decision', { id, input });

/** Accepts; a gated one-way door rejects with the `gate` code unless `overrideBy` names who overrides. */
export const acceptDecision = (id: string, overrideBy: string | null = null): Promise<Decision> =>
  call('accept_decision', { id, overrideBy });

export const recordReview = (input: ReviewInput): Promise<Decision> => call('record_review', { input });

/** Active people by name; with `includeArchived`, the archived ones follow. */
export const listPeople = (includeArchived = false): Promise<Person[]> => call('list_people', { includeArchived });

export const createPerson = (input: PersonInput): Promise<Person> => call('create_person', { input });

/** Who uses the app on this laptop now; null until someone is chosen. */
export const getCurrentPerson = (): Promise<Person | null> => call('get_current_person');

/** Hands the keyboard to the person `id` (null: nobody). */
export const setCurrentPerson = (id: string | null): Promise<Person | null> => call('set_current_person', { id });

/**
 * The native dialogs. The Rust side shows them and remembers the path the user picked: the
 * commands that read or write a user-named file (exports, deck and decision-log imports,
 * pictures, opening a workspace) accept only such a path, so nothing in the page can name one.
 */
/** What a path is picked for: the Rust side accepts a picked path only in the command it was
 * picked for (and a path picked to save only once). */
export type PickPurpose =
  | 'exportLog'
  | 'exportReport'
  | 'exportDeck'
  | 'importDeck'
  | 'mergeLog'
  | 'avatar'
  | 'openWorkspace'
  | 'importAnecdotes'
  | 'exportPrFaq';

function pickPath(
  mode: 'open' | 'save' | 'folder',
  purpose: PickPurpose,
  filters: FileFilter[] = [],
  defaultName: string | null = null,
) {
  return call<string | null>('pick_path', { mode, purpose, filters, defaultName });
}

/** The native "open" dialog for one file; null when the user cancels. */
export const pickFile = (filters: FileFilter[], purpose: PickPurpose): Promise<string | null> =>
  pickPath('open', purpose, filters);

/** The native "save" dialog (it asks before replacing a file); null when the user cancels. */
export const pickSavePath = (defaultName: string, filters: FileFilter[], purpose: PickPurpose): Promise<string | null> =>
  pickPath('save', purpose, filters, defaultName);

/** The native "choose folder" dialog; null when the user cancels. */
export const pickFolder = (purpose: PickPurpose): Promise<string | null> => pickPath('folder', purpose);

/** Name of the event that carries the room's link for the projector (or null: none). */
export const PROJECTOR_ROOM = 'projector-room';

/** The room's link as the projector shows it now, or null. */
export const projectorRoom = (): Promise<ProjectorRoom | null> => call('projector_room');

/** Calls `cb` whenever the projector's room link changes; resolves to the function that stops it. */
export async function onProjectorRoom(cb: (room: ProjectorRoom | null) => void): Promise<() => void> {
  return listen<ProjectorRoom | null>(PROJECTOR_ROOM, (e) => cb(e.payload));
}

/** Calls `cb` with what changed after every write; resolves to the function that stops it. */
export async function onWorkspaceChanged(cb: (changed: Changed) => void): Promise<() => void> {
  return listen<Changed>(WORKSPACE_CHANGED, (e) => cb(e.payload));
}

/** Calls `cb` with each progress report of a running import; resolves to the function that stops it. */
export async function onImportProgress(cb: (progress: ImportProgress) => void): Promise<() => void> {
  return listen<ImportProgress>(IMPORT_PROGRESS, (e) => cb(e.payload));
}

/** Calls `cb` with every state sent to the projector; resolves to the function that stops it. */
export async function onProjectorState(cb: (state: ProjectorState) => void): Promise<() => void> {
  return listen<ProjectorState>(PROJECTOR_STATE, (e) => cb(e.payload));
}
