import { ADOPTED_WITHOUT_A_VOTE, listAssemblySeats } from "../vote/assembly-board";
import { decideAssemblyTally, type AssemblyDecision, type AssemblyMajority } from "../vote/assembly-rules";
import type { ItemOutcome, StepKind } from "./sequence";
import { restateForStep } from "./vote";

/**
 * The General Assembly's voting sequence on a draft: each amendment, each part voted separately,
 * then the draft as amended, decided by the counts the recorded vote gives (or adopted without a
 * vote), by the Assembly's rules (lib/core/vote/assembly-rules.ts):
 * - Charter Art. 18(3), rule 85: a simple majority of the Members present and voting;
 * - Charter Art. 18(2), rule 83: two-thirds on an important question; rule 84: amendments to a
 *   proposal on an important question, and parts of it voted separately, by two-thirds as well —
 *   so every step of one sequence is decided by the majority chosen for the draft;
 * - rule 86: abstaining Members are not voting; rule 95: an equally divided vote rejects.
 */

export type AssemblyCounts = { yes: number; no: number; abstain: number };

export type AssemblyCountsResult = { ok: true; decision: AssemblyDecision } | { ok: false; message: string };

const COUNT_NAMES = [
  ["yes", "in favour"],
  ["no", "against"],
  ["abstain", "abstaining"],
] as const;

/**
 * Decides a recorded vote given only its counts, as the Assembly's records give them. `members` are
 * the Members entitled to vote; `assembly` names the Assembly in the message ("the Assembly of 1980").
 */
export function decideAssemblyCounts(counts: AssemblyCounts, majority: AssemblyMajority, members: readonly string[], assembly = "the Assembly"): AssemblyCountsResult {
  for (const [key, name] of COUNT_NAMES) {
    const value = counts[key];
    if (!Number.isInteger(value) || value < 0) return { ok: false, message: `The number of Members ${name} must be a whole number, 0 or more` };
  }
  const total = counts.yes + counts.no + counts.abstain;
  const title = assembly.charAt(0).toUpperCase() + assembly.slice(1);
  if (members.length === 0) return { ok: false, message: `${title} has no known Members` };
  if (total > members.length) return { ok: false, message: `${total} votes were counted, but ${assembly} has ${members.length} Members` };
  return { ok: true, decision: decideAssemblyTally(majority, { ...counts, notVoting: members.length - total }) };
}

/** How one step was decided: a recorded vote with its counts, or adopted without a vote (GA practice, by consensus). */
export type AssemblyStepVote = ({ mode: "recorded" } & AssemblyCounts) | { mode: "without-a-vote" };

export type AssemblyStepInput = {
  vote: AssemblyStepVote;
  /** The majority chosen for the draft; its amendments and parts are decided by the same (rule 84). */
  majority: AssemblyMajority;
  /** The year of the draft: the Members of the Assembly that year are the most who can vote. */
  year: number;
  kind: StepKind;
  label: string;
  /** Whether the draft voted last is "the draft resolution as amended". */
  amended: boolean;
};

export type AssemblyStepDecision = {
  itemOutcome: ItemOutcome;
  majority: AssemblyMajority;
  isWithoutVote: boolean;
  yes: number;
  no: number;
  abstain: number;
  /** Yes votes needed given the votes against; null when adopted without a vote. */
  required: number | null;
  /** "The amendment was rejected by a recorded vote of 40 to 60, with 20 abstentions." */
  statement: string;
};

export type AssemblyStepResult = { ok: true; decision: AssemblyStepDecision } | { ok: false; message: string };

export function decideAssemblyStep(input: AssemblyStepInput): AssemblyStepResult {
  const restate = (statement: string) => restateForStep(statement, input.kind, input.label, input.amended);
  switch (input.vote.mode) {
    case "without-a-vote":
      return {
        ok: true,
        decision: { itemOutcome: "adopted", majority: input.majority, isWithoutVote: true, yes: 0, no: 0, abstain: 0, required: null, statement: restate(ADOPTED_WITHOUT_A_VOTE) },
      };
    case "recorded": {
      const members = listAssemblySeats(input.year).map((seat) => seat.iso3);
      const result = decideAssemblyCounts(input.vote, input.majority, members, `the Assembly of ${input.year}`);
      if (!result.ok) return result;
      const decision = result.decision;
      return {
        ok: true,
        decision: {
          itemOutcome: decision.outcome === "adopted" ? "adopted" : "rejected",
          majority: decision.majority,
          isWithoutVote: false,
          yes: decision.yes,
          no: decision.no,
          abstain: decision.abstain,
          required: decision.required,
          statement: restate(decision.statement),
        },
      };
    }
    default: {
      const unreachable: never = input.vote;
      return unreachable;
    }
  }
}

/** The hint shown with the majority: what decides each step of the sequence, and why. */
export function describeAssemblySequenceMajority(majority: AssemblyMajority): string {
  switch (majority) {
    case "two-thirds":
      return "An important question (Charter Art. 18(2), rule 83): the draft, each amendment to it and each part voted separately are decided by two-thirds of the Members present and voting (rule 84). Abstentions are not counted (rule 86); a tie rejects (rule 95).";
    case "simple":
      return "A simple majority of the Members present and voting decides the draft, each amendment and each part voted separately (Charter Art. 18(3), rule 85). Abstentions are not counted (rule 86); a tie rejects (rule 95).";
    default: {
      const unreachable: never = majority;
      return unreachable;
    }
  }
}
