import { ruleOnDivision, type DivisionRuling } from "@/lib/core/amend/division";
import { proposeOrderOfVoting, type OrderedAmendment } from "@/lib/core/amend/order";
import { runVotingSequence, type ItemOutcome, type SequenceRun, type StepKind } from "@/lib/core/amend/sequence";
import type { Amendment } from "@/lib/core/amend/schema";
import { listParagraphEntries } from "@/lib/core/amend/targets";
import type { StepDecision } from "@/lib/core/amend/vote";
import type { Draft } from "@/lib/core/draft/schema";

/**
 * The simulator's vote on a draft with amendments: "Vote the amendments first" walks the sequence
 * of the core (lib/core/amend: order of voting, lapses, division, the draft as amended), each item
 * voted seat by seat on the horseshoe. This module keeps only what the user decided (the parts
 * asked for, the outcome of each vote and its statement); everything else is recomputed from the
 * core, so that each rule keeps one home.
 */

export type DecidedStep = {
  key: string;
  kind: StepKind;
  label: string;
  /** The result in the UN's words ("The amendment was not adopted, owing to …"). */
  statement: string;
  outcome: StepDecision["outcome"];
  itemOutcome: ItemOutcome;
  tally: { yes: number; no: number; abstain: number; notVoting: number };
};

export type AmendmentSequenceState = {
  /** "off": the plain single vote, as without amendments; "setup": order and division shown; "voting": the sequence. */
  phase: "off" | "setup" | "voting";
  /** Operative paragraphs (ids) a member asked to vote separately (division of the question). */
  parts: string[];
  /** Council: the original mover objects to the division (provisional rule 32); Assembly: a delegation objects. */
  objection: boolean;
  outcomes: Record<string, ItemOutcome>;
  decided: DecidedStep[];
};

export type AmendmentSequenceAction =
  | { type: "set-up" }
  | { type: "cancel" }
  | { type: "toggle-part"; paragraphId: string; requested: boolean }
  | { type: "set-objection"; objection: boolean }
  | { type: "start" }
  | { type: "record"; key: string; kind: StepKind; label: string; decision: StepDecision }
  | { type: "restart" };

export const initialAmendmentSequence: AmendmentSequenceState = { phase: "off", parts: [], objection: false, outcomes: {}, decided: [] };

/** What the sequence is computed from: the draft voted on and its amendments as stored. */
export type SequenceContext = { draft: Draft; amendments: readonly Amendment[] };

/** Amendments still to be voted: proposed, not withdrawn, not already applied as friendly. */
export function listAmendmentsToVote(amendments: readonly Amendment[]): Amendment[] {
  return amendments.filter((amendment) => amendment.status === "proposed");
}

/** The operative paragraphs that may be voted separately, in the order of the text. */
export function listDivisibleParts(draft: Draft) {
  return listParagraphEntries(draft).filter((entry) => entry.section === "operative" && entry.level === 0);
}

export type SequenceView = {
  order: OrderedAmendment[];
  division: DivisionRuling;
  run: SequenceRun;
  isComplete: boolean;
};

/** The sequence as the decisions so far leave it: the next vote, lapses with their reasons, the text as amended. */
export function viewSequence(context: SequenceContext, state: AmendmentSequenceState): SequenceView {
  const order = proposeOrderOfVoting(context.draft, context.amendments, context.draft.body);
  const division = ruleOnDivision({ body: context.draft.body, parts: state.parts, objection: state.objection });
  // Parts are voted in the order of the text, only when the division stands.
  const parts = division.divided ? listDivisibleParts(context.draft).filter((entry) => state.parts.includes(entry.id)).map((entry) => entry.id) : [];
  const run = runVotingSequence({ draft: context.draft, amendments: context.amendments, order: order.map((item) => item.id), parts, outcomes: state.outcomes });
  return { order, division, run, isComplete: run.next === undefined };
}

export function amendmentSequenceReducer(state: AmendmentSequenceState, action: AmendmentSequenceAction): AmendmentSequenceState {
  switch (action.type) {
    case "set-up":
      return { ...initialAmendmentSequence, phase: "setup" };
    case "cancel":
      return initialAmendmentSequence;
    case "toggle-part": {
      if (state.phase !== "setup") return state;
      const without = state.parts.filter((id) => id !== action.paragraphId);
      return { ...state, parts: action.requested ? [...without, action.paragraphId] : without };
    }
    case "set-objection":
      return state.phase === "setup" ? { ...state, objection: action.objection } : state;
    case "start":
      return state.phase === "setup" ? { ...state, phase: "voting", outcomes: {}, decided: [] } : state;
    case "record": {
      // A decision counts once, for the vote it was taken on: a double click records nothing more.
      if (state.phase !== "voting" || state.outcomes[action.key] !== undefined) return state;
      const { decision } = action;
      return {
        ...state,
        outcomes: { ...state.outcomes, [action.key]: decision.itemOutcome },
        decided: [
          ...state.decided,
          {
            key: action.key,
            kind: action.kind,
            label: action.label,
            statement: decision.statement,
            outcome: decision.outcome,
            itemOutcome: decision.itemOutcome,
            tally: { yes: decision.yes, no: decision.no, abstain: decision.abstain, notVoting: decision.notVoting },
          },
        ],
      };
    }
    case "restart":
      return state.phase === "off" ? state : { ...state, phase: "setup", outcomes: {}, decided: [] };
    default: {
      const unreachable: never = action;
      throw new Error(`unhandled action ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Records the vote just taken on the sequence's next item; returns the state unchanged when the
 * sequence has no next item or the decision was taken on another one (a stale screen).
 */
export function recordNextVote(context: SequenceContext, state: AmendmentSequenceState, stepKey: string, decision: StepDecision): AmendmentSequenceState {
  const next = viewSequence(context, state).run.next;
  if (!next || next.key !== stepKey) return state;
  return amendmentSequenceReducer(state, { type: "record", key: next.key, kind: next.kind, label: next.label, decision });
}
