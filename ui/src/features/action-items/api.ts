// The action items' commands: add, edit, tick off and delete the follow-ups of a meeting or decision.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { ActionItem } from '../../bindings/ActionItem';
import type { ActionItemInput } from '../../bindings/ActionItemInput';
import { call } from '../../lib/ipc';

/** Adds a follow-up to a meeting or one of its decisions. */
export const addActionItem = (input: ActionItemInput): Promise<ActionItem> => call('add_action_item', { input });

export const updateActionItem = (id: string, input: ActionItemInput): Promise<ActionItem> =>
  call('update_action_item', { id, input });

/** Marks the action item done (now) or open again. */
export const setActionItemDone = (id: string, done: boolean): Promise<ActionItem> => call('set_action_item_done', { id, done });

export const deleteActionItem = (id: string): Promise<void> => call('delete_action_item', { id });
