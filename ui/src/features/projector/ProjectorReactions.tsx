// The customer's reactions to one decision, on the projector: the decision, then each
// ambassador's stance (sign and word), feeling (face and words), comment and flags, big enough
// to read from the back of the room. The comments arrive already masked when projector-safe is on.
import type { ProjectorAnnotation } from '../../bindings/ProjectorAnnotation';
import { FeelingMark, FlagChips, StanceMark } from '../annotations/Marks';
import { CustomerText } from '../../shared/CustomerText';

type Props = { statement: string; annotations: ProjectorAnnotation[] };

export function ProjectorReactions({ statement, annotations }: Props) {
  return (
    <section className="projector__reactions" aria-label="How the customer reacts" data-testid="projector-reactions">
      <p className="projector__eyebrow">How the customer reacts to</p>
      <p className="projector__decision" data-testid="projector-decision">
        {statement}
      </p>
      {annotations.length === 0 ? (
        <p className="projector__empty">No reactions yet.</p>
      ) : (
        <ul className="projector__reaction-list">
          {annotations.map((a, i) => (
            <li key={i} className={`projector__reaction projector__reaction--${a.stance}`} data-testid="projector-reaction">
              <p className="projector__reaction-author">{a.author}</p>
              <div className="projector__reaction-head">
                <StanceMark stance={a.stance} />
                {a.feeling !== null && <FeelingMark feeling={a.feeling} />}
              </div>
              {a.comment && (
                <blockquote className="projector__reaction-comment">
                  <CustomerText text={a.comment} />
                </blockquote>
              )}
              <FlagChips flags={a.flags} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
