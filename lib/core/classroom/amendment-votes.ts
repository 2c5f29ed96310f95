import { ruleOnDivision, type DivisionRuling } from "../amend/division";
import { proposeOrderOfVoting } from "../amend/order";
import { runVotingSequence, type ItemOutcome, type SequenceRun, type SequenceStep, type StepKind } from "../amend/sequence";
import type { Amendment } from "../amend/schema";
import type { Draft } from "../draft/schema";
import type { SequenceStepSetup, VoteOutcome } from "./vote-session";

/**
 * A class votes a tabled draft's amendments in sequence before the draft: each amendment is a vote
 * of the session, in the order of voting the rules propose (lib/core/amend/order.ts); lapses and the
 * text as amended follow from the outcomes (lib/core/amend/sequence.ts). The class keeps only its
 * votes: the sequence is recomputed from the closed ones, so a reconnecting screen needs nothing more.
 */

export type SequenceVoteRecord = {
  step: Pick<SequenceStepSetup, "key">;
  status: "open" | "closed";
  outcome: VoteOutcome | null;
};

/** The key of the Assembly's vote on a motion for division (rule 89), among the sequence's votes. */
export const DIVISION_KEY = "division";

/**
 * Division of the question asked for in a class (lib/core/amend/division.ts): the operative
 * paragraphs (ids) to be voted separately, in the order of the text when asked; whether the mover
 * (Council, rule 32) or a delegation (Assembly, rule 89) objects; and the items already decided
 * when it was asked, so that the Assembly's vote on the motion takes its place in the list. The label
 * names the parts as they were numbered when asked ("Operative paragraphs 2 and 4").
 */
export type ClassDivision = { parts: readonly string[]; label: string; objection: boolean; after: readonly string[] };

/** A step of a class's sequence: the core's steps, and the Assembly's vote on a motion for division. */
export type ClassSequenceStep = Omit<SequenceStep, "kind"> & { kind: StepKind | "division" };

export type ClassDivisionState = {
  /** "Operative paragraphs 2 and 4", as numbered when division was asked. */
  label: string;
  ruling: DivisionRuling;
};

export type ClassSequence = Omit<SequenceRun, "steps" | "next"> & {
  steps: ClassSequenceStep[];
  next?: ClassSequenceStep;
  /** The amendments still to be voted when the draft was tabled (proposed ones). */
  pendingCount: number;
  /** A vote of the sequence is open now. */
  isVoting: boolean;
  /** Division of the question, when asked: what was asked and the ruling on it. */
  division?: ClassDivisionState;
};

/** "Operative paragraph 2", "Operative paragraphs 2 and 4", "Operative paragraphs 1, 2 and 5". */
export function describeParts(numbers: readonly number[]): string {
  if (numbers.length === 1) return `Operative paragraph ${numbers[0]}`;
  return `Operative paragraphs ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

export type DivisionRequestCheck = { ok: true; division: ClassDivision } | { ok: false; message: string };

/**
 * Checks a chair's request for division against the sequence as it stands: the parts are named by
 * their numbers in the text as amended so far, and the request must come before the vote on the
 * draft and before any other division of the same draft.
 */
export function checkDivisionRequest(sequence: ClassSequence, request: { parts: readonly number[]; objection: boolean }): DivisionRequestCheck {
  if (sequence.division) return { ok: false, message: "Division of the question has already been asked on this draft." };
  if (sequence.isVoting) return { ok: false, message: "A vote on this draft is open: ask for division once it is closed." };
  const draftStep = sequence.steps.find((step) => step.kind === "draft");
  if (!draftStep || (draftStep.status !== "next" && draftStep.status !== "pending")) return { ok: false, message: "The draft has already been voted: division can only be asked before the vote on the draft." };
  if (request.parts.length === 0) return { ok: false, message: "parts: name at least one operative paragraph to vote on separately." };
  const count = sequence.draft.operative.length;
  const seen = new Set<number>();
  for (const number of request.parts) {
    if (!Number.isInteger(number) || number < 1 || number > count) {
      return { ok: false, message: `parts: operative paragraph ${number} does not exist: the draft as amended so far has ${count} operative paragraph${count === 1 ? "" : "s"}.` };
    }
    if (seen.has(number)) return { ok: false, message: `parts: operative paragraph ${number} is named twice.` };
    seen.add(number);
  }
  if (seen.size === count) return { ok: false, message: "parts: leave at least one operative paragraph out; dividing every paragraph is voting on the whole." };
  const numbers = [...seen].sort((a, b) => a - b);
  const after = sequence.steps.filter((step) => step.status === "adopted" || step.status === "rejected" || step.status === "lapsed").map((step) => step.key);
  return { ok: true, division: { parts: numbers.map((number) => sequence.draft.operative[number - 1].id), label: describeParts(numbers), objection: request.objection, after } };
}

/** A vote decided "adopted" carries its item; a veto or too few votes defeats it (Charter Art. 27). */
export function itemOutcomeOf(outcome: VoteOutcome): ItemOutcome {
  return outcome === "adopted" ? "adopted" : "rejected";
}

/**
 * The sequence of a tabled draft after its class's votes (in the order they were opened): a later
 * vote on the same item, which only a chair re-running a vote produces, replaces the earlier one.
 */
export function classVotingSequence(input: {
  draft: Draft;
  amendments: readonly Amendment[];
  votes: readonly SequenceVoteRecord[];
  division?: ClassDivision | null;
  /** The organ the class plays, whose rules on the order of voting (rule 36 or 90) and on division (rule 32 or 89) apply; the draft's by default. */
  body?: Draft["body"];
}): ClassSequence {
  const order = proposeOrderOfVoting(input.draft, input.amendments, input.body ?? input.draft.body).map((item) => item.id);
  const outcomes: Record<string, ItemOutcome> = {};
  let isVoting = false;
  for (const vote of input.votes) {
    if (vote.status === "open") isVoting = true;
    else if (vote.outcome) outcomes[vote.step.key] = itemOutcomeOf(vote.outcome);
  }
  const division = input.division;
  if (!division) {
    const run = runVotingSequence({ draft: input.draft, amendments: input.amendments, order, outcomes });
    return { ...run, pendingCount: order.length, isVoting };
  }
  // Rule 32 (Council) or rule 89 (Assembly): the parts are voted separately only when the division stands.
  const motionOutcome = outcomes[DIVISION_KEY];
  const ruling = ruleOnDivision({ body: input.body ?? input.draft.body, parts: division.parts, objection: division.objection, ...(motionOutcome ? { motionOutcome } : {}) });
  const { [DIVISION_KEY]: _motion, ...itemOutcomes } = outcomes;
  void _motion;
  const run = runVotingSequence({ draft: input.draft, amendments: input.amendments, order, parts: ruling.divided ? division.parts : [], outcomes: itemOutcomes });
  const label = division.label;
  let steps: ClassSequenceStep[] = run.steps;
  const waiting = !ruling.divided && ruling.needsMotionVote === true;
  if (waiting || motionOutcome !== undefined) {
    // The motion for division is voted when it is made: before any item still to be voted.
    const motion: ClassSequenceStep = {
      key: DIVISION_KEY,
      kind: "division",
      label: `The motion for division (${label})`,
      status: waiting ? "next" : motionOutcome!,
      reason: ruling.reason,
    };
    const rest = waiting ? steps.map((step) => (step.status === "next" ? { ...step, status: "pending" as const } : step)) : steps;
    const lastDecided = rest.reduce((at, step, index) => (division.after.includes(step.key) ? index : at), -1);
    steps = [...rest.slice(0, lastDecided + 1), motion, ...rest.slice(lastDecided + 1)];
  }
  return { ...run, steps, next: steps.find((step) => step.status === "next"), pendingCount: order.length, isVoting, division: { label, ruling } };
}

/** What the next vote of the sequence is set up with, or null when the sequence is complete. */
export function nextSequenceVote(sequence: ClassSequence): (SequenceStepSetup & { step: ClassSequenceStep }) | null {
  const next = sequence.next;
  if (!next) return null;
  return { key: next.key, kind: next.kind, label: next.label, amended: sequence.amended, step: next };
}
