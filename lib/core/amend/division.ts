import type { Body } from "../draft/schema";

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
