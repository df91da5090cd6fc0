// The fields of "New meeting", in order: title, date and questions, goal, who is in the chair,
// the agenda, who is in the room, the nudge and whether it starts now.
import { LabelledInput } from '../../shared/LabelledInput';
import { AgendaRows } from './AgendaRows';
import { AttendeeRows } from './AttendeeRows';
import type { NewMeetingForm } from './newMeeting';
import { ChairChecklist, MeetingDateField, MeetingTitleField, NudgeField, type FieldsProps } from './MeetingFields';

type Props = FieldsProps<NewMeetingForm>;

export function NewMeetingFields({ id, form, set, personas, decks }: Props) {
  return (
    <>
      <MeetingTitleField
        id={id}
        value={form.title}
        onChange={(e) => set({ title: e.target.value })}
        placeholder="e.g. Returns policy review"
        testId="new-meeting-title"
      />
      <div className="field-row">
        <MeetingDateField id={id} value={form.heldOn} onChange={(e) => set({ heldOn: e.target.value })} testId="new-meeting-date" />
        <div className="field">
          <label htmlFor={`${id}-deck`}>Questions to work through</label>
          <select id={`${id}-deck`} value={form.deckId} onChange={(e) => set({ deckId: e.target.value })} data-testid="new-meeting-deck">
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name} ({d.prompts.length})
              </option>
            ))}
            <option value="">No questions</option>
          </select>
        </div>
      </div>
      <LabelledInput
        id={`${id}-goal`}
        label="Goal"
        value={form.goal}
        onChange={(e) => set({ goal: e.target.value })}
        placeholder="What should the meeting decide?"
        data-testid="new-meeting-goal"
      />
      <ChairChecklist
        personas={personas}
        selected={form.personaIds}
        onChange={(personaIds) => set({ personaIds })}
        testId="new-meeting-personas"
      />
      <AgendaRows rows={form.agenda} onChange={(agenda) => set({ agenda })} idPrefix={id} />
      <AttendeeRows rows={form.attendees} onChange={(attendees) => set({ attendees })} idPrefix={id} />
      <div className="field-row">
        <NudgeField id={id} value={form.nudge} onChange={(e) => set({ nudge: e.target.value })} testId="new-meeting-nudge" />
        <label className="check new-meeting__start">
          <input type="checkbox" checked={form.startNow} onChange={(e) => set({ startNow: e.target.checked })} data-testid="new-meeting-start-now" />
          Start it now (else it waits, planned)
        </label>
      </div>
    </>
  );
}
