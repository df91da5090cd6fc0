// The projector's commands: the displays, opening, placing and closing the projector window, and
// what it shows (its events stay in lib/ipc.ts with the other events).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Placement } from '../../bindings/Placement';
import type { ProjectorScreens } from '../../bindings/ProjectorScreens';
import type { ProjectorState } from '../../bindings/ProjectorState';
import { call } from '../../lib/ipc';

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
