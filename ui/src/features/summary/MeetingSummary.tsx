// The end of a meeting: how present the customer was (the empty-chair score, big, with its
// parts), how that compares with earlier meetings (the trend), and what was decided with what
// it changes for customers and how the customer reacted. Shown in place of the decision form once the meeting has ended,
// and from the "Summary" button at any time.
import { meetingSummary } from './api';
import { useLoad } from '../../lib/useLoad';
import { ReactionTally } from '../annotations/ReactionTally';
import { DecisionBadge } from '../../shared/Badge';
import { ScoreParts } from './ScoreParts';
import { ScoreTrend } from './ScoreTrend';
import { CustomerText } from '../../shared/CustomerText';
import { FieldError } from '../../shared/FieldError';
import { ImpactList } from '../../shared/ImpactList';

type Props = {
  meetingId: string;
  personaName: (id: string) => string | null;
  refreshKey: number;
};

export function MeetingSummary({ meetingId, personaName, refreshKey }: Props) {
  const summary = useLoad(() => meetingSummary(meetingId), [meetingId, refreshKey]);
  const s = summary.data;
  return (
    <section className="card summary" data-testid="meeting-summary" aria-labelledby="summary-title" aria-busy={summary.busy}>
      <h2 className="card__title" id="summary-title">
        Meeting summary
      </h2>
      {summary.error && (
        <FieldError>
          {summary.error}
        </FieldError>
      )}
      {s && (
        <>
          <div className="summary__score">
            <div className="summary__big">
              <span className="summary__number" data-testid="summary-score">
                {s.score.score}
              </span>
              <span className="summary__label">empty-chair score</span>
            </div>
            <ScoreParts score={s.score} />
            <ScoreTrend points={s.trend} currentId={meetingId} />
          </div>
          <h3 className="summary__subhead">Decided</h3>
          {s.decisions.length === 0 ? (
            <p className="muted">No decisions were recorded.</p>
          ) : (
            <ol className="summary__decisions">
              {s.decisions.map((d) => (
                <li key={d.id} data-testid="summary-decision">
                  <p className="summary__statement">
                    <CustomerText text={d.statement} /> <DecisionBadge status={d.status} />
                  </p>
                  <ImpactList impacts={d.impacts} personaName={personaName} />
                  <ReactionTally annotations={d.annotations} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
