import { proposeOrderOfVoting } from "../amend/order";
import { runVotingSequence, type ItemOutcome, type SequenceRun, type SequenceStep } from "../amend/sequence";
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

export type ClassSequence = SequenceRun & {
  /** The amendments still to be voted when the draft was tabled (proposed ones). */
  pendingCount: number;
  /** A vote of the sequence is open now. */
  isVoting: boolean;
};

/** A vote decided "adopted" carries its item; a veto or too few votes defeats it (Charter Art. 27). */
export function itemOutcomeOf(outcome: VoteOutcome): ItemOutcome {
  return outcome === "adopted" ? "adopted" : "rejected";
}

/**
 * The sequence of a tabled draft after its class's votes (in the order they were opened): a later
 * vote on the same item, which only a chair re-running a vote produces, replaces the earlier one.
 */
export function classVotingSequence(input: { draft: Draft; amendments: readonly Amendment[]; votes: readonly SequenceVoteRecord[] }): ClassSequence {
  const order = proposeOrderOfVoting(input.draft, input.amendments, input.draft.body).map((item) => item.id);
  const outcomes: Record<string, ItemOutcome> = {};
  let isVoting = false;
  for (const vote of input.votes) {
    if (vote.status === "open") isVoting = true;
    else if (vote.outcome) outcomes[vote.step.key] = itemOutcomeOf(vote.outcome);
  }
  const run = runVotingSequence({ draft: input.draft, amendments: input.amendments, order, outcomes });
  return { ...run, pendingCount: order.length, isVoting };
}

/** What the next vote of the sequence is set up with, or null when the sequence is complete. */
export function nextSequenceVote(sequence: ClassSequence): (SequenceStepSetup & { step: SequenceStep }) | null {
  const next = sequence.next;
  if (!next) return null;
  return { key: next.key, kind: next.kind, label: next.label, amended: sequence.amended, step: next };
}
