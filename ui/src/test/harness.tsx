// A browser harness for looking at the UI without the Rust backend (`npm run dev`, then open
// /harness.html): the test fake backend with more data. `?click=a,b` clicks those test ids in
// turn once the app is up, `?safe` turns projector-safe on, `?pick=/path` answers the open
// dialog, `?importErrors` makes the import check fail, `?slowImport` keeps an import running,
// `?nudge` makes the chair speak up, `?theme=dark|light` picks the theme; `#projector` shows
// the projector window with a sample state, `?reactions` puts reactions on it; `?nobody` leaves
// nobody at the keyboard. Never part of the build.
import { emit } from '@tauri-apps/api/event';

import {
  agendaItem,
  anecdote,
  annotation,
  decision,
  fakeBackend,
  hit,
  importPreview,
  person,
  persona,
  theme,
  wocasReport,
} from './fakeBackend';

const params = new URLSearchParams(location.search);
const be = fakeBackend();
be.state.preferences = { projectorSafe: params.has('safe') };
be.state.pickedFile = params.get('pick');
be.state.personas = [
  persona('p1', 'Diane Okafor', { bio: 'Runs a busy household of five.' }),
  persona('p2', 'Tomás Reyes', { segment: 'Small seller', quote: 'Every day my money is held is a day I cannot restock.' }),
  persona('p3', 'Mei Lin', { segment: 'New customer', archivedAt: '2025-01-01T00:00:00Z' }),
];
const texts = [
  'I paid $12.99 to return a lamp that arrived broken. Call me at (555) 123-4567 if you need the photos.',
  'My refund took three weeks and nobody answered my emails at help@shop.example.',
  'The return label would not print on my phone, so I had to drive to the library.',
  'Love the new checkout, it remembered my address.',
  'Card 4111 1111 1111 1111 was charged twice for order 55123.',
];
be.state.anecdotes = texts.map((t, i) =>
  anecdote(`a${i + 1}`, t, {
    tags: i % 2 ? ['refund', 'email'] : ['returns'],
    personaIds: i % 2 ? ['p1', 'p2'] : ['p1'],
    customerCount: i * 7 + 1,
    severity: (i % 5) + 1,
    sentiment: i === 3 ? 'positive' : 'negative',
    provenance: i === 4 ? 'synthesized' : 'real',
    sourceRef: i === 2 ? 'CFPB-1234567' : null,
  }),
);
be.state.hits = be.state.anecdotes.map((a) => ({
  ...hit(a),
  snippet: a.text.split(/(refund|return)/).map((text) => ({ text, hit: text === 'refund' || text === 'return' })),
}));
be.state.importPreview = importPreview({
  encoding: 'windows-1252',
  encodingNote: 'This file is not UTF-8: it was read as Windows-1252. Check that accented letters look right.',
  rows: [
    ['2024-01-05', 'Mortgage', '<script>alert(1)</script> They lost my payment twice and charged a late fee of $35.', '100'],
    ['2024-01-06', 'Credit card', 'Charged a fee I never agreed to. '.repeat(6), '101'],
    ['2024-01-07', 'Debt collection', 'Calls at 555-987-6543 every day.', '102'],
  ],
});
be.state.report = wocasReport({
  themes: [
    theme('refund · slow', { count: 14, customers: 41, share: 0.47, quotes: be.state.hits.slice(0, 3) }),
    theme('return · label · print', {
      count: 8,
      customers: 12,
      share: 0.27,
      direction: 'falling',
      trend: ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03'].map((period, i) => ({ period, count: 6 - i })),
      quotes: be.state.hits.slice(2, 3),
    }),
    theme('checkout · address', { count: 3, customers: 3, share: 0.1, direction: 'steady', quotes: [] }),
  ],
});

{
  const t = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const v = be.state.views.get('m1')!;
  v.personas = [be.state.personas[0]!, be.state.personas[1]!];
  v.meeting.personaIds = ['p1', 'p2'];
  v.meeting.attendees = [
    { id: 'at1', name: 'Ana Silva', role: 'facilitator' },
    { id: 'at2', name: 'Ben Ito', role: 'ambassador' },
    { id: 'at3', name: 'Cleo', role: 'participant' },
  ];
  v.meeting.startedAt = iso(t - 40 * 60_000);
  const since = params.has('nudge') ? 11 * 60_000 : 2 * 60_000;
  v.agenda = [
    agendaItem('g1', 'Where returns hurt', { plannedMinutes: 10, elapsedSeconds: 660, doneAt: iso(t - 20 * 60_000), startedAt: iso(t - 40 * 60_000) }),
    agendaItem('g2', 'Free returns for damaged items', {
      position: 1,
      plannedMinutes: 15,
      elapsedSeconds: 300,
      runningSince: iso(t - since),
      startedAt: iso(t - since - 300_000),
    }),
    agendaItem('g3', 'Label printing', { position: 2, plannedMinutes: 5 }),
  ];
  v.meeting.currentAgendaItemId = 'g2';
  v.answers = [{ id: 'x1', meetingId: 'm1', promptId: 'q1', agendaItemId: 'g1', decisionId: null, answer: 'Loyal members who order weekly.', createdAt: iso(t), updatedAt: iso(t) }];
  const ana = person('pe1', 'Ana Silva', { role: 'facilitator' });
  const ben = person('pe2', 'Ben Ito', { role: 'ambassador' });
  be.state.people = [ana, ben, person('pe3', 'Cleo Park')];
  be.state.currentPersonId = params.has('nobody') ? null : 'pe1';
  const reactions = [
    annotation('an1', 'd1', ben, {
      stance: 'supports',
      feeling: 5,
      comment: 'Finally! I would not have to pay for your mistake. Write to me at diane@example.com.',
      flags: ['would_tell_others', 'would_pay_more'],
      createdAt: iso(t - 25 * 60_000),
      updatedAt: iso(t - 20 * 60_000),
    }),
    annotation('an2', 'd1', ana, {
      stance: 'concerned',
      feeling: 3,
      comment: 'Only if the drop-off point is near me; otherwise I still drive to the post office.',
      flags: [],
      createdAt: iso(t - 3 * 60_000),
      updatedAt: iso(t - 3 * 60_000),
    }),
  ];
  v.decisions = [
    decision('d1', 'Refund damaged items at drop-off, no label needed', {
      reversibility: 'one_way',
      owner: 'Ana Silva',
      reviewOn: '2025-06-01',
      optionsConsidered: 'Prepaid labels; store credit only',
      impacts: [
        { id: 'i1', decisionId: 'd1', personaId: 'p1', segment: '', direction: 'helps', magnitude: 4, confidence: 'medium', reach: '60% of members', whatChanges: 'No more paying for our mistakes' },
        { id: 'i2', decisionId: 'd1', personaId: null, segment: 'Warehouse staff', direction: 'hurts', magnitude: 2, confidence: 'low', reach: '', whatChanges: 'More items to inspect' },
      ],
      evidenceIds: ['a1'],
      annotations: reactions,
    }),
    decision('d2', 'Try a QR code instead of printed labels', { reversibility: 'two_way', status: 'accepted', gateOverriddenBy: null }),
  ];
  be.state.trend = [
    { meetingId: 'o1', title: 'Kick-off', heldOn: '2024-11-10', score: 35 },
    { meetingId: 'o2', title: 'Pricing', heldOn: '2024-12-12', score: 52 },
    { meetingId: 'o3', title: 'Checkout', heldOn: '2025-01-20', score: 48 },
  ];
  be.state.due = [decision('old1', 'Ship the new returns page', { status: 'accepted', reviewOn: '2025-02-01' })];
  be.state.projector = {
    meetingTitle: v.meeting.title,
    personaName: 'Diane Okafor',
    personaSegment: 'Loyal member',
    personaQuote: 'I just want it to work the way it used to.',
    personaAvatar: null,
    promptText: 'What is the customer problem?',
    promptPosition: 1,
    promptCount: 3,
    deckName: 'Five customer questions',
    agendaItemTitle: 'Free returns for damaged items',
    secondsLeft: 95,
    nudge: params.has('nudge') ? 'What would Diane say? What is the customer problem?' : null,
    anecdotes: texts.slice(0, 3).map((text) => ({ text, saidOn: '2025-02-11', channel: 'support chat' })),
    decisionStatement: params.has('reactions') ? 'Refund damaged items at drop-off, no label needed' : null,
    annotations: params.has('reactions')
      ? reactions.map((a) => ({ author: a.author, stance: a.stance, feeling: a.feeling, comment: a.comment, flags: a.flags }))
      : [],
  };
  const th = params.get('theme');
  if (th === 'dark' || th === 'light') localStorage.setItem('empty-chair.theme', th);
}

if (params.has('importErrors')) {
  be.state.importCheck = {
    errors: [
      { file: 'complaints.csv', row: 17, column: 'Date received', field: 'saidOn', message: '"31/31/2020" is not a date (use YYYY-MM-DD or MM/DD/YYYY)' },
      { file: 'complaints.csv', row: 240, column: 'Votes', field: 'customerCount', message: '"lots" is not a number' },
      { file: 'complaints.csv', row: null, column: null, field: null, message: 'the last record is cut off: the file ends inside a quoted field' },
    ],
    summary: null,
    alreadyInWorkspace: 0,
  };
}
if (params.has('slowImport')) {
  be.on('run_import', async () => {
    await emit('import-progress', { phase: 'writing', done: 6400, total: 10000 });
    return new Promise(() => undefined);
  });
}

// The app mounts as in its window (main.tsx), once the fake backend above answers its calls.
void import('../main');

const clicks = (params.get('click') ?? '').split(',').filter(Boolean);
async function play() {
  for (const id of clicks) {
    for (let tries = 0; tries < 50; tries++) {
      const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
      if (el) {
        el.click();
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 300));
  }
}
void play();
