/**
 * Why a set of votes cannot be counted. A closed set: the UI and the command line branch on
 * the code, and the message is written for the person who typed the votes.
 */
export type VoteErrorCode =
  | "unknown-state"
  | "not-a-member"
  | "observer-cannot-vote"
  | "missing-vote"
  | "duplicate-vote"
  | "invalid-vote-value"
  | "party-must-abstain"
  | "invalid-body"
  | "invalid-probabilities"
  | "invalid-date";

export type VoteIssue = { code: VoteErrorCode; message: string; iso3?: string };

export class VoteError extends Error {
  readonly code: VoteErrorCode;
  readonly issues: readonly VoteIssue[];

  constructor(issues: readonly VoteIssue[]) {
    if (issues.length === 0) throw new Error("VoteError needs at least one issue");
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
    super(`${issues[0].message}${more}`);
    this.name = "VoteError";
    this.code = issues[0].code;
    this.issues = issues;
  }
}
