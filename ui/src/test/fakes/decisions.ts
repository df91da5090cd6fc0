// Decisions: recording and editing them, the one-way-door gate and accepting, reviews and the
// PR/FAQ kept with a decision. The gate answers from fixtures/gate.json, and what recording,
// editing or accepting does around it (refusals, gate asked, override and replacement kept) from
// fixtures/decisions.json (fixtures.ts).
import type { Decision } from '../../bindings/Decision';
import type { DecisionInput } from '../../bindings/DecisionInput';
import type { KeptPrFaq } from '../../bindings/KeptPrFaq';
import type { NewDecision } from '../../bindings/NewDecision';
import type { NewImpact } from '../../bindings/NewImpact';
import type { ReviewInput } from '../../bindings/ReviewInput';
import { type Ctx, type Handlers, now } from './context';
import { decisionRule, gateOf } from './fixtures';
import { decision } from './samples';

const impactsOf = (id: string, list: NewImpact[] | null | undefined) =>
  (list ?? []).map((i, n) => ({
    id: `${id}-i${n}`,
    decisionId: id,
    personaId: i.personaId ?? null,
    segment: i.segment ?? '',
    direction: i.direction,
    magnitude: i.magnitude ?? null,
    confidence: i.confidence ?? null,
    reach: i.reach ?? '',
    whatChanges: i.whatChanges,
  }));

/** Decision `id` as `input` (what recording and editing share) says, over `extra`. */
const fromInput = (id: string, input: DecisionInput | NewDecision, extra: Partial<Decision>): Decision =>
  decision(id, input.statement, {
    ...extra,
    agendaItemId: input.agendaItemId ?? null,
    rationale: input.rationale ?? '',
    optionsConsidered: input.optionsConsidered ?? '',
    owner: input.owner ?? '',
    status: input.status ?? 'proposed',
    reversibility: input.reversibility ?? 'unknown',
    reviewOn: input.reviewOn ?? null,
    supersededBy: input.supersededBy ?? null,
    impacts: impactsOf(id, input.impacts),
    evidenceIds: input.evidenceIds ?? [],
  });

export function decisionHandlers(ctx: Ctx): Handlers {
  const { state, viewOf, decisionOf, setDecision, stamp } = ctx;
  const gate = (d: Decision) => gateOf(viewOf(d.meetingId), d);
  return {
    record_decision: (a) => {
      const input = a.input as NewDecision;
      const d = fromInput(`d${ctx.next()}`, input, { meetingId: input.meetingId });
      const rule = decisionRule(d, d.status, d.supersededBy, true);
      const refusal = rule.gated ? gate(d).refusal : null;
      if (refusal) throw refusal;
      const v = viewOf(input.meetingId);
      v.decisions.push(d);
      state.drafts.delete(input.meetingId);
      if (d.evidenceIds.length > 0 || d.impacts.some((i) => i.direction !== 'unknown')) stamp(v);
      return d;
    },
    update_decision: (a) => {
      const { d } = decisionOf(a.id);
      const input = a.input as DecisionInput;
      const rule = decisionRule(d, input.status ?? 'proposed', input.supersededBy ?? null);
      const { meetingId, createdAt } = d;
      const override = rule.overridden ? { gateOverriddenBy: d.gateOverriddenBy, gateOverriddenAt: d.gateOverriddenAt } : {};
      const next = fromInput(d.id, input, { meetingId, createdAt, ...override });
      const refusal = rule.gated ? gate(next).refusal : null;
      if (refusal) throw refusal;
      return setDecision(next);
    },
    check_gate: (a) => gate(decisionOf(a.id).d).check,
    accept_decision: (a) => {
      const { d } = decisionOf(a.id);
      const rule = decisionRule(d, null, d.supersededBy);
      if (!rule.gated) return d;
      const overrideBy = typeof a.overrideBy === 'string' ? a.overrideBy : null;
      const answer = gate(d).accept.find((x) => x.overrideBy === overrideBy);
      if (!answer) {
        throw new Error(`no gate fixture for the override ${JSON.stringify(overrideBy)}: add it to OVERRIDES in src-tauri/core/tests/it/gate_fixtures.rs`);
      }
      if (answer.refusal) throw answer.refusal;
      const by = answer.gateOverriddenBy;
      const supersededBy = rule.supersededBy ? d.supersededBy : null;
      return setDecision({ ...d, status: 'accepted', supersededBy, gateOverriddenBy: by, gateOverriddenAt: by === null ? null : now() });
    },
  };
}

/** Reviews of decisions due, and the PR/FAQ drafted from and kept with a decision. */
export function reviewHandlers({ state, decisionOf, setDecision }: Ctx): Handlers {
  return {
    decisions_due_for_review: () => state.due.filter((d) => d.reviewedAt === null),
    record_review: (a) => {
      const input = a.input as ReviewInput;
      const { d } = decisionOf(input.decisionId);
      return setDecision({ ...d, reviewedAt: now(), reviewHappened: input.happened, reviewNote: input.note });
    },
    prfaq_draft: (a) => {
      decisionOf(a.decisionId);
      return state.prfaq;
    },
    kept_prfaq: (a) => {
      decisionOf(a.decisionId);
      return state.keptPrfaq.get(String(a.decisionId)) ?? null;
    },
    save_prfaq: (a) => {
      decisionOf(a.decisionId);
      const path = String(a.path);
      const kept: KeptPrFaq = {
        decisionId: String(a.decisionId),
        markdown: state.prfaq,
        fileName: path.slice(path.lastIndexOf('/') + 1),
        savedAt: now(),
      };
      state.keptPrfaq.set(kept.decisionId, kept);
      return kept;
    },
  };
}
