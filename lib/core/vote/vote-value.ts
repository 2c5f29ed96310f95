import type { VoteIssue } from "./vote-error";

/**
 * A member's vote, as the verbatim records write it.
 * "NP" covers both "present and not participating" and "absent": in the Security Council
 * neither counts as a yes nor as a veto (Council practice since 1946–47, confirmed by the
 * ICJ Namibia advisory opinion, 1971, para. 22), and in the General Assembly neither counts
 * among the "members present and voting" (GA rules of procedure, rule 86).
 */
export type VoteValue = "Y" | "N" | "A" | "NP";

export const VOTE_VALUES: readonly VoteValue[] = ["Y", "N", "A", "NP"];

export function isVoteValue(value: unknown): value is VoteValue {
  return typeof value === "string" && (VOTE_VALUES as readonly string[]).includes(value);
}

/** One vote as given by a caller: the value is checked by the rules before it is counted. */
export type CastVote = { iso3: string; vote: string };

export type Tally = { yes: number; no: number; abstain: number; notVoting: number };

export function countVotes(votes: Iterable<VoteValue>): Tally {
  const tally: Tally = { yes: 0, no: 0, abstain: 0, notVoting: 0 };
  for (const vote of votes) {
    switch (vote) {
      case "Y":
        tally.yes++;
        break;
      case "N":
        tally.no++;
        break;
      case "A":
        tally.abstain++;
        break;
      case "NP":
        tally.notVoting++;
        break;
      default: {
        const unreachable: never = vote;
        throw new Error(`unhandled vote value ${String(unreachable)}`);
      }
    }
  }
  return tally;
}

/** "1 abstention", "3 abstentions": the counts the UN records spell out in figures. */
export function pluralize(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * Takes one member's vote into `voted`: a second vote from the same member, or a value that is no
 * vote, is an issue (Charter Arts. 18(1) and 27(1): each member has one vote).
 */
export function checkCastVote(voted: Set<string>, iso3: string, vote: string, name: string): VoteIssue | undefined {
  if (voted.has(iso3)) return { code: "duplicate-vote", iso3, message: `${name} has more than one vote` };
  voted.add(iso3);
  if (!isVoteValue(vote)) {
    return { code: "invalid-vote-value", iso3, message: `${name} has the vote ${JSON.stringify(vote)}; a vote is one of ${VOTE_VALUES.join(", ")}` };
  }
  return undefined;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

/** "one", "two" … "fifteen", as the records write small counts in running text; figures beyond. */
export function numberInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}
