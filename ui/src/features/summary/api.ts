// The meeting summary's command.
// Features call commands only through their own api.ts, each through `call` in lib/ipc.ts.
import type { MeetingSummary } from '../../bindings/MeetingSummary';
import { call } from '../../lib/ipc';

export const meetingSummary = (meetingId: string): Promise<MeetingSummary> => call('meeting_summary', { meetingId });
