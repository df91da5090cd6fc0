// The fields of "Edit meeting", in order: title, date and nudge (with what the nudge will do),
// goal, who is in the chair (archived personas only if they already sit in it), the decks of
// questions, the agenda and who is in the room.
import { LabelledInput } from '../../shared/LabelledInput';
import { AgendaRows } from './AgendaRows';
import { AttendeeRows } from './AttendeeRows';
import { DeckList } from './DeckList';
import { nudgeMinutes, type MeetingForm } from './meetingEdit';
import { ChairChecklist, MeetingDateField, MeetingTitleField, NudgeField, type FieldsProps } from './MeetingFields';

type Props = FieldsProps<MeetingForm>;

/** The line under the nudge: what it will do, or why it is refused. */
function nudgeHint(nudge: number | null): string {
  return nudge === null ? 'A whole number from 0 to 240.' : nudge === 0 ? 'Off: the chair never speaks up.' : '0 turns it off.';
}

export function MeetingEditFields({ id, form, set, personas, decks }: Props) {
  const nudge = nudgeMinutes(form.nudge);
  return (
    <>
      <MeetingTitleField
        id={id}
        value={form.title}
        onChange={(e) => set({ title: e.target.value })}
        invalid={form.title.trim() === ''}
        testId="meeting-edit-title"
      />
      <div className="field-row">
        <MeetingDateField id={id} value={form.heldOn} onChange={(e) => set({ heldOn: e.target.value })} testId="meeting-edit-date" />
        <NudgeField
          id={id}
          value={form.nudge}
          onChange={(e) => set({ nudge: e.target.value })}
          hint={{ text: nudgeHint(nudge), invalid: nudge === null }}
          testId="meeting-edit-nudge"
        />
      </div>
      <LabelledInput id={`${id}-goal`} label="Goal" value={form.goal} onChange={(e) => set({ goal: e.target.value })} data-testid="meeting-edit-goal" />
      <ChairChecklist
        personas={personas.filter((p) => p.archivedAt === null || form.personaIds.includes(p.id))}
        selected={form.personaIds}
        onChange={(personaIds) => set({ personaIds })}
        testId="meeting-edit-personas"
      />
      <DeckList decks={decks} selected={form.deckIds} onChange={(deckIds) => set({ deckIds })} />
      <AgendaRows rows={form.agenda} onChange={(agenda) => set({ agenda })} idPrefix={id} />
      <AttendeeRows rows={form.attendees} onChange={(attendees) => set({ attendees })} idPrefix={id} />
    </>
  );
}
