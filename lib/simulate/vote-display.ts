import type { VoteValue } from "@/lib/core/vote/vote-value";

/** How each vote is shown: colour, symbol and word together, never colour alone. */
export const VOTE_DISPLAY: Record<VoteValue, { word: string; symbol: string; className: string }> = {
  Y: { word: "Yes", symbol: "✓", className: "vote-yes" },
  N: { word: "No", symbol: "✗", className: "vote-no" },
  A: { word: "Abstain", symbol: "○", className: "vote-abstain" },
  NP: { word: "Not participating", symbol: "–", className: "vote-np" },
};

/** The order a click on a seat goes through. */
export function nextVote(vote: VoteValue, allowed: readonly VoteValue[] = ["Y", "N", "A", "NP"]): VoteValue {
  const cycle: VoteValue[] = ["Y", "N", "A", "NP"];
  for (let step = 1; step <= cycle.length; step++) {
    const candidate = cycle[(cycle.indexOf(vote) + step) % cycle.length];
    if (allowed.includes(candidate)) return candidate;
  }
  return vote;
}
