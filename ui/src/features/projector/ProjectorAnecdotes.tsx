// Up to three things customers said, on the projector, each with when and where it was said.
import type { ProjectorState } from '../../bindings/ProjectorState';
import { formatDate } from '../../lib/format';
import { CustomerText } from '../../shared/CustomerText';

export function ProjectorAnecdotes({ anecdotes }: { anecdotes: ProjectorState['anecdotes'] }) {
  return (
    <section className="projector__anecdotes" aria-label="What customers are saying">
      {anecdotes.slice(0, 3).map((a, i) => (
        <figure key={i} className="projector__anecdote" data-testid="projector-anecdote">
          <blockquote>
            <CustomerText text={a.text} />
          </blockquote>
          {(a.saidOn || a.channel) && (
            <figcaption>{[formatDate(a.saidOn), a.channel].filter(Boolean).join(' · ')}</figcaption>
          )}
        </figure>
      ))}
    </section>
  );
}
