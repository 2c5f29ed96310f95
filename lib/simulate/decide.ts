import { listCouncilVoteIssues, decideCouncilVote, type CouncilDecision, type CouncilVoteInput } from "@/lib/core/vote/council-rules";
import { getCouncilVoteSetup } from "@/lib/core/vote/council-of-year";
import { decideStepVote, type StepDecision } from "@/lib/core/amend/vote";
import type { SequenceStep } from "@/lib/core/amend/sequence";
import type { VoteIssue } from "@/lib/core/vote/vote-error";
import type { SimulationInput } from "./schema";

export type SimulationDecision = { ok: true; decision: CouncilDecision } | { ok: false; issues: VoteIssue[] };
export type SimulationStepDecision = { ok: true; decision: StepDecision } | { ok: false; issues: VoteIssue[] };

type VoteSettings = Pick<SimulationInput, "year" | "matter" | "pacificSettlement" | "parties" | "votes">;

/** The vote core's input for a simulated vote on the Council of its year, or why it cannot be counted. */
function councilVoteInputOf(input: VoteSettings): { ok: true; input: CouncilVoteInput } | { ok: false; issues: VoteIssue[] } {
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
  return { ok: true, input: voteInput };
}

/** Decides a simulated vote by the Charter's rules (lib/core/vote), on the Council of its year. */
export function decideSimulation(input: VoteSettings): SimulationDecision {
  const prepared = councilVoteInputOf(input);
  if (!prepared.ok) return prepared;
  return { ok: true, decision: decideCouncilVote(prepared.input) };
}

/**
 * Decides one vote of an amendment sequence (an amendment, a part, the draft as amended) by the
 * same rules, its result worded for what was voted (lib/core/amend/vote.ts).
 */
export function decideSimulationStep(input: VoteSettings, step: Pick<SequenceStep, "kind" | "label">, amended: boolean): SimulationStepDecision {
  const prepared = councilVoteInputOf(input);
  if (!prepared.ok) return prepared;
  return { ok: true, decision: decideStepVote(prepared.input, step.kind, step.label, amended) };
}
