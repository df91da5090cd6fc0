// The app's preferences, read and written by the shell.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { Preferences } from '../../bindings/Preferences';
import { call } from '../../lib/ipc';

export const getPreferences = (): Promise<Preferences> => call('get_preferences');

export const setPreferences = (preferences: Preferences): Promise<Preferences> =>
  call('set_preferences', { preferences });
