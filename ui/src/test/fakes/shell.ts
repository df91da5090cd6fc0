// The shell around the workspace: the native dialogs (answered from `state`), the projector
// window (placed where chair_core::displays::place puts it) and the workspace itself: its
// status, backups and recovery, each recovery announced with `workspace-changed`.
import { emit } from '@tauri-apps/api/event';

import type { ProjectorState } from '../../bindings/ProjectorState';
import { type Ctx, type Handlers, changeOf } from './context';
import type { State } from './state';

export function projectorHandlers({ state }: Ctx): Handlers {
  return {
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
  };
}

/** The workspace is open again (`patch` to its status), and says so. */
async function reopened(state: State, patch: Partial<State['status']> = {}) {
  state.status = { ...state.status, state: 'ok', code: null, message: null, ...patch };
  await emit('workspace-changed', changeOf('workspace'));
  return state.status;
}

export function workspaceHandlers({ state }: Ctx): Handlers {
  return {
    get_workspace: () => state.summary,
    start_empty_workspace: () => {
      state.views.clear();
      state.summary = { ...state.summary, isSample: false, personaCount: 0, anecdoteCount: 0, meetingCount: 0, lastMeetingId: null };
      state.personas = [];
      state.hits = [];
      return state.summary;
    },
    pick_path: (a) => (a.mode === 'save' ? state.savePath : state.pickedFile),
    workspace_status: () => state.status,
    backup_now: () => {
      const b = { file: '20260302-100000.db', createdAt: '2026-03-02T10:00:00.000Z', bytes: 270000 };
      state.status = { ...state.status, backups: [b, ...state.status.backups] };
      return b;
    },
    restore_backup: async (a) => {
      if (!state.status.backups.some((b) => b.file === a.file)) throw { code: 'not_found', message: `backup ${String(a.file)} was not found` };
      return reopened(state);
    },
    open_workspace: (a) => reopened(state, { path: String(a.path) }),
    start_fresh_workspace: () => reopened(state),
    /** Answers what `status` says now: a test opens the workspace by setting it `ok` first. */
    reopen_workspace: async () => {
      await emit('workspace-changed', changeOf('workspace'));
      return state.status;
    },
    quit_app: () => null,
  };
}
