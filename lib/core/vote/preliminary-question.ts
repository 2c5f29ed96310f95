import { decideCouncilVote, type CouncilDecision, type CouncilVoteInput } from "./council-rules";

/**
 * The "double veto". Whether a matter is procedural is itself decided as a non-procedural question
 * (Statement by the Delegations of the Four Sponsoring Governments on Voting Procedure in the
 * Security Council, San Francisco, 7 June 1945, part II, paragraph 2): when a permanent member
 * contests that a matter is procedural, the preliminary question "is the matter procedural?" is put
 * to the vote under Article 27(3), so that permanent member's negative vote decides that it is not,
 * and the matter itself is then voted with the veto (first used on 26 June 1946, on the Spanish question).
 */
export type PreliminaryQuestion = {
  /** The vote on "the matter is procedural", decided as a substantive question. */
  preliminary: CouncilDecision;
  /** Whether the matter is then voted as procedural (the preliminary question adopted) or with the veto. */
  matterDecidedAs: "procedural" | "substantive";
  explanation: string;
};

/**
 * Decides the preliminary question on `votes` cast on it (every member's vote on "the matter is
 * procedural"). `contestedBy` is the permanent member that contested it, for the explanation.
 */
export function decidePreliminaryQuestion(
  input: Omit<CouncilVoteInput, "matter" | "pacificSettlement" | "partiesToDispute">,
  contestedBy: string,
): PreliminaryQuestion {
  const preliminary = decideCouncilVote({ ...input, matter: "substantive" });
  const name = input.names?.[contestedBy] ?? contestedBy;
  const statement = preliminary.statement.replace(/^The draft resolution was/, "The proposal that the matter is procedural was");
  const decision = { ...preliminary, statement };
  switch (preliminary.outcome) {
    case "adopted":
      return {
        preliminary: decision,
        matterDecidedAs: "procedural",
        explanation: `${name} contested that the matter is procedural; the Council decided that it is, by a vote in which the veto applied (Four-Power Statement, 7 June 1945, II.2). The matter is voted as procedural: any ${input.required} votes, no veto.`,
      };
    case "vetoed":
      return {
        preliminary: decision,
        matterDecidedAs: "substantive",
        explanation: `${name} contested that the matter is procedural. That preliminary question is itself non-procedural (Four-Power Statement, 7 June 1945, II.2), so a permanent member's negative vote decides it: the matter is voted with the veto — the "double veto".`,
      };
    case "failed":
      return {
        preliminary: decision,
        matterDecidedAs: "substantive",
        explanation: `${name} contested that the matter is procedural, and the proposal that it is did not obtain ${input.required} votes: the matter is voted as non-procedural, with the veto.`,
      };
    default: {
      const unreachable: never = preliminary.outcome;
      throw new Error(`unhandled outcome ${String(unreachable)}`);
    }
  }
}

/**
 * What the Council's practice treats as procedural (Art. 27(2)): matters of the Council's own
 * conduct of business, many listed in the Four-Power Statement, part I, and GA res. 267 (III).
 */
export const PROCEDURAL_MATTERS: readonly string[] = [
  "adoption of the agenda (provisional rules 9–12)",
  "invitations to take part without vote (rules 37 and 39)",
  "suspension or adjournment of a meeting (rule 33)",
  "the order of business, and the President's rulings",
  "convening an emergency special session of the General Assembly (377 A (V); resolution 2623 (2022))",
];
