import type { Body } from "../draft/schema";
import { listStates } from "../un/states";
import { listAssemblySeats } from "../vote/assembly-board";
import { decideAssemblyCounts } from "./assembly-vote";

/**
 * Division of the question: parts of a draft voted on separately.
 * - Security Council, provisional rule 32: parts are voted on separately at the request of any
 *   representative, unless the original mover objects.
 * - General Assembly, rule 89: if objection is made to the request for division, the motion for
 *   division is itself put to the vote; if it is carried, the parts are voted on separately.
 * A part rejected leaves the text before the whole is voted (see sequence.ts).
 */

export type DivisionRequest = {
  body: Body;
  /** Paragraph ids to vote on separately. */
  parts: readonly string[];
  /** Council: the original mover (the sponsors) objects. Assembly: a delegation objects. */
  objection: boolean;
  /** Assembly, after an objection: the outcome of the vote on the motion for division. */
  motionOutcome?: "adopted" | "rejected";
};

export type DivisionRuling = { divided: true; reason: string } | { divided: false; reason: string; needsMotionVote?: boolean };

export function ruleOnDivision(request: DivisionRequest): DivisionRuling {
  if (request.parts.length === 0) return { divided: false, reason: "No part was named for a separate vote" };
  switch (request.body) {
    case "security-council":
      return request.objection
        ? { divided: false, reason: "The original mover objects: the parts are not voted on separately (provisional rule 32)" }
        : { divided: true, reason: "Parts voted on separately at the request of a representative (provisional rule 32)" };
    case "general-assembly":
      if (!request.objection) return { divided: true, reason: "Parts voted on separately at a representative's request, without objection (rule 89)" };
      if (request.motionOutcome === undefined) return { divided: false, needsMotionVote: true, reason: "Objection made: the motion for division is put to the vote (rule 89)" };
      return request.motionOutcome === "adopted"
        ? { divided: true, reason: "The motion for division was carried (rule 89)" }
        : { divided: false, reason: "The motion for division was rejected: the draft is voted on as a whole (rule 89)" };
    default: {
      const unreachable: never = request.body;
      return unreachable;
    }
  }
}

/**
 * General Assembly, rule 89: after an objection, the motion for division is itself put to the vote,
 * before the parts. It is a procedural motion, decided by a majority of the members present and
 * voting (Charter Art. 18(3), rules 85–86: abstentions do not count; rule 95: an equally divided
 * vote rejects it). The count and the words come from the Assembly's rules (lib/core/vote/assembly-rules.ts),
 * so that a motion is decided exactly as a draft on a simple majority would be.
 */
export type MotionTally = { yes: number; no: number; abstain: number };

export type MotionDecision = {
  outcome: "adopted" | "rejected";
  yes: number;
  no: number;
  abstain: number;
  /** Yes votes needed given the votes against. */
  required: number;
  /** "The motion for division was rejected by a recorded vote of 40 to 60, with 20 abstentions." */
  statement: string;
  /** What follows: the parts voted separately, or the draft as a whole. */
  consequence: string;
};

export type MotionResult = { ok: true; decision: MotionDecision } | { ok: false; message: string };

/** The Assembly's words for a draft, said of the motion: "The motion for division was rejected by …". */
export function restateForMotionForDivision(statement: string): string {
  return statement.replace(/^The draft resolution/, "The motion for division");
}

/**
 * `year`: the year of the draft, whose Assembly's Members are the most who can vote (as for its
 * amendments, assembly-vote.ts); without it, today's Members.
 */
export function decideMotionForDivision(tally: MotionTally, year?: number): MotionResult {
  const members =
    year === undefined
      ? listStates()
          .filter((state) => state.status === "member")
          .map((state) => state.iso3)
      : listAssemblySeats(year).map((seat) => seat.iso3);
  const result = decideAssemblyCounts(tally, "simple", members, year === undefined ? "the Assembly" : `the Assembly of ${year}`);
  if (!result.ok) return result;
  const decision = result.decision;
  const outcome = decision.outcome === "adopted" ? "adopted" : "rejected";
  return {
    ok: true,
    decision: {
      outcome,
      yes: decision.yes,
      no: decision.no,
      abstain: decision.abstain,
      required: decision.required,
      statement: restateForMotionForDivision(decision.statement),
      consequence:
        outcome === "adopted"
          ? "The parts are voted on separately, then the draft as a whole (rule 89)"
          : "The draft is voted on as a whole, without separate votes on its parts (rule 89)",
    },
  };
}
