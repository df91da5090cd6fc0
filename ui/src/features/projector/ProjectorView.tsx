// The projector window's only screen: the chair, big and calm, for the room to read from the
// back: the persona, the question being worked on, the agenda item's time left, the chair's
// nudge and up to three things customers said; or, when the facilitator shows them, the
// customer's reactions to a decision in place of the question and the anecdotes (the chair
// smaller). No controls: the laptop drives it.
import type { ProjectorState } from '../../bindings/ProjectorState';
import { ChairGlyph } from '../../shared/ChairGlyph';
import { ProjectorAnecdotes } from './ProjectorAnecdotes';
import { ProjectorChair } from './ProjectorChair';
import { ProjectorReactions } from './ProjectorReactions';
import { ProjectorTop } from './ProjectorTop';

export { projectorLevel } from './ProjectorTop';

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
  const reactions = s.decisionStatement != null;
  return (
    <main className={`projector${reactions ? ' projector--reactions' : ''}`} data-testid="projector">
      <ProjectorTop state={s} />

      <ProjectorChair state={s} />

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

      {!reactions && s.anecdotes.length > 0 && <ProjectorAnecdotes anecdotes={s.anecdotes} />}
    </main>
  );
}
