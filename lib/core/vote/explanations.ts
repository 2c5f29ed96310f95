import type { Body } from "../draft/schema";

/**
 * Explanations of vote, given before or after the vote (GA rules of procedure, rule 88; the
 * Council follows the same practice). Rule 88: "The President shall not permit the proposer of a
 * proposal or of an amendment to explain his vote on his own proposal or amendment."
 */
export const EXPLANATION_TIMINGS = ["before", "after"] as const;
export type ExplanationTiming = (typeof EXPLANATION_TIMINGS)[number];

export type ExplanationOfVote = { iso3: string; timing: ExplanationTiming; text: string };

export const MAX_EXPLANATION_LENGTH = 2_000;

/** Why a member may not explain its vote here, or null when it may. */
export function explanationRefusal(input: { body: Body; sponsors: readonly string[]; iso3: string; name?: string }): string | null {
  switch (input.body) {
    case "general-assembly":
      return input.sponsors.includes(input.iso3)
        ? `${input.name ?? input.iso3} sponsors the draft: a sponsor does not explain its vote on its own proposal (General Assembly rules of procedure, rule 88).`
        : null;
    case "security-council":
      return null;
    default: {
      const unreachable: never = input.body;
      return unreachable;
    }
  }
}

/** "Before the vote" then "After the vote", each in the order given. */
export function groupExplanations<T extends { timing: ExplanationTiming }>(explanations: readonly T[]): { timing: ExplanationTiming; heading: string; items: T[] }[] {
  return EXPLANATION_TIMINGS.map((timing) => ({
    timing,
    heading: timing === "before" ? "Explanations of vote before the vote" : "Explanations of vote after the vote",
    items: explanations.filter((explanation) => explanation.timing === timing),
  })).filter((group) => group.items.length > 0);
}
