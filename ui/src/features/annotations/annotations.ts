// Ambassadors' annotations as the screen needs them: the words for stances, feelings and flags,
// the add/edit form's draft and its check, who may change an annotation, how long ago it was
// written, and the thread a component shows between its own writes and the reload that follows
// them (so a saved reaction never blinks out while the workspace reloads).
import type { Annotation } from '../../bindings/Annotation';
import type { AnnotationFlag } from '../../bindings/AnnotationFlag';
import type { AnnotationInput } from '../../bindings/AnnotationInput';
import type { Person } from '../../bindings/Person';
import type { Stance } from '../../bindings/Stance';
import { formatDay, formatMoment } from '../../lib/format';

export const STANCES: Stance[] = ['supports', 'concerned', 'opposes'];

export const STANCE_LABEL: Record<Stance, string> = {
  supports: 'Supports',
  concerned: 'Concerned',
  opposes: 'Opposes',
};

/** A sign beside the word, so the stance never rests on colour alone. */
export const STANCE_ICON: Record<Stance, string> = {
  supports: '✓',
  concerned: '!',
  opposes: '✕',
};

export const FEELINGS = [1, 2, 3, 4, 5] as const;

export const FEELING_LABEL: Record<number, string> = {
  1: 'Very unhappy',
  2: 'Unhappy',
  3: 'Indifferent',
  4: 'Happy',
  5: 'Delighted',
};

export const FLAGS: AnnotationFlag[] = ['would_tell_others', 'would_leave', 'would_pay_more'];

export const FLAG_LABEL: Record<AnnotationFlag, string> = {
  would_tell_others: 'Would tell others',
  would_leave: 'Would leave',
  would_pay_more: 'Would pay more',
};

/** What the add or edit form holds while the ambassador types. */
export type AnnotationDraft = {
  stance: Stance | null;
  feeling: number | null;
  comment: string;
  flags: AnnotationFlag[];
};

export function emptyAnnotationDraft(): AnnotationDraft {
  return { stance: null, feeling: null, comment: '', flags: [] };
}

export function draftOf(a: Annotation): AnnotationDraft {
  return { stance: a.stance, feeling: a.feeling, comment: a.comment, flags: [...a.flags] };
}

/** The draft as the backend takes it, or what is missing (the stance is the only must). */
export function toAnnotationInput(d: AnnotationDraft): { input: AnnotationInput } | { error: string } {
  if (d.stance === null) return { error: 'Choose how the customer stands on this decision.' };
  if (d.feeling !== null && !(d.feeling >= 1 && d.feeling <= 5)) {
    return { error: 'The feeling goes from 1 (very unhappy) to 5 (delighted).' };
  }
  // Flags in their usual order, each once.
  const flags = FLAGS.filter((f) => d.flags.includes(f));
  return { input: { stance: d.stance, feeling: d.feeling, comment: d.comment.trim(), flags } };
}

export function toggleFlag(flags: AnnotationFlag[], flag: AnnotationFlag): AnnotationFlag[] {
  return flags.includes(flag) ? flags.filter((f) => f !== flag) : [...flags, flag];
}

/** Only the author may change an annotation, and only while at the keyboard. */
export function isOwn(a: Annotation, current: Person | null): boolean {
  return current !== null && a.personId !== null && a.personId === current.id;
}

export function wasEdited(a: Annotation): boolean {
  return a.updatedAt !== a.createdAt;
}

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date. */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const minutes = Math.floor((now.getTime() - t) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return formatDay(new Date(t));
}

/** The exact time, for the hover title. */
export function exactTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return formatMoment(new Date(t));
}

/**
 * A component's own writes not yet seen in the decision it was given: an annotation it added
 * or changed (by id), or `null` for one it deleted.
 */
export type LocalWrites = ReadonlyMap<string, Annotation | null>;

/** Drops the writes the server's thread already shows (same or newer version, or gone). */
export function pruneLocal(server: Annotation[], local: LocalWrites): Map<string, Annotation | null> {
  const next = new Map<string, Annotation | null>();
  for (const [id, mine] of local) {
    const theirs = server.find((a) => a.id === id);
    if (mine === null ? theirs === undefined : theirs !== undefined && theirs.updatedAt >= mine.updatedAt) continue;
    next.set(id, mine);
  }
  return next;
}

/** The thread to show: the server's, with the component's newer writes over it, oldest first. */
export function mergeThread(server: Annotation[], local: LocalWrites): Annotation[] {
  const shown = server
    .filter((a) => local.get(a.id) !== null)
    .map((a) => {
      const mine = local.get(a.id);
      return mine && mine.updatedAt > a.updatedAt ? mine : a;
    });
  for (const mine of local.values()) {
    if (mine && !server.some((a) => a.id === mine.id)) shown.push(mine);
  }
  return shown.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
