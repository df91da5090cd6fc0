// The customer in the chair, on the projector: avatar, name, segment and quote; or, with no
// persona chosen, the question of who the customer is.
import type { ProjectorState } from '../../bindings/ProjectorState';
import { Avatar } from '../../shared/Avatar';

export function ProjectorChair({ state: s }: { state: ProjectorState }) {
  return (
    <section className="projector__chair" aria-label="The customer in the chair">
      {s.personaName ? (
        <>
          <Avatar name={s.personaName} src={s.personaAvatar ?? null} className="projector__avatar" />
          <div className="projector__who">
            <h1 className="projector__name" data-testid="projector-name">
              {s.personaName}
            </h1>
            {s.personaSegment && <p className="projector__segment">{s.personaSegment}</p>}
            {s.personaQuote && <blockquote className="projector__quote">“{s.personaQuote}”</blockquote>}
          </div>
        </>
      ) : (
        <p className="projector__empty">The chair is empty: who is the customer?</p>
      )}
    </section>
  );
}
