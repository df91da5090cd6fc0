// What the main area shows when no meeting is open: how to begin, and the open escalations
// (who owes an answer to which customer, and how long they have left).
import { ChairGlyph } from './ChairGlyph';
import { OpenEscalations } from '../features/escalations/OpenEscalations';

type Props = {
  hasMeetings: boolean;
  onNewMeeting: () => void;
  onLoadSample: () => void;
  /** Changes when the workspace changed, to reload the escalations. */
  refreshKey?: number;
};

export function EmptyState({ hasMeetings, onNewMeeting, onLoadSample, refreshKey = 0 }: Props) {
  return (
    <div className="home" data-testid="home">
      <section className="empty-state" data-testid="empty-state" aria-labelledby="empty-title">
        <ChairGlyph className="empty-state__glyph" />
        <h1 id="empty-title">{hasMeetings ? 'Pick a meeting' : 'Keep the customer in the room'}</h1>
        {hasMeetings ? (
          <p>Open a meeting from the list on the left, or start a new one.</p>
        ) : (
          <>
            <p>
              Start a meeting and Empty Chair puts the customer in the chair next to you: their
              persona, a "work backwards" question for the room, what customers have said about the
              topic, and a place to record each decision with what it changes for them.
            </p>
            <p className="muted">
              No personas yet? You can still start a meeting with no one in the chair. To see a
              full example first, load the sample workspace.
            </p>
          </>
        )}
        <div className="empty-state__actions">
          <button type="button" className="btn btn--primary" onClick={onNewMeeting} data-testid="empty-new-meeting">
            New meeting
          </button>
          {!hasMeetings && (
            <button type="button" className="btn" onClick={onLoadSample} data-testid="load-sample">
              Load the sample workspace
            </button>
          )}
        </div>
      </section>
      <OpenEscalations refreshKey={refreshKey} hideWhenNone />
    </div>
  );
}
