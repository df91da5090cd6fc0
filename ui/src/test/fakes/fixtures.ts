// The rules the fake backend does not know: it answers from fixtures chair-core's tests write
// (src-tauri/core/tests/it/*_fixtures.rs), looking up the case whose `given` is its own state.
// A state no case covers is the test's mistake or a missing case, never an answer made up here.
import annotationFixtures from '../fixtures/annotations.json';
import decisionFixtures from '../fixtures/decisions.json';
import gateFixtures from '../fixtures/gate.json';
import scoreFixtures from '../fixtures/score.json';
import type { CommandError } from '../../bindings/CommandError';
import type { Decision } from '../../bindings/Decision';
import type { DecisionStatus } from '../../bindings/DecisionStatus';
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

/** The case whose `given` has the key of `given`, or a clear error naming the `test` to add it to. */
export function lookup<C extends { given: G }, G>(cases: [string, C][], keyOf: (g: G) => string, given: G, test: string): C {
  const key = keyOf(given);
  const found = cases.find(([, c]) => keyOf(c.given) === key);
  if (!found) throw new Error(`no fixture for ${key}: add the case to src-tauri/core/tests/it/${test}`);
  return found[1];
}

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
  const given = {
    reversibility: d.reversibility,
    prompts: prompts.map((p) => p.text),
    answered: answered.map((p) => p.text),
    evidence: d.evidenceIds.length > 0,
  };
  return lookup(GATE_CASES, gateKey, given, 'gate_fixtures.rs');
}

/**
 * The meeting's empty-chair score: the case whose `given` is what the fake counts off `v` (each
 * decision's known impact and evidence, the deck's prompts answered, the anecdotes consulted)
 * and the times `spoken` for the customer in it.
 */
export function scoreOf(v: MeetingView, spoken: number): EmptyChairScore {
  const { prompts, answered } = promptsOf(v);
  const given = {
    decisions: v.decisions.map((d) => ({
      knownImpact: d.impacts.some((i) => i.direction !== 'unknown'),
      evidence: d.evidenceIds.length > 0,
    })),
    answered: answered.length,
    total: prompts.length,
    consulted: new Set([...v.consultedAnecdoteIds, ...v.decisions.flatMap((d) => d.evidenceIds)]).size,
    spoken,
  };
  return lookup(SCORE_CASES, scoreKey, given, 'score_fixtures.rs').score;
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
  const refusal = lookup(ANNOTATION_CASES, annotationKey, given, 'annotation_fixtures.rs').refusal;
  if (refusal) throw { ...refusal, message: refusal.message.replaceAll('{author}', author) };
}

/**
 * What chair-core does around the gate when a decision is recorded, edited or accepted
 * (src-tauri/core/tests/it/decision_fixtures.rs): given the command, where the decision starts
 * (`overridden`: accepted past the gate with an override; `new`: being recorded), the status
 * recorded or edited to and the replacement named, the refusal, whether the gate is asked, and
 * whether the override and the replacement survive.
 */
type DecisionCase = {
  given: {
    command: 'record' | 'update' | 'accept';
    from: DecisionStatus | 'overridden' | 'new';
    to: DecisionStatus | null;
    supersededBy: 'none' | 'another' | 'itself';
  };
  refusal: CommandError | null;
  gated: boolean;
  overridden: boolean;
  supersededBy: boolean;
};
const DECISION_CASES = Object.entries(decisionFixtures.cases as Record<string, DecisionCase>);
const decisionKey = (g: DecisionCase['given']) => JSON.stringify([g.command, g.from, g.to, g.supersededBy]);

/**
 * What recording `d` (`recorded`), editing it to `to` naming `supersededBy`, or accepting it (`to`
 * null) does; throws its refusal.
 */
export function decisionRule(d: Decision, to: DecisionStatus | null, supersededBy: string | null, recorded = false): DecisionCase {
  const given: DecisionCase['given'] = {
    command: recorded ? 'record' : to === null ? 'accept' : 'update',
    from: recorded ? 'new' : d.status === 'accepted' && d.gateOverriddenBy !== null ? 'overridden' : d.status,
    to,
    supersededBy: supersededBy === null ? 'none' : supersededBy === d.id ? 'itself' : 'another',
  };
  const found = lookup(DECISION_CASES, decisionKey, given, 'decision_fixtures.rs');
  if (found.refusal) throw found.refusal;
  return found;
}
