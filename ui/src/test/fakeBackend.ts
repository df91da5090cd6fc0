// A stand-in for the Rust backend in tests: a small sample workspace behind `mockIPC`, every
// call recorded, any command overridable, the native dialogs answered from `state`, and the
// event system mocked so tests (and the fake `run_import`, `show_on_projector`) can emit. The
// meeting commands follow docs/MEETING-API.md in memory: lifecycle and agenda timers, answers,
// customer references, drafts, reviews, the summary's trend and the projector state; the
// one-way-door gate and the empty-chair score answer from fixtures/gate.json and
// fixtures/score.json, which chair-core's tests write (the rules live in Rust only);
// the deck commands keep custom decks in memory; people, who is at the keyboard and annotations
// (author-only edits, `forbidden` otherwise) are kept in memory and announce their writes with
// `workspace-changed`, as the real backend does.
import { emit } from '@tauri-apps/api/event';

import gateFixtures from './fixtures/gate.json';
import scoreFixtures from './fixtures/score.json';
import type { ChangeArea } from '../bindings/ChangeArea';
import type { Changed } from '../bindings/Changed';
import type { ErrorCode } from '../bindings/ErrorCode';
import { mockIPC } from '@tauri-apps/api/mocks';

/** What the backend says a write in `area` changed (no particular meeting). */
export const changeOf = (area: ChangeArea): Changed => ({ areas: [area], meetingId: null, decisionIds: [], reactions: [], pulse: null });

import type { Anecdote } from '../bindings/Anecdote';
import type { AnecdoteFacets } from '../bindings/AnecdoteFacets';
import type { AnecdoteHit } from '../bindings/AnecdoteHit';
import type { AnecdoteInput } from '../bindings/AnecdoteInput';
import type { AgendaItem } from '../bindings/AgendaItem';
import type { AnecdoteQuery } from '../bindings/AnecdoteQuery';
import type { Annotation } from '../bindings/Annotation';
import type { AnnotationInput } from '../bindings/AnnotationInput';
import type { AnswerInput } from '../bindings/AnswerInput';
import type { ColumnMapping } from '../bindings/ColumnMapping';
import type { CommandError } from '../bindings/CommandError';
import type { CustomerPulse } from '../bindings/CustomerPulse';
import type { CustomerReference } from '../bindings/CustomerReference';
import type { Decision } from '../bindings/Decision';
import type { DecisionInput } from '../bindings/DecisionInput';
import type { DeckInput } from '../bindings/DeckInput';
import type { EmptyChairScore } from '../bindings/EmptyChairScore';
import type { GateCheck } from '../bindings/GateCheck';
import type { DeletedAnecdote } from '../bindings/DeletedAnecdote';
import type { FileKind } from '../bindings/FileKind';
import type { ImportCheck } from '../bindings/ImportCheck';
import type { ImportPreview } from '../bindings/ImportPreview';
import type { ImportProgress } from '../bindings/ImportProgress';
import type { ImportReport } from '../bindings/ImportReport';
import type { KeptPrFaq } from '../bindings/KeptPrFaq';
import type { Meeting } from '../bindings/Meeting';
import type { MeetingListItem } from '../bindings/MeetingListItem';
import type { MeetingStatus } from '../bindings/MeetingStatus';
import type { MeetingView } from '../bindings/MeetingView';
import type { NewDecision } from '../bindings/NewDecision';
import type { NewMeeting } from '../bindings/NewMeeting';
import type { NewPersona } from '../bindings/NewPersona';
import type { Persona } from '../bindings/Persona';
import type { Person } from '../bindings/Person';
import type { PersonInput } from '../bindings/PersonInput';
import type { NewImpact } from '../bindings/NewImpact';
import type { Preferences } from '../bindings/Preferences';
import type { Display } from '../bindings/Display';
import type { ProjectorState } from '../bindings/ProjectorState';
import type { PromptAnswer } from '../bindings/PromptAnswer';
import type { PromptDeck } from '../bindings/PromptDeck';
import type { Reversibility } from '../bindings/Reversibility';
import type { ReviewInput } from '../bindings/ReviewInput';
import type { ScorePoint } from '../bindings/ScorePoint';
import type { Theme } from '../bindings/Theme';
import type { WocasReport } from '../bindings/WocasReport';
import type { WorkspaceStatus } from '../bindings/WorkspaceStatus';
import type { WorkspaceSummary } from '../bindings/WorkspaceSummary';
import { fakeEscalations } from './fakeEscalations';

const AT = '2025-03-01T10:00:00Z';

export function persona(id: string, name: string, extra: Partial<Persona> = {}): Persona {
  return {
    id,
    name,
    segment: 'Loyal member',
    bio: '',
    goals: ['Keep the house stocked'],
    frustrations: ['Paying return shipping on broken items'],
    needs: ['Refunds in days, not weeks'],
    quote: 'I just want it to work the way it used to.',
    successMeasure: 'Problems fixed in one contact.',
    avatar: null,
    archivedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function anecdote(id: string, text: string, extra: Partial<Anecdote> = {}): Anecdote {
  return {
    id,
    text,
    saidOn: '2025-02-11',
    channel: 'support chat',
    productArea: 'returns',
    segment: 'Loyal member',
    sentiment: 'negative',
    severity: 4,
    customerCount: 3,
    tags: [],
    sourceRef: null,
    provenance: 'real',
    personaIds: ['p1'],
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return { id, name, role: 'participant', archivedAt: null, createdAt: AT, updatedAt: AT, ...extra };
}

export function annotation(id: string, decisionId: string, author: Person, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    decisionId,
    personId: author.id,
    author: author.name,
    role: author.role,
    stance: 'concerned',
    feeling: 2,
    comment: 'I would wait for the refund before buying again.',
    flags: [],
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function hit(a: Anecdote): AnecdoteHit {
  return { anecdote: a, snippet: [{ text: a.text, hit: false }], matched: [], score: 1 };
}

/** A 1×1 PNG, as `set_persona_avatar` hands back a picture. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function mapping(extra: Partial<ColumnMapping> = {}): ColumnMapping {
  return {
    text: '',
    saidOn: null,
    dateOrder: 'monthFirst',
    channel: null,
    productArea: null,
    segment: null,
    sentiment: null,
    severity: null,
    customerCount: null,
    countPlusOne: false,
    tags: null,
    categoryTags: [],
    sourceRef: null,
    defaultChannel: null,
    provenance: 'real',
    ...extra,
  };
}

export const COMMA: FileKind = { type: 'delimited', delimiter: 44 };

/** A CSV of complaints as `preview_import` describes it. */
export function importPreview(extra: Partial<ImportPreview['preview']> = {}, remembered: ColumnMapping | null = null): ImportPreview {
  return {
    preview: {
      fileName: 'complaints.csv',
      kind: COMMA,
      encoding: 'utf-8',
      encodingNote: null,
      headers: ['Date received', 'Product', 'Consumer complaint narrative', 'Complaint ID'],
      rows: [
        ['2024-01-05', 'Mortgage', 'They lost my payment twice.', '100'],
        ['2024-01-06', 'Credit card', 'Charged a fee I never agreed to.', '101'],
      ],
      totalBytes: 2048,
      layoutKey: 'delimited:44:date received|product|consumer complaint narrative|complaint id',
      suggested: mapping({
        text: 'Consumer complaint narrative',
        saidOn: 'Date received',
        productArea: 'Product',
        sourceRef: 'Complaint ID',
        defaultChannel: 'complaint',
      }),
      sheets: [],
      dateColumns: [],
      ...extra,
    },
    remembered,
  };
}

export function theme(label: string, extra: Partial<Theme> = {}): Theme {
  return {
    label,
    terms: label.split(' · '),
    count: 12,
    customers: 30,
    share: 0.4,
    trend: [
      { period: '2025-01', count: 2 },
      { period: '2025-02', count: 4 },
      { period: '2025-03', count: 6 },
    ],
    direction: 'rising',
    quotes: [hit(anecdote(`q-${label}`, `A quote about ${label}`))],
    ...extra,
  };
}

export function wocasReport(extra: Partial<WocasReport> = {}): WocasReport {
  return {
    query: {},
    total: 30,
    customers: 75,
    unthemed: 4,
    from: '2025-01-03',
    to: '2025-03-28',
    themes: [theme('refund · slow'), theme('return · label', { count: 8, share: 0.27, direction: 'falling' })],
    ...extra,
  };
}

/**
 * What chair-core answered for one gate case (src-tauri/core/tests/it/gate_fixtures.rs): given a
 * meeting's questions, those answered and a decision's reversibility and evidence, what
 * `check_gate` says, what recording or editing it as accepted is refused with, and what
 * `accept_decision` does with each override.
 */
type GateCase = {
  given: { reversibility: Reversibility; prompts: string[]; answered: string[]; evidence: boolean };
  check: GateCheck;
  refusal: CommandError | null;
  accept: { overrideBy: string | null; gateOverriddenBy: string | null; refusal: CommandError | null }[];
};
const GATE_CASES = Object.entries(gateFixtures.cases as Record<string, GateCase>);
const gateKey = (g: GateCase['given']) => JSON.stringify([g.reversibility, g.prompts, g.answered, g.evidence]);

/**
 * What chair-core's `meeting_summary` scored one meeting (src-tauri/core/tests/it/score_fixtures.rs):
 * given its decisions (impact of known direction? evidence?), the deck's prompts answered of
 * all, the anecdotes consulted and times spoken for the customer.
 */
type ScoreCase = {
  given: { decisions: { knownImpact: boolean; evidence: boolean }[]; answered: number; total: number; consulted: number; spoken: number };
  score: EmptyChairScore;
};
const SCORE_CASES = Object.entries(scoreFixtures.cases as Record<string, ScoreCase>);
const scoreKey = (g: ScoreCase['given']) =>
  JSON.stringify([g.decisions.map((d) => [d.knownImpact, d.evidence]), g.answered, g.total, g.consulted, g.spoken]);

/** The questions match the gate fixtures' (`PROMPTS` in gate_fixtures.rs), so the gate can answer. */
export const DECK: PromptDeck = {
  id: 'deck1',
  name: 'Five customer questions',
  description: '',
  builtin: true,
  prompts: [
    { id: 'q1', deckId: 'deck1', position: 0, text: 'Who is the customer?', help: 'Be specific.' },
    { id: 'q2', deckId: 'deck1', position: 1, text: 'What is the customer problem?', help: '' },
    { id: 'q3', deckId: 'deck1', position: 2, text: 'What is the most important benefit?', help: '' },
  ],
};

export function meeting(id: string, extra: Partial<Meeting> = {}): Meeting {
  return {
    id,
    title: 'Returns policy review',
    heldOn: '2025-03-01',
    goal: 'Decide on free returns',
    status: 'running',
    deckId: DECK.id,
    deckIds: [DECK.id],
    promptIndex: 0,
    personaIds: ['p1'],
    attendees: [],
    nudgeMinutes: 10,
    currentAgendaItemId: null,
    lastCustomerReferenceAt: null,
    startedAt: AT,
    endedAt: null,
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function agendaItem(id: string, title: string, extra: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id,
    meetingId: 'm1',
    position: 0,
    title,
    plannedMinutes: 10,
    elapsedSeconds: 0,
    runningSince: null,
    startedAt: null,
    doneAt: null,
    lastCustomerReferenceAt: null,
    ...extra,
  };
}

export function decision(id: string, statement: string, extra: Partial<Decision> = {}): Decision {
  return {
    id,
    meetingId: 'm1',
    agendaItemId: null,
    statement,
    rationale: '',
    optionsConsidered: '',
    owner: '',
    status: 'proposed',
    reversibility: 'unknown',
    reviewOn: null,
    supersededBy: null,
    impacts: [],
    evidenceIds: [],
    annotations: [],
    gateOverriddenBy: null,
    gateOverriddenAt: null,
    reviewedAt: null,
    reviewHappened: null,
    reviewNote: '',
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

export function view(m: Meeting, extra: Partial<MeetingView> = {}): MeetingView {
  return {
    meeting: m,
    personas: [],
    deck: null,
    agenda: [],
    decisions: [],
    decisionLinks: [],
    actionItems: [],
    followUps: [],
    answers: [],
    consultedAnecdoteIds: [],
    escalations: [],
    ...extra,
  };
}

export type Call = { cmd: string; args: Record<string, unknown> };
type Handler = (args: Record<string, unknown>) => unknown;

/** Installs the fake backend; `state` can be changed before or during a test. */
export function fakeBackend() {
  const personas = [persona('p1', 'Diane Okafor'), persona('p2', 'Tomás Reyes', { segment: 'Small seller' })];
  const views = new Map<string, MeetingView>([
    [
      'm1',
      view(meeting('m1'), { personas: [personas[0]!], deck: DECK }),
    ],
  ]);
  const state = {
    summary: {
      path: '/tmp/ws.db',
      isSample: true,
      personaCount: 2,
      anecdoteCount: 40,
      meetingCount: 1,
      decisionCount: 0,
      lastMeetingId: 'm1',
    } as WorkspaceSummary,
    personas,
    decks: [DECK],
    views,
    hits: [hit(anecdote('a1', 'I paid to return a broken lamp.'))] as AnecdoteHit[],
    /** What get/update/delete of anecdotes work on (search answers with `hits`). */
    anecdotes: [anecdote('a1', 'I paid to return a broken lamp.')] as Anecdote[],
    facets: {
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
    } as AnecdoteFacets,
    preferences: { projectorSafe: false } as Preferences,
    importPreview: importPreview(),
    importCheck: {
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
    } as ImportCheck,
    importReport: null as ImportReport | null,
    report: wocasReport(),
    /** What the open dialog answers (null: the user cancelled). */
    pickedFile: null as string | null,
    /** What the save dialog answers (null: the user cancelled). */
    savePath: null as string | null,
    /** Decision drafts by meeting, as `save_decision_draft` keeps them. */
    drafts: new Map<string, string>(),
    /** What `decisions_due_for_review` answers. */
    due: [] as Decision[],
    /** Earlier meetings' scores, before the summarised one in `meeting_summary`'s trend. */
    trend: [] as ScorePoint[],
    /** The last state sent with `show_on_projector`. */
    projector: null as ProjectorState | null,
    /** The connected displays (`projector_screens`), and the projector window's state. */
    displays: [
      { name: 'eDP-1', area: { x: 0, y: 0, width: 1920, height: 1080 }, hasMain: true, hasProjector: false },
    ] as Display[],
    projectorOpen: false,
    projectorFullscreen: false,
    /** What `import_deck` adds (with a fresh id). */
    importedDeck: { ...DECK, name: 'Imported questions', builtin: false } as PromptDeck,
    /** What `workspace_status` answers. */
    status: {
      state: 'ok',
      code: null,
      message: null,
      path: '/tmp/ws.db',
      backups: [{ file: '20260301-091200.db', createdAt: '2026-03-01T09:12:00.000Z', bytes: 262144 }],
    } as WorkspaceStatus,
    prfaq: '# Press release\n\nCustomers can now return damaged items for free.\n',
    /** PR/FAQ drafts kept with their decision by `save_prfaq`, by decision id. */
    keptPrfaq: new Map<string, KeptPrFaq>(),
    /** The workspace's people, archived ones included. */
    people: [] as Person[],
    /** Who is at the keyboard. */
    currentPersonId: null as string | null,
  };
  const esc = fakeEscalations({ anecdotes: () => state.anecdotes, personas: () => state.personas, views });
  const calls: Call[] = [];
  const overrides = new Map<string, Handler>();
  let nextId = 1;

  const listItem = (v: MeetingView): MeetingListItem => ({
    id: v.meeting.id,
    title: v.meeting.title,
    heldOn: v.meeting.heldOn,
    status: v.meeting.status,
    decisionCount: v.decisions.length,
  });
  const viewOf = (id: unknown): MeetingView => {
    const v = views.get(String(id));
    if (!v) throw { code: 'not_found', message: `meeting ${String(id)} was not found` };
    return v;
  };
  const update = (id: unknown, patch: Partial<Meeting>): Meeting => {
    const v = viewOf(id);
    v.meeting = { ...v.meeting, ...patch };
    return v.meeting;
  };

  const personaOf = (id: unknown): Persona => {
    const p = state.personas.find((x) => x.id === id);
    if (!p) throw { code: 'not_found', message: `persona ${String(id)} was not found` };
    return p;
  };
  const setPersona = (p: Persona): Persona => {
    state.personas = state.personas.map((x) => (x.id === p.id ? p : x));
    return p;
  };
  const anecdoteOf = (id: unknown): Anecdote => {
    const a = state.anecdotes.find((x) => x.id === id);
    if (!a) throw { code: 'not_found', message: `anecdote ${String(id)} was not found` };
    return a;
  };
  const fromInput = (id: string, input: AnecdoteInput): Anecdote => {
    const { saidOn, sourceRef, ...rest } = input;
    return anecdote(id, input.text, { ...rest, saidOn: saidOn ?? null, sourceRef: sourceRef ?? null });
  };
  const defaultReport = (): ImportReport => {
    const check = state.importCheck;
    return {
      summary: check.summary!,
      inserted: (check.summary?.importable ?? 0) - check.alreadyInWorkspace,
      alreadyInWorkspace: check.alreadyInWorkspace,
      alreadyRows: [3, 4],
    };
  };
  const progress = (p: ImportProgress) => emit('import-progress', p);

  const now = () => new Date().toISOString();
  const seconds = (from: string) => Math.max(0, Math.floor((Date.now() - Date.parse(from)) / 1000));
  /** Stops the current item's clock, adding the running stretch to its time. */
  const stopClock = (v: MeetingView, done: boolean) => {
    v.agenda = v.agenda.map((a) => {
      if (a.id !== v.meeting.currentAgendaItemId) return a;
      const elapsedSeconds = a.elapsedSeconds + (a.runningSince ? seconds(a.runningSince) : 0);
      return { ...a, elapsedSeconds, runningSince: null, doneAt: done ? now() : a.doneAt };
    });
  };
  const runClock = (v: MeetingView) => {
    const t = now();
    v.agenda = v.agenda.map((a) =>
      a.id === v.meeting.currentAgendaItemId && !a.runningSince ? { ...a, runningSince: t, startedAt: a.startedAt ?? t } : a,
    );
  };
  const startOrResume = (v: MeetingView): MeetingView => {
    if (v.meeting.status === 'ended') throw { code: 'invalid', message: 'the meeting has ended' };
    if (v.meeting.currentAgendaItemId === null && v.agenda[0]) v.meeting.currentAgendaItemId = v.agenda[0].id;
    v.meeting = { ...v.meeting, status: 'running', startedAt: v.meeting.startedAt ?? now() };
    runClock(v);
    return v;
  };
  const decisionOf = (id: unknown): { v: MeetingView; d: Decision } => {
    for (const v of views.values()) {
      const d = v.decisions.find((x) => x.id === id);
      if (d) return { v, d };
    }
    const due = state.due.find((x) => x.id === id);
    if (due) return { v: viewOf(due.meetingId), d: due };
    throw { code: 'not_found', message: `decision ${String(id)} was not found` };
  };
  const setDecision = (d: Decision): Decision => {
    for (const v of views.values()) v.decisions = v.decisions.map((x) => (x.id === d.id ? d : x));
    state.due = state.due.map((x) => (x.id === d.id ? d : x));
    return d;
  };
  const stamp = (v: MeetingView): string => {
    const t = now();
    v.meeting = { ...v.meeting, lastCustomerReferenceAt: t };
    v.agenda = v.agenda.map((a) => (a.id === v.meeting.currentAgendaItemId ? { ...a, lastCustomerReferenceAt: t } : a));
    return t;
  };
  const impactsOf = (id: string, list: NewImpact[] | undefined) =>
    (list ?? []).map((i, n) => ({
      id: `${id}-i${n}`,
      decisionId: id,
      personaId: i.personaId ?? null,
      segment: i.segment ?? '',
      direction: i.direction,
      magnitude: i.magnitude ?? null,
      confidence: i.confidence ?? null,
      reach: i.reach ?? '',
      whatChanges: i.whatChanges,
    }));
  /**
   * The gate's answers for `d`: the fixture case whose `given` is the fake's state (the meeting's
   * questions, those answered, the decision's reversibility and evidence). A state no case
   * covers is the test's mistake or a missing case, never an answer made up here.
   */
  const gateOf = (d: Decision): GateCase => {
    const v = viewOf(d.meetingId);
    const prompts = v.deck?.prompts ?? [];
    const answered = new Set(v.answers.map((a) => a.promptId));
    const key = gateKey({
      reversibility: d.reversibility,
      prompts: prompts.map((p) => p.text),
      answered: prompts.filter((p) => answered.has(p.id)).map((p) => p.text),
      evidence: d.evidenceIds.length > 0,
    });
    const found = GATE_CASES.find(([, c]) => gateKey(c.given) === key);
    if (!found) throw new Error(`no gate fixture for ${key}: add the case to src-tauri/core/tests/it/gate_fixtures.rs`);
    return found[1];
  };
  /**
   * The meeting's empty-chair score: the fixture case whose `given` is what the fake counts off
   * `v` (each decision's known impact and evidence, the deck's prompts answered, the anecdotes
   * consulted; the fake keeps no "spoken for the customer"). A state no case covers is the
   * test's mistake or a missing case, never a score made up here.
   */
  const scoreOf = (v: MeetingView): EmptyChairScore => {
    const answered = new Set(v.answers.map((a) => a.promptId));
    const prompts = v.deck?.prompts ?? [];
    const key = scoreKey({
      decisions: v.decisions.map((d) => ({
        knownImpact: d.impacts.some((i) => i.direction !== 'unknown'),
        evidence: d.evidenceIds.length > 0,
      })),
      answered: prompts.filter((p) => answered.has(p.id)).length,
      total: prompts.length,
      consulted: new Set([...v.consultedAnecdoteIds, ...v.decisions.flatMap((d) => d.evidenceIds)]).size,
      spoken: 0,
    });
    const found = SCORE_CASES.find(([, c]) => scoreKey(c.given) === key);
    if (!found) throw new Error(`no score fixture for ${key}: add the case to src-tauri/core/tests/it/score_fixtures.rs`);
    return found[1].score;
  };

  const changed = (area: ChangeArea) => emit('workspace-changed', changeOf(area));
  const personOf = (id: unknown): Person => {
    const p = state.people.find((x) => x.id === id);
    if (!p) throw { code: 'not_found', message: `person ${String(id)} was not found` };
    return p;
  };
  const checkPerson = (input: PersonInput, id: string | null) => {
    const name = input.name.trim();
    if (name === '') throw { code: 'invalid', field: 'name', message: 'name: required' };
    const same = state.people.find((x) => x.id !== id && x.archivedAt === null && x.name.toLowerCase() === name.toLowerCase());
    if (same) throw { code: 'invalid', field: 'name', message: `name: someone called “${name}” is already in this workspace` };
    return name;
  };
  const setPerson = (p: Person): Person => {
    state.people = state.people.map((x) => (x.id === p.id ? p : x));
    return p;
  };
  const currentPerson = (): Person | null => state.people.find((x) => x.id === state.currentPersonId) ?? null;
  const annotationOf = (id: unknown): { d: Decision; a: Annotation } => {
    for (const v of views.values()) {
      for (const d of v.decisions) {
        const a = d.annotations.find((x) => x.id === id);
        if (a) return { d, a };
      }
    }
    throw { code: 'not_found', message: `annotation ${String(id)} was not found` };
  };
  const authorOnly = (a: Annotation, verb: string) => {
    const me = currentPerson();
    if (!me || a.personId !== me.id) throw { code: 'forbidden', message: `Only ${a.author} can ${verb} this annotation.` };
  };
  const checkAnnotation = (input: AnnotationInput) => {
    if (input.feeling != null && (input.feeling < 1 || input.feeling > 5)) {
      throw { code: 'invalid', field: 'feeling', message: 'feeling: must be 1 to 5' };
    }
  };
  const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);

  const handlers: Record<string, Handler> = {
    ...esc.handlers,
    list_people: (a) => [
      ...state.people.filter((p) => p.archivedAt === null).sort(byName),
      ...(a.includeArchived ? state.people.filter((p) => p.archivedAt !== null).sort(byName) : []),
    ],
    create_person: async (a) => {
      const input = a.input as PersonInput;
      const p = person(`person${nextId++}`, checkPerson(input, null), { role: input.role ?? 'participant' });
      state.people = [...state.people, p];
      await changed('people');
      return p;
    },
    update_person: async (a) => {
      const before = personOf(a.id);
      const input = a.input as PersonInput;
      const p = setPerson({ ...before, name: checkPerson(input, before.id), role: input.role ?? before.role, updatedAt: now() });
      await changed('people');
      return p;
    },
    archive_person: async (a) => {
      const p = setPerson({ ...personOf(a.id), archivedAt: a.archived ? now() : null });
      if (a.archived && state.currentPersonId === p.id) state.currentPersonId = null;
      await changed('people');
      return p;
    },
    get_current_person: () => currentPerson(),
    set_current_person: async (a) => {
      if (a.id == null) state.currentPersonId = null;
      else {
        const p = personOf(a.id);
        if (p.archivedAt !== null) throw { code: 'invalid', message: `${p.name} is archived` };
        state.currentPersonId = p.id;
      }
      await changed('people');
      return currentPerson();
    },
    add_annotation: async (a) => {
      const me = currentPerson();
      if (!me) throw { code: 'forbidden', message: 'Choose who you are (switch person) before annotating.' };
      const { d } = decisionOf(a.decisionId);
      const input = a.input as AnnotationInput;
      checkAnnotation(input);
      const t = now();
      const created: Annotation = {
        id: `ann${nextId++}`,
        decisionId: d.id,
        personId: me.id,
        author: me.name,
        role: me.role,
        stance: input.stance,
        feeling: input.feeling ?? null,
        comment: input.comment,
        flags: input.flags,
        createdAt: t,
        updatedAt: t,
      };
      setDecision({ ...d, annotations: [...d.annotations, created] });
      await changed('decisions');
      return created;
    },
    update_annotation: async (a) => {
      const { d, a: before } = annotationOf(a.id);
      authorOnly(before, 'edit');
      const input = a.input as AnnotationInput;
      checkAnnotation(input);
      const next: Annotation = { ...before, ...input, feeling: input.feeling ?? null, updatedAt: now() };
      setDecision({ ...d, annotations: d.annotations.map((x) => (x.id === next.id ? next : x)) });
      await changed('decisions');
      return next;
    },
    delete_annotation: async (a) => {
      const { d, a: gone } = annotationOf(a.id);
      authorOnly(gone, 'delete');
      setDecision({ ...d, annotations: d.annotations.filter((x) => x.id !== gone.id) });
      await changed('decisions');
      return null;
    },
    get_workspace: () => state.summary,
    list_meetings: () => [...views.values()].map(listItem),
    list_personas: (a) => (a.includeArchived ? state.personas : state.personas.filter((p) => p.archivedAt === null)),
    create_persona: (a) => {
      const input = a.input as NewPersona;
      const p = persona(`p-new${nextId++}`, input.name, { ...input });
      state.personas = [...state.personas, p];
      return p;
    },
    update_persona: (a) => setPersona({ ...personaOf(a.id), ...(a.input as NewPersona) }),
    duplicate_persona: (a) => {
      const p = { ...personaOf(a.id), id: `p-new${nextId++}` };
      p.name = `${p.name} (copy)`;
      state.personas = [...state.personas, p];
      return p;
    },
    archive_persona: (a) => setPersona({ ...personaOf(a.id), archivedAt: a.archived ? AT : null }),
    set_persona_avatar: (a) => setPersona({ ...personaOf(a.id), avatar: a.path ? PNG_DATA_URL : null }),
    create_anecdote: (a) => {
      const created = fromInput(`a-new${nextId++}`, a.input as AnecdoteInput);
      state.anecdotes.push(created);
      return created;
    },
    update_anecdote: (a) => {
      const updated = fromInput(anecdoteOf(a.id).id, a.input as AnecdoteInput);
      state.anecdotes = state.anecdotes.map((x) => (x.id === updated.id ? updated : x));
      return updated;
    },
    delete_anecdote: (a) => {
      const gone = anecdoteOf(a.id);
      state.anecdotes = state.anecdotes.filter((x) => x.id !== gone.id);
      state.hits = state.hits.filter((h) => h.anecdote.id !== gone.id);
      const deleted: DeletedAnecdote = { anecdote: gone, evidenceDecisionIds: ['d-evidence'], consultedIn: [] };
      return deleted;
    },
    restore_anecdote: (a) => {
      const back = (a.deleted as DeletedAnecdote).anecdote;
      state.anecdotes.push(back);
      state.hits.push(hit(back));
      return back;
    },
    get_anecdotes: (a) => state.anecdotes.filter((x) => (a.ids as string[]).includes(x.id)),
    anecdote_facets: () => state.facets,
    get_preferences: () => state.preferences,
    set_preferences: (a) => {
      state.preferences = a.preferences as Preferences;
      return state.preferences;
    },
    preview_import: (a) => {
      const p = structuredClone(state.importPreview);
      if (a.kind) p.preview.kind = a.kind as FileKind;
      if (a.encoding) p.preview.encoding = a.encoding as string;
      return p;
    },
    check_import: () => state.importCheck,
    run_import: async () => {
      await progress({ phase: 'reading', done: 50, total: 100 });
      await progress({ phase: 'writing', done: 100, total: 100 });
      return state.importReport ?? defaultReport();
    },
    cancel_import: () => null,
    wocas_report: () => state.report,
    export_wocas_report: () => null,
    pick_path: (a) => (a.mode === 'save' ? state.savePath : state.pickedFile),
    list_decks: () => state.decks,
    open_meeting: (a) => viewOf(a.id),
    search_anecdotes: (a) => state.hits.slice(0, (a.query as AnecdoteQuery).limit ?? undefined),
    set_prompt_index: (a) => update(a.meetingId, { promptIndex: Number(a.index) }),
    set_meeting_status: (a) => update(a.meetingId, { status: a.status as MeetingStatus }),
    start_empty_workspace: () => {
      views.clear();
      state.summary = { ...state.summary, isSample: false, personaCount: 0, anecdoteCount: 0, meetingCount: 0, lastMeetingId: null };
      state.personas = [];
      state.hits = [];
      return state.summary;
    },
    create_meeting: (a) => {
      const input = a.input as NewMeeting;
      const id = `new${nextId++}`;
      const m = meeting(id, {
        title: input.title,
        heldOn: input.heldOn ?? '2025-03-02',
        goal: input.goal ?? '',
        deckId: input.deckId ?? null,
        personaIds: input.personaIds ?? [],
        attendees: (input.attendees ?? []).map((a, n) => ({ id: `${id}-a${n}`, name: a.name, role: a.role ?? 'participant' })),
        nudgeMinutes: input.nudgeMinutes ?? 10,
        status: 'planned',
        startedAt: null,
      });
      const v = view(m, {
        personas: state.personas.filter((p) => m.personaIds.includes(p.id)),
        deck: state.decks.find((d) => d.id === m.deckId) ?? null,
        agenda: (input.agenda ?? []).map((a, n) =>
          agendaItem(`${id}-g${n}`, a.title, { meetingId: id, position: n, plannedMinutes: a.plannedMinutes ?? null }),
        ),
      });
      views.set(id, v);
      if (!input.planned) startOrResume(v);
      return v.meeting;
    },
    record_decision: (a) => {
      const input = a.input as NewDecision;
      const id = `d${nextId++}`;
      const d = decision(id, input.statement, {
        meetingId: input.meetingId,
        agendaItemId: input.agendaItemId ?? null,
        rationale: input.rationale ?? '',
        optionsConsidered: input.optionsConsidered ?? '',
        owner: input.owner ?? '',
        status: input.status ?? 'proposed',
        reversibility: input.reversibility ?? 'unknown',
        reviewOn: input.reviewOn ?? null,
        supersededBy: input.supersededBy ?? null,
        impacts: impactsOf(id, input.impacts),
        evidenceIds: input.evidenceIds ?? [],
      });
      const refusal = d.status === 'accepted' ? gateOf(d).refusal : null;
      if (refusal) throw refusal;
      const v = viewOf(input.meetingId);
      v.decisions.push(d);
      state.drafts.delete(input.meetingId);
      if (d.evidenceIds.length > 0 || d.impacts.some((i) => i.direction !== 'unknown')) stamp(v);
      return d;
    },
    start_meeting: (a) => startOrResume(viewOf(a.meetingId)),
    resume_meeting: (a) => startOrResume(viewOf(a.meetingId)),
    pause_meeting: (a) => {
      const v = viewOf(a.meetingId);
      if (v.meeting.status === 'running') {
        stopClock(v, false);
        v.meeting = { ...v.meeting, status: 'paused' };
      }
      return v;
    },
    end_meeting: (a) => {
      const v = viewOf(a.meetingId);
      stopClock(v, true);
      v.meeting = { ...v.meeting, status: 'ended', endedAt: now() };
      return v;
    },
    start_agenda_item: (a) => {
      const v = viewOf(a.meetingId);
      if (v.meeting.status === 'ended') throw { code: 'invalid', message: 'the meeting has ended' };
      if (!v.agenda.some((x) => x.id === a.itemId)) throw { code: 'not_found', message: `agenda item ${String(a.itemId)} was not found` };
      if (v.meeting.currentAgendaItemId === a.itemId && v.meeting.status === 'running') return v;
      stopClock(v, true);
      v.meeting = { ...v.meeting, currentAgendaItemId: String(a.itemId) };
      return startOrResume(v);
    },
    record_customer_reference: (a) => {
      const input = a.input as CustomerReference;
      const v = viewOf(input.meetingId);
      const at = stamp(v);
      if (input.anecdoteId && !v.consultedAnecdoteIds.includes(input.anecdoteId)) v.consultedAnecdoteIds.push(input.anecdoteId);
      const pulse: CustomerPulse = {
        meetingId: v.meeting.id,
        agendaItemId: v.meeting.currentAgendaItemId,
        lastCustomerReferenceAt: at,
        anecdotesConsulted: v.consultedAnecdoteIds.length,
      };
      return pulse;
    },
    answer_prompt: (a) => {
      const input = a.input as AnswerInput;
      const v = viewOf(input.meetingId);
      const decisionId = input.decisionId ?? null;
      const same = (x: PromptAnswer) => x.promptId === input.promptId && x.decisionId === decisionId;
      const before = v.answers.find(same);
      v.answers = v.answers.filter((x) => !same(x));
      if (input.answer.trim() === '') return null;
      const t = now();
      const saved: PromptAnswer = {
        id: before?.id ?? `ans${nextId++}`,
        meetingId: input.meetingId,
        promptId: input.promptId,
        agendaItemId: input.agendaItemId ?? null,
        decisionId,
        answer: input.answer,
        createdAt: before?.createdAt ?? t,
        updatedAt: t,
      };
      v.answers.push(saved);
      stamp(v);
      return saved;
    },
    save_decision_draft: (a) => {
      const draft = String(a.draft);
      if (draft === '') state.drafts.delete(String(a.meetingId));
      else {
        JSON.parse(draft);
        state.drafts.set(String(a.meetingId), draft);
      }
      return null;
    },
    get_decision_draft: (a) => state.drafts.get(String(a.meetingId)) ?? null,
    update_decision: (a) => {
      const { d } = decisionOf(a.id);
      const input = a.input as DecisionInput;
      const next = decision(d.id, input.statement, {
        meetingId: d.meetingId,
        agendaItemId: input.agendaItemId ?? null,
        rationale: input.rationale ?? '',
        optionsConsidered: input.optionsConsidered ?? '',
        owner: input.owner ?? '',
        status: input.status ?? 'proposed',
        reversibility: input.reversibility ?? 'unknown',
        reviewOn: input.reviewOn ?? null,
        supersededBy: input.supersededBy ?? null,
        impacts: impactsOf(d.id, input.impacts ?? undefined),
        evidenceIds: input.evidenceIds ?? [],
        gateOverriddenBy: d.gateOverriddenBy,
        gateOverriddenAt: d.gateOverriddenAt,
        createdAt: d.createdAt,
      });
      if (next.status === 'superseded' && !next.supersededBy) {
        throw { code: 'invalid', field: 'supersededBy', message: 'supersededBy: required when the status is superseded' };
      }
      const refusal = next.status === 'accepted' && d.status !== 'accepted' ? gateOf(next).refusal : null;
      if (refusal) throw refusal;
      return setDecision(next);
    },
    check_gate: (a) => gateOf(decisionOf(a.id).d).check,
    accept_decision: (a) => {
      const { d } = decisionOf(a.id);
      const overrideBy = typeof a.overrideBy === 'string' ? a.overrideBy : null;
      const answer = gateOf(d).accept.find((x) => x.overrideBy === overrideBy);
      if (!answer) {
        throw new Error(`no gate fixture for the override ${JSON.stringify(overrideBy)}: add it to OVERRIDES in src-tauri/core/tests/it/gate_fixtures.rs`);
      }
      if (answer.refusal) throw answer.refusal;
      const by = answer.gateOverriddenBy;
      return setDecision({ ...d, status: 'accepted', gateOverriddenBy: by, gateOverriddenAt: by === null ? null : now() });
    },
    decisions_due_for_review: () => state.due.filter((d) => d.reviewedAt === null),
    record_review: (a) => {
      const input = a.input as ReviewInput;
      const { d } = decisionOf(input.decisionId);
      return setDecision({ ...d, reviewedAt: now(), reviewHappened: input.happened, reviewNote: input.note });
    },
    prfaq_draft: (a) => {
      decisionOf(a.decisionId);
      return state.prfaq;
    },
    kept_prfaq: (a) => {
      decisionOf(a.decisionId);
      return state.keptPrfaq.get(String(a.decisionId)) ?? null;
    },
    save_prfaq: (a) => {
      decisionOf(a.decisionId);
      const path = String(a.path);
      const kept: KeptPrFaq = {
        decisionId: String(a.decisionId),
        markdown: state.prfaq,
        fileName: path.slice(path.lastIndexOf('/') + 1),
        savedAt: now(),
      };
      state.keptPrfaq.set(kept.decisionId, kept);
      return kept;
    },
    meeting_summary: (a) => {
      const v = viewOf(a.meetingId);
      const score = scoreOf(v);
      const point: ScorePoint = { meetingId: v.meeting.id, title: v.meeting.title, heldOn: v.meeting.heldOn, score: score.score };
      return { meeting: v.meeting, decisions: v.decisions, score, trend: [...state.trend, point] };
    },
    create_deck: (a) => {
      const input = a.input as DeckInput;
      const id = `deck-new${nextId++}`;
      const deck: PromptDeck = {
        id,
        name: input.name,
        description: input.description ?? '',
        builtin: false,
        prompts: input.prompts.map((p, n) => ({ id: p.id ?? `${id}-q${n}`, deckId: id, position: n, text: p.text, help: p.help ?? '' })),
      };
      state.decks = [...state.decks, deck];
      return deck;
    },
    update_deck: (a) => {
      const before = state.decks.find((d) => d.id === a.id);
      if (!before) throw { code: 'not_found', message: `deck ${String(a.id)} was not found` };
      if (before.builtin) throw { code: 'invalid', message: 'built-in decks cannot be changed' };
      const input = a.input as DeckInput;
      const deck: PromptDeck = {
        ...before,
        name: input.name,
        description: input.description ?? '',
        prompts: input.prompts.map((p, n) => ({
          id: p.id ?? `${before.id}-q${nextId++}`,
          deckId: before.id,
          position: n,
          text: p.text,
          help: p.help ?? '',
        })),
      };
      state.decks = state.decks.map((d) => (d.id === deck.id ? deck : d));
      return deck;
    },
    export_deck: (a) => {
      if (!state.decks.some((d) => d.id === a.id)) throw { code: 'not_found', message: `deck ${String(a.id)} was not found` };
      return null;
    },
    import_deck: (a) => {
      const id = `deck-new${nextId++}`;
      const deck: PromptDeck = { ...state.importedDeck, id, builtin: false };
      deck.prompts = deck.prompts.map((p, n) => ({ ...p, id: `${id}-q${n}`, deckId: id, position: n }));
      if (!a.path) throw { code: 'invalid', message: 'no file' };
      state.decks = [...state.decks, deck];
      return deck;
    },
    delete_deck: (a) => {
      if (state.decks.some((d) => d.id === a.id && d.builtin)) throw { code: 'invalid', message: 'built-in decks cannot be deleted' };
      state.decks = state.decks.filter((d) => d.id !== a.id);
      return null;
    },
    projector_screens: () => ({ displays: state.displays, open: state.projectorOpen, fullscreen: state.projectorFullscreen }),
    open_projector: (a) => {
      // Where the real shell puts it (chair_core::displays::place), for the displays given.
      const wanted = (a.display as string | null | undefined) ?? null;
      const ds = state.displays;
      const d = ds.length > 1 ? (ds.find((x) => x.name === wanted) ?? ds.find((x) => !x.hasMain)) : undefined;
      state.projectorOpen = true;
      state.projectorFullscreen = d !== undefined;
      state.displays = ds.map((x) => ({ ...x, hasProjector: d ? x.name === d.name : x.hasMain }));
      return d ? { kind: 'onDisplay', display: d.name, area: d.area } : { kind: 'beside', area: { x: 0, y: 0, width: 640, height: 480 } };
    },
    set_projector_fullscreen: (a) => {
      if (!state.projectorOpen) throw { code: 'not_found', message: 'the projector window is not open' };
      state.projectorFullscreen = a.on as boolean;
      return null;
    },
    close_projector: () => {
      state.projectorOpen = false;
      state.projectorFullscreen = false;
      state.displays = state.displays.map((x) => ({ ...x, hasProjector: false }));
      return null;
    },
    show_on_projector: async (a) => {
      state.projector = a.state as ProjectorState;
      await emit('projector-state', state.projector);
      return null;
    },
    get_projector_state: () => state.projector,
    workspace_status: () => state.status,
    backup_now: () => {
      const b = { file: '20260302-100000.db', createdAt: '2026-03-02T10:00:00.000Z', bytes: 270000 };
      state.status = { ...state.status, backups: [b, ...state.status.backups] };
      return b;
    },
    restore_backup: async (a) => {
      if (!state.status.backups.some((b) => b.file === a.file)) throw { code: 'not_found', message: `backup ${String(a.file)} was not found` };
      state.status = { ...state.status, state: 'ok', code: null, message: null };
      await emit('workspace-changed', changeOf('workspace'));
      return state.status;
    },
    open_workspace: async (a) => {
      state.status = { ...state.status, state: 'ok', code: null, message: null, path: String(a.path) };
      await emit('workspace-changed', changeOf('workspace'));
      return state.status;
    },
    start_fresh_workspace: async () => {
      state.status = { ...state.status, state: 'ok', code: null, message: null };
      await emit('workspace-changed', changeOf('workspace'));
      return state.status;
    },
    /** Answers what `status` says now: a test opens the workspace by setting it `ok` first. */
    reopen_workspace: async () => {
      await emit('workspace-changed', changeOf('workspace'));
      return state.status;
    },
    quit_app: () => null,
  };

  mockIPC(
    (cmd, payload) => {
      const args = (payload ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args });
      const h = overrides.get(cmd) ?? handlers[cmd];
      if (!h) throw { code: 'internal', message: `the fake backend has no ${cmd}` };
      // Hand out copies, as the real IPC does, so the app cannot share objects with the fake.
      return Promise.resolve(h(args)).then((v) => (v === undefined ? v : structuredClone(v)));
    },
    { shouldMockEvents: true },
  );

  return {
    state,
    /** Escalations, exported paths and the JSON import's answer (fakeEscalations.ts). */
    esc: esc.state,
    calls,
    /** Replaces the handler of one command. */
    on(cmd: string, h: Handler) {
      overrides.set(cmd, h);
    },
    /** The arguments of every call of `cmd`, in order. */
    argsOf(cmd: string) {
      return calls.filter((c) => c.cmd === cmd).map((c) => c.args);
    },
    /** The native dialogs shown (`open` takes file and folder pickers), with their options. */
    dialogCalls(kind: 'open' | 'save') {
      return calls
        .filter((c) => c.cmd === 'pick_path' && (c.args.mode === 'save') === (kind === 'save'))
        .map((c) => ({
          options: { defaultPath: c.args.defaultName, filters: c.args.filters, directory: c.args.mode === 'folder' },
        }));
    },
  };
}

/**
 * A backend whose workspace failed to open with `code` (`corrupt`, `in_use`...): the workspace's
 * commands fail with the current status until something (a recovery command, or the test) sets
 * `state.status` back to ok.
 */
export function failedBackend(code: ErrorCode, message: string, path?: string) {
  const be = fakeBackend();
  be.state.status = { ...be.state.status, state: 'failed', code, message, path: path ?? be.state.status.path };
  const openOnlyWhenOk = (answer: () => unknown) => () => {
    const { state, code: now, message: why } = be.state.status;
    if (state !== 'ok') throw { code: now, message: why };
    return answer();
  };
  be.on('get_workspace', openOnlyWhenOk(() => be.state.summary));
  be.on('get_preferences', openOnlyWhenOk(() => be.state.preferences));
  return be;
}

/** A promise with its resolve and reject outside, to answer a call when the test says so. */
export function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
