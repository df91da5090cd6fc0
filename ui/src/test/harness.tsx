// A browser harness for looking at the UI without the Rust backend (`npm run dev`, then open
// /harness.html): the test fake backend with more data. `?click=a,b` clicks those test ids in
// turn once the app is up, `?safe` turns projector-safe on, `?pick=/path` answers the open
// dialog, `?importErrors` makes the import check fail, `?slowImport` keeps an import running.
// Never part of the build.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '../App';
import '../styles.css';
import { emit } from '@tauri-apps/api/event';

import { anecdote, fakeBackend, hit, importPreview, persona, theme, wocasReport } from './fakeBackend';

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

const root = document.getElementById('root');
if (!root) throw new Error('harness.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

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
