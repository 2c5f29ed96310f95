import { checkCastVote, countVotes, pluralize, type CastVote, type VoteValue } from "./vote-value";
import { VoteError, type VoteIssue } from "./vote-error";
import { listStates } from "../un/states";

/**
 * The Members of the United Nations, counted from the state list rather than written down: the
 * number grows with each admission (Charter Art. 4); observer states are not Members.
 */
export function countUnMembers(): number {
  return listStates().filter((state) => state.status === "member").length;
}

/**
 * Charter Art. 18(3) and GA rules of procedure, rule 85: "simple" = a majority of the members
 * present and voting. Charter Art. 18(2) and rules 83–84: "two-thirds" = two-thirds of the
 * members present and voting, for important questions.
 */
export type AssemblyMajority = "simple" | "two-thirds";

export type AssemblyOutcome = "adopted" | "failed";

export type AssemblyVoteInput = {
  majority: AssemblyMajority;
  votes: readonly CastVote[];
  /**
   * iso3 of the states entitled to vote (Charter Art. 18(1): each Member one vote). A Member
   * that lost its vote under Art. 19 is left out by the caller. Members with no vote in
   * `votes` are counted as not voting.
   */
  members: readonly string[];
  /** Non-member observer States: named so that their votes are refused with a clear reason. */
  observers?: readonly string[];
  names?: Readonly<Record<string, string>>;
};

export type AssemblyDecision = {
  outcome: AssemblyOutcome;
  majority: AssemblyMajority;
  yes: number;
  no: number;
  abstain: number;
  /** Explicit NP plus the members with no recorded vote. */
  notVoting: number;
  /** Yes votes needed given the votes against (simple: no + 1; two-thirds: 2 × no, at least 1). */
  required: number;
  missingYes: number;
  statement: string;
};

export function listAssemblyVoteIssues(input: AssemblyVoteInput): VoteIssue[] {
  const issues: VoteIssue[] = [];
  const name = (iso3: string) => input.names?.[iso3] ?? iso3;
  const members = new Set(input.members);
  const observers = new Set(input.observers ?? []);
  const voted = new Set<string>();
  for (const { iso3, vote } of input.votes) {
    if (!members.has(iso3)) {
      // Charter Art. 18(1): only Members of the United Nations vote in the Assembly.
      issues.push(
        observers.has(iso3)
          ? { code: "observer-cannot-vote", iso3, message: `${name(iso3)} is an observer State and cannot vote in the General Assembly` }
          : { code: "unknown-state", iso3, message: `${iso3} is not a Member State of the United Nations` },
      );
      continue;
    }
    const issue = checkCastVote(voted, iso3, vote, name(iso3));
    if (issue) issues.push(issue);
  }
  return issues;
}

/** Decides a recorded vote of the General Assembly; throws a VoteError listing every problem when the votes are invalid. */
export function decideAssemblyVote(input: AssemblyVoteInput): AssemblyDecision {
  const issues = listAssemblyVoteIssues(input);
  if (issues.length > 0) throw new VoteError(issues);

  const tally = countVotes(input.votes.map((cast) => cast.vote as VoteValue));
  // GA rules of procedure, rule 86: "members present and voting" are those casting an affirmative or
  // negative vote; abstaining members are not voting. Absent members are not voting either.
  tally.notVoting += input.members.length - input.votes.length;
  return decideAssemblyTally(input.majority, tally);
}

/**
 * Decides a recorded vote of the General Assembly from its counts alone: the Members' names do not
 * matter to the rule, only how many were in favour, against, abstaining and not voting.
 */
export function decideAssemblyTally(majority: AssemblyMajority, tally: { yes: number; no: number; abstain: number; notVoting: number }): AssemblyDecision {
  let required: number;
  switch (majority) {
    case "simple":
      // Charter Art. 18(3), rule 85: more yes than no. A tie is rejected (rule 95: "If a vote is equally
      // divided on matters other than elections, the proposal shall be regarded as rejected").
      required = tally.no + 1;
      break;
    case "two-thirds":
      // Charter Art. 18(2), rules 83–84: yes ≥ 2/3 × (yes + no), i.e. 3·yes ≥ 2·(yes + no), i.e. yes ≥ 2·no,
      // counted in integers. At least one yes: a draft nobody voted for has no majority of any size.
      required = Math.max(1, 2 * tally.no);
      break;
    default: {
      const unreachable: never = majority;
      throw new Error(`unhandled majority ${String(unreachable)}`);
    }
  }
  const outcome: AssemblyOutcome = tally.yes >= required ? "adopted" : "failed";
  return {
    outcome,
    majority,
    yes: tally.yes,
    no: tally.no,
    abstain: tally.abstain,
    notVoting: tally.notVoting,
    required,
    missingYes: Math.max(0, required - tally.yes),
    statement: assemblyStatement(outcome, majority, tally, required),
  };
}

/**
 * In the words of the Assembly's records:
 * - "The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions."
 * - "The draft resolution was rejected by a recorded vote of 40 to 60, with 20 abstentions." (simple majority)
 * - "The draft resolution was rejected, the vote being equally divided (50 in favour, 50 against)."
 *   (rule 95; only when there were votes to divide)
 * - "The draft resolution was rejected, no member having voted in favour or against (12 abstentions)."
 * - "The draft resolution was not adopted, having failed to obtain the required two-thirds majority
 *   of the members present and voting (87 in favour, 57 against; 114 in favour required)."
 */
function assemblyStatement(
  outcome: AssemblyOutcome,
  majority: AssemblyMajority,
  tally: { yes: number; no: number; abstain: number },
  required: number,
): string {
  const abstentions = tally.abstain > 0 ? `, with ${pluralize(tally.abstain, "abstention", "abstentions")}` : "";
  if (outcome === "adopted") {
    return `The draft resolution was adopted by a recorded vote of ${tally.yes} to ${tally.no === 0 ? "none" : tally.no}${abstentions}.`;
  }
  const counts = `${tally.yes} in favour, ${tally.no} against`;
  switch (majority) {
    case "simple":
      if (tally.yes === 0 && tally.no === 0) {
        return `The draft resolution was rejected, no member having voted in favour or against (${pluralize(tally.abstain, "abstention", "abstentions")}).`;
      }
      return tally.yes === tally.no
        ? `The draft resolution was rejected, the vote being equally divided (${counts}).`
        : `The draft resolution was rejected by a recorded vote of ${tally.yes === 0 ? "none" : tally.yes} to ${tally.no}${abstentions}.`;
    case "two-thirds":
      return `The draft resolution was not adopted, having failed to obtain the required two-thirds majority of the members present and voting (${counts}; ${required} in favour required).`;
    default: {
      const unreachable: never = majority;
      throw new Error(`unhandled majority ${String(unreachable)}`);
    }
  }
}
