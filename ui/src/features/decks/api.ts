// The Decks screen's commands: write, delete, export and import prompt decks (listing them is
// cross-cutting and stays in lib/ipc.ts).
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { call } from '../../lib/ipc';

export const createDeck = (input: DeckInput): Promise<PromptDeck> => call('create_deck', { input });

export const updateDeck = (id: string, input: DeckInput): Promise<PromptDeck> => call('update_deck', { id, input });

export const deleteDeck = (id: string): Promise<void> => call('delete_deck', { id });

export const exportDeck = (id: string, path: string): Promise<void> => call('export_deck', { id, path });

export const importDeck = (path: string): Promise<PromptDeck> => call('import_deck', { path });
