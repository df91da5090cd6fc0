import { describe, expect, test } from 'vitest';

import { meeting, view } from '../../test/fakeBackend';
import { deleteMessage } from './MeetingEditDialog';
import { formOf, nudgeMinutes, toMeetingEdit } from './meetingEdit';

const agendaItem = (id: string, title: string, plannedMinutes: number | null) => ({
  id,
  meetingId: 'm1',
  position: 0,
  title,
  plannedMinutes,
  elapsedSeconds: 0,
  runningSince: null,
  startedAt: null,
  doneAt: null,
  lastCustomerReferenceAt: null,
});

describe('editing a meeting', () => {
  test('kept rows keep their ids, new rows have none, blank rows are dropped', () => {
    const v = view(
      meeting('m1', { attendees: [{ id: 'at1', name: 'Ana', role: 'facilitator' }], nudgeMinutes: 7 }),
      { agenda: [agendaItem('a1', 'Window', 10), agendaItem('a2', 'Receipts', null)] },
    );
    const form = formOf(v);
    form.agenda = [form.agenda[1]!, { key: 'new', title: ' Late item ', minutes: '5' }, { key: 'blank', title: '  ', minutes: '' }];
    form.attendees = [...form.attendees, { key: 'lou', name: 'Lou', role: 'ambassador' }];
    const edit = toMeetingEdit(form);
    expect(edit.agenda).toEqual([
      { id: 'a2', title: 'Receipts', plannedMinutes: null },
      { id: null, title: 'Late item', plannedMinutes: 5 },
    ]);
    expect(edit.attendees).toEqual([
      { id: 'at1', name: 'Ana', role: 'facilitator' },
      { id: null, name: 'Lou', role: 'ambassador' },
    ]);
    expect(edit.nudgeMinutes).toBe(7);
    expect(edit.deckIds).toEqual(['deck1']);
  });

  test('0 or blank minutes turn the nudge off; anything else must be 1 to 240', () => {
    expect(nudgeMinutes('0')).toBe(0);
    expect(nudgeMinutes(' ')).toBe(0);
    expect(nudgeMinutes('12')).toBe(12);
    expect(nudgeMinutes('241')).toBeNull();
    expect(nudgeMinutes('-1')).toBeNull();
    expect(nudgeMinutes('1.5')).toBeNull();
  });

  test('the delete confirmation says the decisions go too', () => {
    const v = view(meeting('m1'));
    expect(deleteMessage(v)).toContain('It has no decisions.');
    v.decisions = [{ id: 'd1' } as never, { id: 'd2' } as never];
    expect(deleteMessage(v)).toContain('Its 2 decisions go with it');
    expect(deleteMessage(v)).toContain('undo');
  });
});
