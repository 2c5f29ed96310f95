/** A member's recorded vote on a draft, once abstentions and noes are told apart from yes. */
export type Vote = "Y" | "N" | "A";

export const VOTES = ["Y", "N", "A"] as const satisfies readonly Vote[];

/** A member's odds (or weighted counts) for each vote. */
export type VoteDistribution = Record<Vote, number>;

/** The likeliest vote under a distribution (ties go to yes, then no). */
export function argmaxVote(distribution: VoteDistribution): Vote {
  if (distribution.Y >= distribution.N && distribution.Y >= distribution.A) return "Y";
  return distribution.N >= distribution.A ? "N" : "A";
}
