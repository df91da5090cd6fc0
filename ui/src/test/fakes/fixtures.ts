// The rules the fake backend does not know: it answers from fixtures chair-core's tests write
// (src-tauri/core/tests/it/*_fixtures.rs), looking up the case whose `given` is its own state.
// A state no case covers is the test's mistake or a missing case, never an answer made up here.
import annotationFixtures from '../fixtures/annotations.json';
import gateFixtures from '../fixtures/gate.json';
import scoreFixtures from '../fixtures/score.json';
import type { CommandError } from '../../bindings/CommandError';
import type { Decision } from '../../bindings/Decision';
import type { EmptyChairScore } from '../../bindings/EmptyChairScore';
import type { GateCheck } from '../../bindings/GateCheck';
import type { MeetingView } from '../../bindings/MeetingView';
import type { Reversibility } from '../../bindings/Reversibility';

/**
 * What chair-core answered for one gate case (src-tauri/core/tests/it/gate_fixtures.rs): given a
 * meeting's questions, those answered and a decision's reversibility and evidence, what
 * `check_gate` says, what recording or editing it as accepted is refused with, and what
 * `accept_decision` does with each override.
 */
export type GateCase = {
  given: { reversibility: Reversibility; prompts: string[]; answered: string[]; evidence: boolean };
  check: GateCheck;
  refusal: CommandError | null;
  accept: { overrideBy: string | null; gateOverriddenBy: string | null; refusal: CommandError | null }[];
};
const GATE_CASES = Object.entries(gateFixtures.cases as Record<string, GateCase>);
const gateKey = (g: GateCase['given']) => JSON.stringify([g.reversibility, g.prompts, g.answered, g.evidence]);

/**
 * What chair-core's `meeting_summary` scored one meeting (src-tauri/core/tests/it/score_fixtures.rs):
 * given its decisions (impact of known direction? evidence?), the deck's prompts answered of
 * all, the anecdotes consulted and times spoken for the customer.
 */
type ScoreCase = {
  given: { decisions: { knownImpact: boolean; evidence: boolean }[]; answered: number; total: number; consulted: number; spoken: number };
  score: EmptyChairScore;
};
const SCORE_CASES = Object.entries(scoreFixtures.cases as Record<string, ScoreCase>);
const scoreKey = (g: ScoreCase['given']) =>
  JSON.stringify([g.decisions.map((d) => [d.knownImpact, d.evidence]), g.answered, g.total, g.consulted, g.spoken]);

/** The deck's prompts of `v`, and those answered. */
function promptsOf(v: MeetingView) {
  const answeredIds = new Set(v.answers.map((a) => a.promptId));
  const prompts = v.deck?.prompts ?? [];
  return { prompts, answered: prompts.filter((p) => answeredIds.has(p.id)) };
}

/**
 * The gate's answers for `d` in `v`: the case whose `given` is the fake's state (the meeting's
 * questions, those answered, the decision's reversibility and evidence).
 */
export function gateOf(v: MeetingView, d: Decision): GateCase {
  const { prompts, answered } = promptsOf(v);
  const key = gateKey({
    reversibility: d.reversibility,
    prompts: prompts.map((p) => p.text),
    answered: answered.map((p) => p.text),
    evidence: d.evidenceIds.length > 0,
  });
  const found = GATE_CASES.find(([, c]) => gateKey(c.given) === key);
  if (!found) throw new Error(`no gate fixture for ${key}: add the case to src-tauri/core/tests/it/gate_fixtures.rs`);
  return found[1];
}

/**
 * The meeting's empty-chair score: the case whose `given` is what the fake counts off `v` (each
 * decision's known impact and evidence, the deck's prompts answered, the anecdotes consulted)
 * and the times `spoken` for the customer in it.
 */
export function scoreOf(v: MeetingView, spoken: number): EmptyChairScore {
  const { prompts, answered } = promptsOf(v);
  const key = scoreKey({
    decisions: v.decisions.map((d) => ({
      knownImpact: d.impacts.some((i) => i.direction !== 'unknown'),
      evidence: d.evidenceIds.length > 0,
    })),
    answered: answered.length,
    total: prompts.length,
    consulted: new Set([...v.consultedAnecdoteIds, ...v.decisions.flatMap((d) => d.evidenceIds)]).size,
    spoken,
  });
  const found = SCORE_CASES.find(([, c]) => scoreKey(c.given) === key);
  if (!found) throw new Error(`no score fixture for ${key}: add the case to src-tauri/core/tests/it/score_fixtures.rs`);
  return found[1].score;
}

/**
 * What chair-core answered for one annotation case (src-tauri/core/tests/it/annotation_fixtures.rs):
 * given the action, who is at the keyboard (as the annotation's author sees it) and the feeling
 * sent, what the call is refused with (`{author}` for the author's name), or null.
 */
type AnnotationCase = {
  given: { action: 'add' | 'edit' | 'delete'; atKeyboard: 'nobody' | 'author' | 'someoneElse'; feeling: number | null };
  refusal: CommandError | null;
};
const ANNOTATION_CASES = Object.entries(annotationFixtures.cases as Record<string, AnnotationCase>);
const annotationKey = (g: AnnotationCase['given']) => JSON.stringify([g.action, g.atKeyboard, g.feeling]);

/** Throws what the core refuses `given` with, its author's name being `author`; else nothing. */
export function checkAnnotation(given: AnnotationCase['given'], author: string) {
  const key = annotationKey(given);
  const found = ANNOTATION_CASES.find(([, c]) => annotationKey(c.given) === key);
  if (!found) throw new Error(`no annotation fixture for ${key}: add the case to src-tauri/core/tests/it/annotation_fixtures.rs`);
  const refusal = found[1].refusal;
  if (refusal) throw { ...refusal, message: refusal.message.replaceAll('{author}', author) };
}
