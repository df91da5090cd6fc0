// The prompt decks: custom decks kept in memory, built-in ones refused any change.
import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { type Ctx, type Handlers, notFound } from './context';

/** A deck's questions as the input gives them, in order; one without an id gets `newId(n)`. */
function promptsOf(deckId: string, input: DeckInput, newId: (n: number) => string) {
  return input.prompts.map((p, n) => ({ id: p.id ?? newId(n), deckId, position: n, text: p.text, help: p.help ?? '' }));
}

export function deckHandlers(ctx: Ctx): Handlers {
  const { state } = ctx;
  return {
    list_decks: () => state.decks,
    create_deck: (a) => {
      const input = a.input as DeckInput;
      const id = `deck-new${ctx.next()}`;
      const deck: PromptDeck = {
        id,
        name: input.name,
        description: input.description ?? '',
        builtin: false,
        prompts: promptsOf(id, input, (n) => `${id}-q${n}`),
      };
      state.decks = [...state.decks, deck];
      return deck;
    },
    update_deck: (a) => {
      const before = state.decks.find((d) => d.id === a.id) ?? notFound('deck', a.id);
      if (before.builtin) throw { code: 'invalid', message: 'built-in decks cannot be changed' };
      const input = a.input as DeckInput;
      const deck: PromptDeck = {
        ...before,
        name: input.name,
        description: input.description ?? '',
        prompts: promptsOf(before.id, input, () => `${before.id}-q${ctx.next()}`),
      };
      state.decks = state.decks.map((d) => (d.id === deck.id ? deck : d));
      return deck;
    },
    export_deck: (a) => {
      if (!state.decks.some((d) => d.id === a.id)) notFound('deck', a.id);
      return null;
    },
    import_deck: (a) => {
      const id = `deck-new${ctx.next()}`;
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
  };
}
