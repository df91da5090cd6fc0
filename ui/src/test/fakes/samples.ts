// The sample records the fake backend starts with and the tests build their own from: each
// builder fills every field with a plausible value and takes the fields a test cares about.
import type { AgendaItem } from '../../bindings/AgendaItem';
import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteHit } from '../../bindings/AnecdoteHit';
import type { Annotation } from '../../bindings/Annotation';
import type { ColumnMapping } from '../../bindings/ColumnMapping';
import type { Decision } from '../../bindings/Decision';
import type { FileKind } from '../../bindings/FileKind';
import type { ImportPreview } from '../../bindings/ImportPreview';
import type { Meeting } from '../../bindings/Meeting';
import type { MeetingView } from '../../bindings/MeetingView';
import type { Persona } from '../../bindings/Persona';
import type { Person } from '../../bindings/Person';
import type { PromptDeck } from '../../bindings/PromptDeck';
import type { Theme } from '../../bindings/Theme';
import type { WocasReport } from '../../bindings/WocasReport';

export const AT = '2025-03-01T10:00:00Z';

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

/** A custom deck with its questions in order, each `[id, text, help]`. */
export function deck(id: string, name: string, prompts: Array<[string, string, string]>, extra: Partial<PromptDeck> = {}): PromptDeck {
  return {
    id,
    name,
    description: '',
    builtin: false,
    prompts: prompts.map(([promptId, text, help], position) => ({ id: promptId, deckId: id, position, text, help })),
    ...extra,
  };
}

/** The questions match the gate fixtures' (`PROMPTS` in gate_fixtures.rs), so the gate can answer. */
export const DECK = deck(
  'deck1',
  'Five customer questions',
  [
    ['q1', 'Who is the customer?', 'Be specific.'],
    ['q2', 'What is the customer problem?', ''],
    ['q3', 'What is the most important benefit?', ''],
  ],
  { builtin: true },
);

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
