import { decideCouncilVote, type CouncilDecision, type CouncilOutcome, type CouncilVoteInput } from "./council-rules";

/**
 * What is left after a veto. Uniting for Peace, GA res. 377 A (V), para. 1: if the Council,
 * "because of lack of unanimity of the permanent members", fails to exercise its primary
 * responsibility, the Assembly may meet in emergency special session within 24 hours of a
 * request by the Council "on the vote of any seven members" (nine since the Council grew to 15
 * in 1966) or by a majority of the Members (GA rules of procedure, rule 8(b)).
 */
export type UnitingForPeacePath =
  | { kind: "not-applicable"; reason: string }
  | {
      kind: "emergency-special-session";
      /** The Council's referral is procedural (Charter Art. 27(2)): any `required` members, no veto. */
      referral: { matter: "procedural"; required: number };
      /** Members of the United Nations whose request also convenes the session, when their number was given. */
      memberRequestRequired?: number;
      convenedWithinHours: 24;
      description: string;
    };

export function describeUnitingForPeacePath(
  decision: { outcome: CouncilOutcome; required: number },
  options: { unMemberCount?: number } = {},
): UnitingForPeacePath {
  switch (decision.outcome) {
    case "adopted":
      return { kind: "not-applicable", reason: "The Council adopted the draft: it has exercised its responsibility." };
    case "failed":
      // GA res. 377 A (V) turns on the "lack of unanimity of the permanent members": a draft that lacked the
      // votes was not blocked by a permanent member.
      return { kind: "not-applicable", reason: "The draft failed for lack of votes, not because of a veto." };
    case "vetoed": {
      const memberRequestRequired = options.unMemberCount === undefined ? undefined : Math.floor(options.unMemberCount / 2) + 1;
      const byMembers =
        memberRequestRequired === undefined
          ? "A majority of the Members of the United Nations may request it instead."
          : `A majority of the Members of the United Nations (${memberRequestRequired} of ${options.unMemberCount}) may request it instead.`;
      return {
        kind: "emergency-special-session",
        referral: { matter: "procedural", required: decision.required },
        ...(memberRequestRequired === undefined ? {} : { memberRequestRequired }),
        convenedWithinHours: 24,
        description:
          `Under the Uniting for Peace resolution (377 A (V)), the Council may call an emergency special session of the General Assembly ` +
          `by a procedural vote of any ${decision.required} members, to which the veto does not apply; the Assembly meets within 24 hours ` +
          `(GA rules of procedure, rule 8(b)). ${byMembers}`,
      };
    }
    default: {
      const unreachable: never = decision.outcome;
      throw new Error(`unhandled outcome ${String(unreachable)}`);
    }
  }
}

/**
 * Decides the Council's vote to call an emergency special session. The referral is procedural
 * (Charter Art. 27(2); GA res. 377 A (V)): e.g. resolution 2623 (2022), adopted 11–1–3 with the
 * Russian Federation against. The Art. 27(3) proviso on parties to a dispute does not apply.
 */
export function decideReferralVote(input: Omit<CouncilVoteInput, "matter" | "pacificSettlement" | "partiesToDispute">): CouncilDecision {
  return decideCouncilVote({ ...input, matter: "procedural" });
}
