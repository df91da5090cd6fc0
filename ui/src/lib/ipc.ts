// The UI's only door to the Rust backend: one typed function per Tauri command, the
// `workspace-changed`, `import-progress` and `projector-state` events, the native open/save
// dialogs (shown by the Rust side, which remembers what the user picked), and the error shape
// every command rejects with. No other module may import `@tauri-apps/*`. The meeting commands are documented in docs/MEETING-API.md.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';

import type { ActionItem } from '../bindings/ActionItem';
import type { ActionItemInput } from '../bindings/ActionItemInput';
import type { Anecdote } from '../bindings/Anecdote';
import type { AnecdoteFacets } from '../bindings/AnecdoteFacets';
import type { AnecdoteHit } from '../bindings/AnecdoteHit';
import type { AnecdoteInput } from '../bindings/AnecdoteInput';
import type { AnecdoteQuery } from '../bindings/AnecdoteQuery';
import type { Annotation } from '../bindings/Annotation';
import type { AnnotationInput } from '../bindings/AnnotationInput';
import type { AnswerInput } from '../bindings/AnswerInput';
import type { BackupInfo } from '../bindings/BackupInfo';
import type { Changed } from '../bindings/Changed';
import type { ColumnMapping } from '../bindings/ColumnMapping';
import type { CommandError } from '../bindings/CommandError';
import type { CustomerPulse } from '../bindings/CustomerPulse';
import type { CustomerReference } from '../bindings/CustomerReference';
import type { Decision } from '../bindings/Decision';
import type { DecisionFilter } from '../bindings/DecisionFilter';
import type { DecisionInput } from '../bindings/DecisionInput';
import type { DecisionLog } from '../bindings/DecisionLog';
import type { DecisionPage } from '../bindings/DecisionPage';
import type { DecisionSort } from '../bindings/DecisionSort';
import type { DeckInput } from '../bindings/DeckInput';
import type { Deleted } from '../bindings/Deleted';
import type { DeletedAnecdote } from '../bindings/DeletedAnecdote';
import type { ErrorCode } from '../bindings/ErrorCode';
import type { Escalation } from '../bindings/Escalation';
import type { EscalationResolution } from '../bindings/EscalationResolution';
import type { ExportFormat } from '../bindings/ExportFormat';
import type { ExportReport } from '../bindings/ExportReport';
import type { FileKind } from '../bindings/FileKind';
import type { GateCheck } from '../bindings/GateCheck';
import type { ImportCheck } from '../bindings/ImportCheck';
import type { ImportOptions } from '../bindings/ImportOptions';
import type { ImportPreview } from '../bindings/ImportPreview';
import type { ImportProgress } from '../bindings/ImportProgress';
import type { ImportReport } from '../bindings/ImportReport';
import type { KeptPrFaq } from '../bindings/KeptPrFaq';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingEdit } from '../bindings/MeetingEdit';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingSummary } from '../bindings/MeetingSummary';
import type { MeetingView } from '../bindings/MeetingView';
import type { MergeReport } from '../bindings/MergeReport';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewEscalation } from '../bindings/NewEscalation';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { NewPersona } from '../bindings/NewPersona';
import type { Person } from '../bindings/Person';
import type { PersonInput } from '../bindings/PersonInput';
import type { Persona } from '../bindings/Persona';
import type { Preferences } from '../bindings/Preferences';
import type { Placement } from '../bindings/Placement';
import type { ProjectorRoom } from '../bindings/ProjectorRoom';
import type { ProjectorScreens } from '../bindings/ProjectorScreens';
import type { ProjectorState } from '../bindings/ProjectorState';
import type { PromptAnswer } from '../bindings/PromptAnswer';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { ReportFormat } from '../bindings/ReportFormat';
import type { ReviewInput } from '../bindings/ReviewInput';
import type { RoomDevice } from '../bindings/RoomDevice';
import type { RoomInvitation } from '../bindings/RoomInvitation';
import type { TextEncoding } from '../bindings/TextEncoding';
import type { WocasQuery } from '../bindings/WocasQuery';
import type { WocasReport } from '../bindings/WocasReport';
import type { WorkspaceStatus } from '../bindings/WorkspaceStatus';
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

/** `invoke`, with a clear error outside the app. */
/** A command's round trip as the page saw it, recorded only while a benchmark asks for it. */
type IpcTiming = { cmd: string; start: number; end: number };

function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  const outside = outsideApp();
  if (outside) return outside;
  // tests/bench/typing.rs sets `__ipcTimings` to split a keystroke's time; nothing otherwise.
  const log = (window as { __ipcTimings?: IpcTiming[] }).__ipcTimings;
  if (!log) return invoke<T>(cmd, args);
  const start = performance.now();
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

/** Whether the workspace is open (else why not), where it is, and its backups, newest first. */
export const workspaceStatus = (): Promise<WorkspaceStatus> => call('workspace_status');

/** Takes a backup of the open workspace now. */
export const backupNow = (): Promise<BackupInfo> => call('backup_now');

/** Puts the backup `file` in place of the workspace (the current one is kept: backed up, or set aside). */
export const restoreBackup = (file: string): Promise<WorkspaceStatus> => call('restore_backup', { file });

/** Opens the workspace at `path` instead of the current one. */
export const openWorkspace = (path: string): Promise<WorkspaceStatus> => call('open_workspace', { path });

/** Sets the workspace that could not be opened aside and starts a new one, with the sample, in its place. */
export const startFreshWorkspace = (): Promise<WorkspaceStatus> => call('start_fresh_workspace');

/** Tries the workspace file again (after another copy of Empty Chair that had it open has quit). */
export const reopenWorkspace = (): Promise<WorkspaceStatus> => call('reopen_workspace');

/** Ends this copy of Empty Chair. */
export const quitApp = (): Promise<void> => call('quit_app');

/** The personas, by default without the archived ones. */
export const listPersonas = (includeArchived = false): Promise<Persona[]> =>
  call('list_personas', { includeArchived });

export const createPersona = (input: NewPersona): Promise<Persona> =>
  call('create_persona', { input });

export const updatePersona = (id: string, input: NewPersona): Promise<Persona> =>
  call('update_persona', { id, input });

export const duplicatePersona = (id: string): Promise<Persona> => call('duplicate_persona', { id });

export const archivePersona = (id: string, archived: boolean): Promise<Persona> =>
  call('archive_persona', { id, archived });

/** Copies the image at `path` into the workspace as the persona's picture; null removes it. */
export const setPersonaAvatar = (id: string, path: string | null): Promise<Persona> =>
  call('set_persona_avatar', { id, path });

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

/** The Decisions screen: every decision the filter takes, across meetings, due for review first. */
export const findDecisions = (filter: DecisionFilter, sort: DecisionSort): Promise<DecisionPage> =>
  call('find_decisions', { filter, sort });

/** Adds a follow-up to a meeting or one of its decisions. */
export const addActionItem = (input: ActionItemInput): Promise<ActionItem> => call('add_action_item', { input });

export const updateActionItem = (id: string, input: ActionItemInput): Promise<ActionItem> =>
  call('update_action_item', { id, input });

/** Marks the action item done (now) or open again. */
export const setActionItemDone = (id: string, done: boolean): Promise<ActionItem> => call('set_action_item_done', { id, done });

export const deleteActionItem = (id: string): Promise<void> => call('delete_action_item', { id });

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

/** Keeps the half-written decision (opaque JSON; "" clears it). Emits no change event. */
export const saveDecisionDraft = (meetingId: string, draft: string): Promise<void> =>
  call('save_decision_draft', { meetingId, draft });

export const getDecisionDraft = (meetingId: string): Promise<string | null> =>
  call('get_decision_draft', { meetingId });

export const meetingSummary = (meetingId: string): Promise<MeetingSummary> => call('meeting_summary', { meetingId });

export const searchAnecdotes = (query: AnecdoteQuery): Promise<AnecdoteHit[]> =>
  call('search_anecdotes', { query });

export const createAnecdote = (input: AnecdoteInput): Promise<Anecdote> =>
  call('create_anecdote', { input });

export const updateAnecdote = (id: string, input: AnecdoteInput): Promise<Anecdote> =>
  call('update_anecdote', { id, input });

/** Deletes an anecdote; the answer is what `restoreAnecdote` needs to undo it. */
export const deleteAnecdote = (id: string): Promise<DeletedAnecdote> => call('delete_anecdote', { id });

export const restoreAnecdote = (deleted: DeletedAnecdote): Promise<Anecdote> =>
  call('restore_anecdote', { deleted });

export const getAnecdotes = (ids: string[]): Promise<Anecdote[]> => call('get_anecdotes', { ids });

export const anecdoteFacets = (): Promise<AnecdoteFacets> => call('anecdote_facets');

export const recordDecision = (input: NewDecision): Promise<Decision> =>
  call('record_decision', { input });

/** Replaces every field of a decision (its impacts and evidence too). */
export const updateDecision = (id: string, input: DecisionInput): Promise<Decision> =>
  call('update_decision', { id, input });

/** Whether accepting the decision needs the room to confirm, and why. */
export const checkGate = (id: string): Promise<GateCheck> => call('check_gate', { id });

/** Accepts; a gated one-way door rejects with the `gate` code unless `overrideBy` names who overrides. */
export const acceptDecision = (id: string, overrideBy: string | null = null): Promise<Decision> =>
  call('accept_decision', { id, overrideBy });

/** Accepted decisions whose review date has come, not reviewed yet; oldest first. */
export const decisionsDueForReview = (): Promise<Decision[]> => call('decisions_due_for_review');

export const recordReview = (input: ReviewInput): Promise<Decision> => call('record_review', { input });

/** A PR/FAQ draft for the decision, in Markdown (customer text escaped). */
export const prfaqDraft = (decisionId: string): Promise<string> => call('prfaq_draft', { decisionId });

/**
 * Writes the decision's PR/FAQ draft to `path` (picked in the save dialog for `exportPrFaq`)
 * and keeps it with the decision; rejects with `exists` rather than replace a file, unless `overwrite`.
 */
export const savePrfaq = (decisionId: string, path: string, overwrite: boolean): Promise<KeptPrFaq> =>
  call('save_prfaq', { decisionId, path, overwrite });

/** The PR/FAQ draft kept with the decision when it was last saved; null when it never was. */
export const keptPrfaq = (decisionId: string): Promise<KeptPrFaq | null> => call('kept_prfaq', { decisionId });

export const createDeck = (input: DeckInput): Promise<PromptDeck> => call('create_deck', { input });

export const updateDeck = (id: string, input: DeckInput): Promise<PromptDeck> => call('update_deck', { id, input });

export const deleteDeck = (id: string): Promise<void> => call('delete_deck', { id });

export const exportDeck = (id: string, path: string): Promise<void> => call('export_deck', { id, path });

export const importDeck = (path: string): Promise<PromptDeck> => call('import_deck', { path });

/** The connected displays, which window is on which, and the projector window's state. */
export const projectorScreens = (): Promise<ProjectorScreens> => call('projector_screens');

/** Opens the projector on the display named `display` (or moves it there); without one, on a
 * display the main window is not on, or beside the main window when there is only one. */
export const openProjector = (display: string | null = null): Promise<Placement> => call('open_projector', { display });

export const setProjectorFullscreen = (on: boolean): Promise<void> => call('set_projector_fullscreen', { on });

export const closeProjector = (): Promise<void> => call('close_projector');

/** Sends what the projector shows; every window gets it as `projector-state`. */
export const showOnProjector = (state: ProjectorState): Promise<void> => call('show_on_projector', { state });

/** The last state sent, or null when none was. */
export const getProjectorState = (): Promise<ProjectorState | null> => call('get_projector_state');

export const getPreferences = (): Promise<Preferences> => call('get_preferences');

export const setPreferences = (preferences: Preferences): Promise<Preferences> =>
  call('set_preferences', { preferences });

/** The first rows of a file, read as `kind` (detected when null). */
export const previewImport = (
  path: string,
  kind: FileKind | null = null,
  encoding: TextEncoding | null = null,
): Promise<ImportPreview> => call('preview_import', { path, kind, encoding });

/** The dry run: reads and validates the whole file, writes nothing. */
export const checkImport = (path: string, mapping: ColumnMapping, options: ImportOptions): Promise<ImportCheck> =>
  call('check_import', { path, mapping, options });

export const runImport = (
  path: string,
  mapping: ColumnMapping,
  options: ImportOptions,
  personaIds: string[],
): Promise<ImportReport> => call('run_import', { path, mapping, options, personaIds });

/** Stops the running import; `runImport` then rejects with the `cancelled` code. */
export const cancelImport = (): Promise<void> => call('cancel_import');

export const wocasReport = (query: WocasQuery): Promise<WocasReport> => call('wocas_report', { query });

export const exportWocasReport = (query: WocasQuery, format: ReportFormat, path: string): Promise<void> =>
  call('export_wocas_report', { query, format, path });

/** Active people by name; with `includeArchived`, the archived ones follow. */
export const listPeople = (includeArchived = false): Promise<Person[]> => call('list_people', { includeArchived });

export const createPerson = (input: PersonInput): Promise<Person> => call('create_person', { input });

export const updatePerson = (id: string, input: PersonInput): Promise<Person> => call('update_person', { id, input });

export const archivePerson = (id: string, archived: boolean): Promise<Person> =>
  call('archive_person', { id, archived });

/** Who uses the app on this laptop now; null until someone is chosen. */
export const getCurrentPerson = (): Promise<Person | null> => call('get_current_person');

/** Hands the keyboard to the person `id` (null: nobody). */
export const setCurrentPerson = (id: string | null): Promise<Person | null> => call('set_current_person', { id });

/** Adds the current person's annotation to a decision; rejects with `forbidden` when nobody is chosen. */
export const addAnnotation = (decisionId: string, input: AnnotationInput): Promise<Annotation> =>
  call('add_annotation', { decisionId, input });

/** Only the author may edit (`forbidden` otherwise). */
export const updateAnnotation = (id: string, input: AnnotationInput): Promise<Annotation> =>
  call('update_annotation', { id, input });

export const deleteAnnotation = (id: string): Promise<void> => call('delete_annotation', { id });

/** Open escalations, overdue first; with `includeResolved`, the resolved ones follow. */
export const listEscalations = (includeResolved = false): Promise<Escalation[]> =>
  call('list_escalations', { includeResolved });

export const anecdoteEscalations = (anecdoteId: string): Promise<Escalation[]> =>
  call('anecdote_escalations', { anecdoteId });

export const escalateAnecdote = (input: NewEscalation): Promise<Escalation> => call('escalate_anecdote', { input });

export const resolveEscalation = (input: EscalationResolution): Promise<Escalation> =>
  call('resolve_escalation', { input });

/** The decisions `filter` takes, by meeting, with impacts and annotations. */
export const decisionLog = (filter: DecisionFilter): Promise<DecisionLog> => call('decision_log', { filter });

/** Writes the log to `path` (a folder for `adr`); rejects with `exists` rather than replace files, unless `overwrite`. */
export const exportDecisionLog = (
  filter: DecisionFilter,
  format: ExportFormat,
  path: string,
  overwrite: boolean,
): Promise<ExportReport> => call('export_decision_log', { filter, format, path, overwrite });

/** Merges a JSON export into the workspace; with `dryRun`, only reports what would change. */
export const importDecisionLog = (path: string, dryRun: boolean): Promise<MergeReport> =>
  call('import_decision_log', { path, dryRun });


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

/** The address the room would listen on by default (the laptop's on the default route). */
export const defaultRoomAddress = (): Promise<string> => call('default_room_address');

/** Opens the room for a meeting: a server on the local network, with a new secret link. */
export const openRoom = (meetingId: string, address: string | null, admitEveryone: boolean): Promise<RoomInvitation> =>
  call('open_room', { meetingId, address, admitEveryone });

/** Closes the room: every device is signed out. */
export const closeRoom = (): Promise<void> => call('close_room');

/** The open room (link, QR code, devices), or null. */
export const roomStatus = (): Promise<RoomInvitation | null> => call('room_status');

export const admitDevice = (id: string): Promise<RoomDevice> => call('admit_device', { id });
export const refuseDevice = (id: string): Promise<RoomDevice> => call('refuse_device', { id });
/** Removes a device: signed out and locked out until the room closes. */
export const removeDevice = (id: string): Promise<RoomDevice> => call('remove_device', { id });
export const setRoomAdmitEveryone = (on: boolean): Promise<void> => call('set_room_admit_everyone', { on });

/** Name of the event that carries the room's link for the projector (or null: none). */
export const PROJECTOR_ROOM = 'projector-room';

/** Puts the room's QR code and link on the projector, or takes them off. */
export const showRoomOnProjector = (on: boolean): Promise<void> => call('show_room_on_projector', { on });

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
