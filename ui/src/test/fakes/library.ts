// The library: personas, anecdotes (search answers with `state.hits`), the preferences, the
// import of a file (announcing its progress with `import-progress`) and the WoCaS report.
import { emit } from '@tauri-apps/api/event';

import type { Anecdote } from '../../bindings/Anecdote';
import type { AnecdoteInput } from '../../bindings/AnecdoteInput';
import type { AnecdoteQuery } from '../../bindings/AnecdoteQuery';
import type { DeletedAnecdote } from '../../bindings/DeletedAnecdote';
import type { FileKind } from '../../bindings/FileKind';
import type { ImportProgress } from '../../bindings/ImportProgress';
import type { ImportReport } from '../../bindings/ImportReport';
import type { NewPersona } from '../../bindings/NewPersona';
import type { Persona } from '../../bindings/Persona';
import type { Preferences } from '../../bindings/Preferences';
import { type Ctx, type Handlers, notFound } from './context';
import { AT, PNG_DATA_URL, anecdote, hit, persona } from './samples';
import type { State } from './state';

export function personaHandlers(ctx: Ctx): Handlers {
  const { state } = ctx;
  const personaOf = (id: unknown): Persona => state.personas.find((x) => x.id === id) ?? notFound('persona', id);
  const setPersona = (p: Persona): Persona => {
    state.personas = state.personas.map((x) => (x.id === p.id ? p : x));
    return p;
  };
  return {
    list_personas: (a) => (a.includeArchived ? state.personas : state.personas.filter((p) => p.archivedAt === null)),
    create_persona: (a) => {
      const input = a.input as NewPersona;
      const p = persona(`p-new${ctx.next()}`, input.name, { ...input });
      state.personas = [...state.personas, p];
      return p;
    },
    update_persona: (a) => setPersona({ ...personaOf(a.id), ...(a.input as NewPersona) }),
    duplicate_persona: (a) => {
      const p = { ...personaOf(a.id), id: `p-new${ctx.next()}` };
      p.name = `${p.name} (copy)`;
      state.personas = [...state.personas, p];
      return p;
    },
    archive_persona: (a) => setPersona({ ...personaOf(a.id), archivedAt: a.archived ? AT : null }),
    set_persona_avatar: (a) => setPersona({ ...personaOf(a.id), avatar: a.path ? PNG_DATA_URL : null }),
  };
}

const fromInput = (id: string, input: AnecdoteInput): Anecdote => {
  const { saidOn, sourceRef, ...rest } = input;
  return anecdote(id, input.text, { ...rest, saidOn: saidOn ?? null, sourceRef: sourceRef ?? null });
};

export function anecdoteHandlers(ctx: Ctx): Handlers {
  const { state } = ctx;
  const anecdoteOf = (id: unknown): Anecdote => state.anecdotes.find((x) => x.id === id) ?? notFound('anecdote', id);
  return {
    search_anecdotes: (a) => state.hits.slice(0, (a.query as AnecdoteQuery).limit ?? undefined),
    create_anecdote: (a) => {
      const created = fromInput(`a-new${ctx.next()}`, a.input as AnecdoteInput);
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
  };
}

/** What `run_import` answers unless the test set `state.importReport`. */
function defaultReport(state: State): ImportReport {
  const check = state.importCheck;
  return {
    summary: check.summary!,
    inserted: (check.summary?.importable ?? 0) - check.alreadyInWorkspace,
    alreadyInWorkspace: check.alreadyInWorkspace,
    alreadyRows: [3, 4],
  };
}

const progress = (p: ImportProgress) => emit('import-progress', p);

export function importHandlers({ state }: Ctx): Handlers {
  return {
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
      return state.importReport ?? defaultReport(state);
    },
    cancel_import: () => null,
    wocas_report: () => state.report,
    export_wocas_report: () => null,
  };
}
