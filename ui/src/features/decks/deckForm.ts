// A prompt deck as its editor holds it (rows that keep the ids of existing prompts, so their
// answers survive an update) and the `DeckInput` it becomes when saved; also the deck file
// filter, an export's default file name, a built-in deck's editable copy and how a command
// error reads inline (code and message).
import type { DeckInput } from '../../bindings/DeckInput';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { isCommandError, errorMessage, type FileFilter } from '../../lib/ipc';

export type PromptRow = {
  /** Stable React key, also for rows not saved yet. */
  key: string;
  /** The saved prompt's id; null for a new row. */
  id: string | null;
  text: string;
  help: string;
};

export type DeckForm = { name: string; description: string; rows: PromptRow[] };

export const DECK_FILE_FILTERS: FileFilter[] = [{ name: 'Prompt deck', extensions: ['json'] }];

let rowSeq = 0;

export function newRow(): PromptRow {
  rowSeq += 1;
  return { key: `row-${rowSeq}`, id: null, text: '', help: '' };
}

export function deckForm(deck: PromptDeck | null): DeckForm {
  if (!deck) return { name: '', description: '', rows: [newRow()] };
  return {
    name: deck.name,
    description: deck.description,
    rows: deck.prompts.map((p) => ({ key: p.id, id: p.id, text: p.text, help: p.help })),
  };
}

/** The rows with `index` moved by `by` (−1 up, +1 down); unchanged at either end. */
export function moveRow(rows: PromptRow[], index: number, by: -1 | 1): PromptRow[] {
  const to = index + by;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row!);
  return next;
}

/** Rows with a question; blank rows are dropped on save. */
const filled = (f: DeckForm) => f.rows.filter((r) => r.text.trim() !== '');

/** Why the form cannot be saved yet, or null when it can. */
export function deckFormProblem(f: DeckForm): string | null {
  if (f.name.trim() === '') return 'Give the deck a name.';
  if (filled(f).length === 0) return 'Add at least one question.';
  return null;
}

/** In the order shown; existing prompts keep their ids. */
export function toDeckInput(f: DeckForm): DeckInput {
  return {
    name: f.name.trim(),
    description: f.description.trim(),
    prompts: filled(f).map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      text: r.text.trim(),
      help: r.help.trim(),
    })),
  };
}

/** A new custom deck with the same questions, named "<name> (copy)". */
export function copyOf(deck: PromptDeck): DeckInput {
  return {
    name: `${deck.name} (copy)`,
    description: deck.description,
    prompts: deck.prompts.map((p) => ({ text: p.text, help: p.help })),
  };
}

/** The export's suggested file name, from the deck name. */
export function deckFileName(name: string): string {
  const base = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'deck'}.json`;
}

/** A command error as shown inline: its message and code. */
export function errorText(e: unknown): string {
  return isCommandError(e) ? `${e.message} (${e.code})` : errorMessage(e);
}
