// The chair: who the customer in the room is (persona card), with a switch when the meeting
// has several personas, and the chair speaking up (the nudge) when the room has gone too long
// without bringing the customer in, which the facilitator can dismiss or snooze.
import type { Persona } from '../../bindings/Persona';
import { formatTime } from '../../lib/format';
import { SNOOZE_MINUTES, type NudgeHoldState } from './useNudgeHold';
import { Avatar } from '../../shared/Avatar';
import { CustomerText } from '../../shared/CustomerText';

export type Nudge = { question: string; prompt: string | null };

type Props = {
  personas: Persona[];
  shownId: string | null;
  onShow: (id: string) => void;
  nudge?: Nudge | null;
  /** Dismissing and snoozing the nudge. */
  hold?: Pick<NudgeHoldState, 'dismiss' | 'snooze' | 'resume' | 'snoozedUntil'>;
};

export function Chair({ personas, shownId, onShow, nudge = null, hold }: Props) {
  const shown = personas.find((p) => p.id === shownId) ?? null;
  return (
    // Focusable so the keyboard can scroll a long persona (goals, frustrations, needs).
    <aside className="chair" data-testid="chair" aria-label="The customer in the chair" tabIndex={0}>
      <p className="eyebrow">In the chair</p>
      {nudge && (
        <div className="nudge" data-testid="nudge" role="status">
          <p className="nudge__question">{nudge.question}</p>
          {nudge.prompt && <p className="nudge__prompt">{nudge.prompt}</p>}
          {hold && (
            <div className="nudge__actions" role="group" aria-label="Quiet the chair">
              {SNOOZE_MINUTES.map((m) => (
                <button key={m} type="button" className="btn btn--small" onClick={() => hold.snooze(m)} data-testid={`nudge-snooze-${m}`}>
                  Snooze {m} min
                </button>
              ))}
              <button
                type="button"
                className="btn btn--small"
                onClick={hold.dismiss}
                data-testid="nudge-dismiss"
                title="Until the customer is brought in and the room goes quiet again"
              >
                Dismiss
              </button>
            </div>
          )}
        </div>
      )}
      {!nudge && hold?.snoozedUntil != null && (
        <p className="nudge-snoozed" data-testid="nudge-snoozed">
          The chair is quiet until {formatTime(hold.snoozedUntil)}.{' '}
          <button type="button" className="link-button" onClick={hold.resume} data-testid="nudge-resume">
            Let it speak now
          </button>
        </p>
      )}
      {personas.length > 1 && (
        <div className="chair__switch" role="group" aria-label="Who is in the chair">
          {personas.map((p) => (
            <button
              key={p.id}
              type="button"
              aria-pressed={p.id === shownId}
              className={`pill${p.id === shownId ? ' pill--on' : ''}`}
              onClick={() => onShow(p.id)}
              data-testid="chair-tab"
            >
              {p.name}
            </button>
          ))}
        </div>
      )}
      {shown ? (
        <PersonaCard persona={shown} />
      ) : (
        <div className="chair__empty">
          <div className="avatar avatar--empty" aria-hidden="true" />
          <p>No one in the chair yet</p>
        </div>
      )}
    </aside>
  );
}

function PersonaCard({ persona }: { persona: Persona }) {
  return (
    <article className="persona" aria-labelledby="chair-name">
      <header className="persona__head">
        <Avatar name={persona.name} src={persona.avatar} />
        <div>
          <h2 className="persona__name" id="chair-name" data-testid="chair-name">
            {persona.name}
          </h2>
          {persona.segment && <p className="persona__segment">{persona.segment}</p>}
        </div>
      </header>
      {persona.quote && (
        <blockquote className="persona__quote" data-testid="chair-quote">
          “<CustomerText text={persona.quote} />”
        </blockquote>
      )}
      <TraitList title="Goals" items={persona.goals} />
      <TraitList title="Frustrations" items={persona.frustrations} />
      <TraitList title="Needs" items={persona.needs} />
      {persona.successMeasure && (
        <p className="persona__success">
          <strong>Success looks like:</strong> {persona.successMeasure}
        </p>
      )}
    </article>
  );
}

function TraitList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section className="persona__traits">
      <h3 className="persona__traits-title">{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
