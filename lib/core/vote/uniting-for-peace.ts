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

/**
 * What a Council decision is about, as far as Uniting for Peace cares: the resolution covers a
 * failure to act on a threat to the peace, breach of the peace or act of aggression, not a veto
 * of an admission (Art. 4(2)) or of the appointment of the Secretary-General (Art. 97).
 */
export type CouncilSubject = "peace-and-security" | "admission" | "appointment";

const ADMISSION = /\b(?:be\s+admitted|admission\s+of\b[\s\S]*\bto\s+membership|application\s+for\s+(?:admission|membership))\b/i;
const APPOINTMENT = /\bappointed?\s+(?:as\s+)?Secretary-General\b|\bappointment\s+of\s+the\s+Secretary-General\b/i;

/** Reads what a draft is about from its text: "… recommends … that X be admitted" is an admission. */
export function classifyCouncilSubject(text: string): CouncilSubject {
  if (ADMISSION.test(text)) return "admission";
  if (APPOINTMENT.test(text)) return "appointment";
  return "peace-and-security";
}

export function describeUnitingForPeacePath(
  decision: { outcome: CouncilOutcome; required: number },
  options: { unMemberCount?: number; subject?: CouncilSubject } = {},
): UnitingForPeacePath {
  const subject = options.subject ?? "peace-and-security";
  if (decision.outcome === "vetoed" && subject !== "peace-and-security") {
    const what = subject === "admission" ? "the admission of a new Member (Art. 4(2))" : "the appointment of the Secretary-General (Art. 97)";
    return {
      kind: "not-applicable",
      reason:
        `Uniting for Peace (377 A (V)) applies where a lack of unanimity of the permanent members prevents the Council from acting on a threat to the peace, ` +
        `breach of the peace or act of aggression; a veto on ${what} is not such a case, and the Assembly cannot act without the Council's recommendation.`,
    };
  }
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
          ? "A majority of the Members of the United Nations may request it instead, without any Council vote (as for the fifth emergency special session, June 1967)."
          : `A majority of the Members of the United Nations (${memberRequestRequired} of ${options.unMemberCount}) may request it instead, without any Council vote (as for the fifth emergency special session, June 1967).`;
      return {
        kind: "emergency-special-session",
        referral: { matter: "procedural", required: decision.required },
        ...(memberRequestRequired === undefined ? {} : { memberRequestRequired }),
        convenedWithinHours: 24,
        description:
          `Where the veto prevents the Council from acting on a threat to the peace, breach of the peace or act of aggression, ` +
          `under the Uniting for Peace resolution (377 A (V)) the Council may call an emergency special session of the General Assembly ` +
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
