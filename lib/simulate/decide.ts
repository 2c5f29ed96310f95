import { listCouncilVoteIssues, decideCouncilVote, type CouncilDecision } from "@/lib/core/vote/council-rules";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import type { VoteIssue } from "@/lib/core/vote/vote-error";
import type { SimulationInput } from "./schema";

export type SimulationDecision = { ok: true; decision: CouncilDecision } | { ok: false; issues: VoteIssue[] };

/** Decides a simulated vote by the Charter's rules (lib/core/vote), on the Council of its year. */
export function decideSimulation(input: Pick<SimulationInput, "year" | "matter" | "pacificSettlement" | "parties" | "votes">): SimulationDecision {
  const setup = getCouncilVoteSetup(input.year);
  if (!setup) return { ok: false, issues: [{ code: "invalid-body", message: `There is no Council for ${input.year}.` }] };
  const voteInput = {
    members: setup.members,
    required: setup.required,
    matter: input.matter,
    votes: Object.entries(input.votes).map(([iso3, vote]) => ({ iso3, vote })),
    pacificSettlement: input.pacificSettlement ?? undefined,
    partiesToDispute: input.parties,
    names: setup.names,
    year: input.year,
  };
  const issues = listCouncilVoteIssues(voteInput);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, decision: decideCouncilVote(voteInput) };
}
