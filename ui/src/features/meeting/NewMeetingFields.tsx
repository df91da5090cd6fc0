// The fields of "New meeting", in order: title, date and questions, goal, who is in the chair,
// the agenda, who is in the room, the nudge and whether it starts now.
import { LabelledInput } from '../../shared/LabelledInput';
import { LabelledSelect } from '../../shared/LabelledSelect';
import { AgendaRows } from './AgendaRows';
import { AttendeeRows } from './AttendeeRows';
import type { NewMeetingForm } from './newMeeting';
import { ChairChecklist, MeetingDateField, MeetingTitleField, NudgeField, type FieldsProps } from './MeetingFields';

type Props = FieldsProps<NewMeetingForm>;

export function NewMeetingFields({ id, form, set, personas, decks }: Props) {
  const deckOptions = decks.map((d) => ({ value: d.id, label: `${d.name} (${d.prompts.length})` }));
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
        <LabelledSelect
          id={`${id}-deck`}
          label="Questions to work through"
          value={form.deckId}
          options={[...deckOptions, { value: '', label: 'No questions' }]}
          onChange={(deckId) => set({ deckId })}
          testId="new-meeting-deck"
        />
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
