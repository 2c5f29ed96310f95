import type { SessionVote, Ballot, BallotValue, BallotBy, VoteResult } from "@/lib/core/classroom/vote-session";
import { parseStored, storedBotVotesSchema, storedResultSchema, storedSeatsSchema, storedSequenceStepSchema, stringListSchema } from "./schema";
import type { VoteView } from "./view";

/** Between the vote's database rows and the core's state machine, and on to the screens' VoteView. */
export type VoteRow = {
  id: string;
  classId: string;
  tabledDraftId: string | null;
  kind: string;
  title: string;
  matter: string;
  basis: string | null;
  parties: string;
  majority: string;
  rollCall: boolean;
  rollCallOrder: string | null;
  hideTally: boolean;
  status: string;
  seats: string;
  botSeats: string;
  botVotes: string;
  sequenceStep: string | null;
  result: string | null;
  openedAt: Date;
  closedAt: Date | null;
};

export type BallotRow = { iso3: string; value: string; castBy: string; castAt: Date };

export function toSessionVote(row: VoteRow, ballots: readonly BallotRow[], body: SessionVote["body"], year: number, required: number): SessionVote {
  const byIso3: Record<string, Ballot> = {};
  for (const ballot of ballots) byIso3[ballot.iso3] = { vote: ballot.value as BallotValue, by: ballot.castBy as BallotBy, at: ballot.castAt.toISOString() };
  return {
    body,
    year,
    kind: row.kind as SessionVote["kind"],
    matter: row.matter as SessionVote["matter"],
    basis: row.basis as SessionVote["basis"],
    parties: parseStored(stringListSchema, row.parties),
    majority: row.majority as SessionVote["majority"],
    seats: parseStored(storedSeatsSchema, row.seats),
    required,
    ...(row.sequenceStep ? { step: parseStored(storedSequenceStepSchema, row.sequenceStep) } : {}),
    status: row.status === "closed" ? "closed" : "open",
    botSeats: parseStored(stringListSchema, row.botSeats),
    botVotes: parseStored(storedBotVotesSchema, row.botVotes),
    ballots: byIso3,
    result: row.result ? (parseStored(storedResultSchema, row.result) as VoteResult) : null,
  };
}

/** What one viewer sees of a vote: a hidden tally stays hidden from delegates until the close. */
export function toVoteView(row: VoteRow, ballots: readonly BallotRow[], options: { canSeeHidden: boolean; seat: string | null }): VoteView {
  const hidden = row.hideTally && row.status !== "closed" && !options.canSeeHidden;
  const all: Record<string, { vote: BallotValue; by: BallotBy; at: string }> = {};
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const ballot of ballots) {
    all[ballot.iso3] = { vote: ballot.value as BallotValue, by: ballot.castBy as BallotBy, at: ballot.castAt.toISOString() };
    if (ballot.value === "Y") tally.yes++;
    else if (ballot.value === "N") tally.no++;
    else tally.abstain++;
  }
  const mine = options.seat ? (all[options.seat] ?? null) : null;
  return {
    id: row.id,
    kind: row.kind as VoteView["kind"],
    status: row.status === "closed" ? "closed" : "open",
    title: row.title,
    draftId: row.tabledDraftId,
    matter: row.matter as VoteView["matter"],
    basis: row.basis as VoteView["basis"],
    parties: parseStored(stringListSchema, row.parties),
    majority: row.majority as VoteView["majority"],
    rollCall: row.rollCall,
    rollCallOrder: row.rollCallOrder ? parseStored(stringListSchema, row.rollCallOrder) : null,
    hideTally: row.hideTally,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    voted: ballots.length,
    ballots: hidden ? null : all,
    tally: hidden ? null : tally,
    myBallot: mine,
    result: row.result ? (parseStored(storedResultSchema, row.result) as VoteView["result"]) : null,
    ...(row.sequenceStep ? { step: parseStored(storedSequenceStepSchema, row.sequenceStep) } : {}),
  };
}
