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
