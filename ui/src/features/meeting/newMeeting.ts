// What the "New meeting" form holds and how it becomes a `NewMeeting`.
import type { NewMeeting } from '../../bindings/NewMeeting';
import type { Persona } from '../../bindings/Persona';
import type { PromptDeck } from '../../bindings/PromptDeck';
import { todayIso } from '../../lib/format';
import { agendaRow, toAgenda, type AgendaRow } from './AgendaRows';
import { attendeeRow, toAttendees, type AttendeeRow } from './AttendeeRows';

export const DEFAULT_NUDGE_MINUTES = 10;

export type NewMeetingForm = {
  title: string;
  heldOn: string;
  goal: string;
  personaIds: string[];
  deckId: string;
  agenda: AgendaRow[];
  attendees: AttendeeRow[];
  nudge: string;
  startNow: boolean;
};

/** The form as it opens: today, the first persona in the chair, the first deck, a facilitator. */
export function newMeetingForm(personas: Persona[], decks: PromptDeck[]): NewMeetingForm {
  return {
    title: '',
    heldOn: todayIso(),
    goal: '',
    personaIds: personas[0] ? [personas[0].id] : [],
    deckId: decks[0]?.id ?? '',
    agenda: [agendaRow()],
    attendees: [attendeeRow('facilitator')],
    nudge: String(DEFAULT_NUDGE_MINUTES),
    startNow: true,
  };
}

/** The form as `create_meeting` takes it. */
export function toNewMeeting(form: NewMeetingForm): NewMeeting {
  const minutes = Number.parseInt(form.nudge, 10);
  const input: NewMeeting = {
    title: form.title.trim(),
    goal: form.goal.trim(),
    personaIds: form.personaIds,
    agenda: toAgenda(form.agenda),
    attendees: toAttendees(form.attendees),
    nudgeMinutes: Number.isFinite(minutes) && minutes >= 0 ? minutes : DEFAULT_NUDGE_MINUTES,
  };
  if (form.heldOn) input.heldOn = form.heldOn;
  if (form.deckId) input.deckId = form.deckId;
  if (!form.startNow) input.planned = true;
  return input;
}
