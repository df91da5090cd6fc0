// The projector window's only screen: the chair, big and calm, for the room to read from the
// back: the persona, the question being worked on, the agenda item's time left, the chair's
// nudge and up to three things customers said; or, when the facilitator shows them, the
// customer's reactions to a decision in place of the question and the anecdotes (the chair
// smaller). No controls: the laptop drives it.
import type { ProjectorState } from '../../bindings/ProjectorState';
import { formatDate } from '../../lib/format';
import { formatLeft } from '../../lib/timer';
import { Avatar } from '../../shared/Avatar';
import { ChairGlyph } from '../../shared/ChairGlyph';
import { CustomerText } from '../../shared/CustomerText';
import { ProjectorReactions } from './ProjectorReactions';

/** The projector's clock goes amber in the last two minutes, red once over. */
export function projectorLevel(secondsLeft: number): 'ok' | 'near' | 'over' {
  if (secondsLeft < 0) return 'over';
  return secondsLeft <= 120 ? 'near' : 'ok';
}

export function ProjectorView({ state }: { state: ProjectorState | null }) {
  if (!state || (state.personaName === '' && state.promptText == null && state.meetingTitle === '')) {
    return (
      <main className="projector projector--idle" data-testid="projector">
        <ChairGlyph className="projector__glyph" />
        <p className="projector__waiting">The chair is waiting for the meeting to begin.</p>
      </main>
    );
  }
  const s = state;
  const hasClock = s.secondsLeft != null;
  const reactions = s.decisionStatement != null;
  return (
    <main className={`projector${reactions ? ' projector--reactions' : ''}`} data-testid="projector">
      <header className="projector__top">
        <span className="projector__meeting">{s.meetingTitle}</span>
        {(s.agendaItemTitle || hasClock) && (
          <span className="projector__agenda">
            {s.agendaItemTitle}
            {hasClock && (
              <span
                className={`projector__clock projector__clock--${projectorLevel(s.secondsLeft ?? 0)}`}
                data-testid="projector-time-left"
              >
                {formatLeft(s.secondsLeft ?? 0)}
              </span>
            )}
          </span>
        )}
      </header>

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

      {s.nudge && (
        <p className="projector__nudge" data-testid="projector-nudge" role="status">
          {s.nudge}
        </p>
      )}

      {s.promptText && !reactions && (
        <section className="projector__prompt" aria-label="The question">
          {s.promptCount != null && s.promptPosition != null && (
            <p className="projector__eyebrow">
              {s.deckName ? `${s.deckName} · ` : ''}Question {s.promptPosition + 1} of {s.promptCount}
            </p>
          )}
          <p className="projector__prompt-text" data-testid="projector-prompt">
            {s.promptText}
          </p>
        </section>
      )}

      {reactions && (
        <ProjectorReactions statement={s.decisionStatement ?? ''} annotations={s.annotations ?? []} />
      )}

      {!reactions && s.anecdotes.length > 0 && (
        <section className="projector__anecdotes" aria-label="What customers are saying">
          {s.anecdotes.slice(0, 3).map((a, i) => (
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
      )}
    </main>
  );
}
