// What the "Edit meeting" form holds and how it becomes a `MeetingEdit`: pure functions, so the
// rules (ids kept, blank rows dropped, 0 minutes = nudge off) are tested without a window.
import type { AgendaEdit } from '../../bindings/AgendaEdit';
import type { AttendeeEdit } from '../../bindings/AttendeeEdit';
import type { MeetingEdit } from '../../bindings/MeetingEdit';
import type { MeetingView } from '../../bindings/MeetingView';
import { agendaRow, type AgendaRow } from './AgendaRows';
import { attendeeRow, type AttendeeRow } from './AttendeeRows';

export type MeetingForm = {
  title: string;
  heldOn: string;
  goal: string;
  personaIds: string[];
  deckIds: string[];
  agenda: AgendaRow[];
  attendees: AttendeeRow[];
  nudge: string;
};

/** The form filled from the meeting as it is. */
export function formOf(view: MeetingView): MeetingForm {
  const m = view.meeting;
  return {
    title: m.title,
    heldOn: m.heldOn,
    goal: m.goal,
    personaIds: [...m.personaIds],
    deckIds: [...m.deckIds],
    agenda: view.agenda.length
      ? view.agenda.map((a) => agendaRow(a.title, a.plannedMinutes === null ? '' : String(a.plannedMinutes), a.id))
      : [agendaRow()],
    attendees: m.attendees.map((a) => attendeeRow(a.role, a.name, a.id)),
    nudge: String(m.nudgeMinutes),
  };
}

/** The nudge field as minutes: blank or 0 is off; anything else must be a whole 1..240. */
export function nudgeMinutes(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  if (!/^\d+$/.test(t)) return null;
  const n = Number.parseInt(t, 10);
  return n <= 240 ? n : null;
}

/** The form as `update_meeting` takes it (every field: the dialog edits them all). */
export function toMeetingEdit(form: MeetingForm): MeetingEdit {
  const agenda: AgendaEdit[] = form.agenda
    .filter((r) => r.title.trim() !== '')
    .map((r) => {
      const minutes = Number.parseInt(r.minutes, 10);
      return {
        id: r.id ?? null,
        title: r.title.trim(),
        plannedMinutes: Number.isFinite(minutes) && minutes > 0 ? minutes : null,
      };
    });
  const attendees: AttendeeEdit[] = form.attendees
    .filter((r) => r.name.trim() !== '')
    .map((r) => ({ id: r.id ?? null, name: r.name.trim(), role: r.role }));
  const edit: MeetingEdit = {
    title: form.title.trim(),
    goal: form.goal.trim(),
    personaIds: form.personaIds,
    deckIds: form.deckIds,
    agenda,
    attendees,
    nudgeMinutes: nudgeMinutes(form.nudge) ?? 0,
  };
  if (form.heldOn) edit.heldOn = form.heldOn;
  return edit;
}
