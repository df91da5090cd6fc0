// The customer's reactions to a decision in one line, for the summary: how many support, are
// concerned or oppose (sign and word), the average feeling, and what they say they would do.
// The full thread stays under the decision in the log.
import type { Annotation } from '../../bindings/Annotation';
import { FEELING_LABEL, FLAGS, FLAG_LABEL, STANCES, STANCE_ICON, STANCE_LABEL } from './annotations';
import { plural } from '../../lib/format';

export function ReactionTally({ annotations }: { annotations: Annotation[] }) {
  if (annotations.length === 0) return <p className="muted reaction-tally">No customer reactions.</p>;
  const feelings = annotations.map((a) => a.feeling).filter((f): f is number => f !== null);
  const average = feelings.length > 0 ? feelings.reduce((a, b) => a + b, 0) / feelings.length : null;
  const flags = FLAGS.map((f) => ({ f, n: annotations.filter((a) => a.flags.includes(f)).length })).filter((x) => x.n > 0);
  return (
    <p className="reaction-tally" data-testid="reaction-tally">
      <span className="reaction-tally__label">{plural(annotations.length, 'customer reaction')}:</span>
      {STANCES.map((s) => {
        const n = annotations.filter((a) => a.stance === s).length;
        return n > 0 ? (
          <span key={s} className={`stance stance--${s}`}>
            <span className="stance__icon" aria-hidden="true">
              {STANCE_ICON[s]}
            </span>
            {n} {STANCE_LABEL[s].toLowerCase()}
          </span>
        ) : null;
      })}
      {average !== null && (
        <span className="muted">
          feeling {average.toFixed(1)}/5 ({FEELING_LABEL[Math.round(average)]?.toLowerCase()})
        </span>
      )}
      {flags.map(({ f, n }) => (
        <span key={f} className="muted">
          {FLAG_LABEL[f].toLowerCase()}: {n}
        </span>
      ))}
    </p>
  );
}
