// What the fake backend keeps, in the fields tests read and change (`be.state`): the sample
// workspace's library, its meetings and decisions, and the shell around them (dialogs,
// projector, workspace status).
import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteFacets } from '../../bindings/AnecdoteFacets';
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import type { Decision } from '../../bindings/Decision';
import type { Display } from '../../bindings/Display';
import type { ImportCheck } from '../../bindings/ImportCheck';
import type { ImportReport } from '../../bindings/ImportReport';
import type { KeptPrFaq } from '../../bindings/KeptPrFaq';
import type { MeetingView } from '../../bindings/MeetingView';
import type { Person } from '../../bindings/Person';
import type { Preferences } from '../../bindings/Preferences';
import type { ProjectorState } from '../../bindings/ProjectorState';
import type { PromptDeck } from '../../bindings/PromptDeck';
import type { ScorePoint } from '../../bindings/ScorePoint';
import type { WorkspaceStatus } from '../../bindings/WorkspaceStatus';
import type { WorkspaceSummary } from '../../bindings/WorkspaceSummary';
import { COMMA, DECK, anecdote, hit, importPreview, meeting, persona, view, wocasReport } from './samples';

const FACETS: AnecdoteFacets = {
  total: 40,
  channels: [
    { value: 'support chat', count: 25 },
    { value: 'email', count: 15 },
  ],
  productAreas: [
    { value: 'returns', count: 30 },
    { value: 'payments', count: 10 },
  ],
  segments: [{ value: 'Loyal member', count: 40 }],
  tags: [
    { value: 'refund', count: 12 },
    { value: 'shipping', count: 7 },
  ],
  saidFrom: '2024-06-01',
  saidTo: '2025-03-01',
};

const IMPORT_CHECK: ImportCheck = {
  errors: [],
  summary: {
    fileName: 'complaints.csv',
    kind: COMMA,
    encoding: 'utf-8',
    encodingNote: null,
    records: 120,
    importable: 118,
    warnings: [{ kind: 'empty_text', count: 2, rows: [7, 19], message: 'rows with no text are skipped' }],
  },
  alreadyInWorkspace: 5,
};

/** The personas, anecdotes and imports. */
function libraryState() {
  return {
    personas: [persona('p1', 'Diane Okafor'), persona('p2', 'Tomás Reyes', { segment: 'Small seller' })],
    hits: [hit(anecdote('a1', 'I paid to return a broken lamp.'))] as AnecdoteHit[],
    /** What get/update/delete of anecdotes work on (search answers with `hits`). */
    anecdotes: [anecdote('a1', 'I paid to return a broken lamp.')] as Anecdote[],
    facets: structuredClone(FACETS),
    preferences: { projectorSafe: false } as Preferences,
    importPreview: importPreview(),
    importCheck: structuredClone(IMPORT_CHECK),
    importReport: null as ImportReport | null,
    report: wocasReport(),
  };
}

/** The meetings, their decisions and what hangs off them; `m1` runs with the first persona. */
function meetingState(personas: ReturnType<typeof libraryState>['personas']) {
  return {
    decks: [DECK],
    views: new Map<string, MeetingView>([['m1', view(meeting('m1'), { personas: [personas[0]!], deck: DECK })]]),
    /** Times someone spoke for the customer, by meeting (`record_customer_reference`). */
    spoken: new Map<string, number>(),
    /** Decision drafts by meeting, as `save_decision_draft` keeps them. */
    drafts: new Map<string, string>(),
    /** What `decisions_due_for_review` answers. */
    due: [] as Decision[],
    /** Earlier meetings' scores, before the summarised one in `meeting_summary`'s trend. */
    trend: [] as ScorePoint[],
    prfaq: '# Press release\n\nCustomers can now return damaged items for free.\n',
    /** PR/FAQ drafts kept with their decision by `save_prfaq`, by decision id. */
    keptPrfaq: new Map<string, KeptPrFaq>(),
    /** What `import_deck` adds (with a fresh id). */
    importedDeck: { ...DECK, name: 'Imported questions', builtin: false } as PromptDeck,
    /** The workspace's people, archived ones included. */
    people: [] as Person[],
    /** Who is at the keyboard. */
    currentPersonId: null as string | null,
  };
}

/** The workspace, the native dialogs and the projector. */
function shellState() {
  return {
    summary: {
      path: '/tmp/ws.db',
      isSample: true,
      personaCount: 2,
      anecdoteCount: 40,
      meetingCount: 1,
      decisionCount: 0,
      lastMeetingId: 'm1',
    } as WorkspaceSummary,
    /** What the open dialog answers (null: the user cancelled). */
    pickedFile: null as string | null,
    /** What the save dialog answers (null: the user cancelled). */
    savePath: null as string | null,
    /** The last state sent with `show_on_projector`. */
    projector: null as ProjectorState | null,
    /** The connected displays (`projector_screens`), and the projector window's state. */
    displays: [
      { name: 'eDP-1', area: { x: 0, y: 0, width: 1920, height: 1080 }, hasMain: true, hasProjector: false },
    ] as Display[],
    projectorOpen: false,
    projectorFullscreen: false,
    /** What `workspace_status` answers. */
    status: {
      state: 'ok',
      code: null,
      message: null,
      path: '/tmp/ws.db',
      backups: [{ file: '20260301-091200.db', createdAt: '2026-03-01T09:12:00.000Z', bytes: 262144 }],
    } as WorkspaceStatus,
  };
}

export function initialState() {
  const library = libraryState();
  return { ...shellState(), ...library, ...meetingState(library.personas) };
}

export type State = ReturnType<typeof initialState>;
