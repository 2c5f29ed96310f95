import { countUnMembers, decideAssemblyVote, type AssemblyMajority } from "../vote/assembly-rules";
import type { StepKind } from "../amend/sequence";
import { restateForMotionForDivision } from "../amend/division";
import { restateForStep } from "../amend/vote";
import { decideCouncilVote, listPartiesMustAbstain, type CouncilDecision } from "../vote/council-rules";
import { decideReferralVote, describeUnitingForPeacePath } from "../vote/uniting-for-peace";
import type { VoteValue } from "../vote/vote-value";
import type { ClassBody, ClassSeat } from "./seats";

/**
 * The live vote's state machine, pure: open → ballots (changeable until close) → close. The
 * database keeps the state; the data layer loads it, calls these functions, and stores what they
 * answer. Time comes in as an argument (`at`, ISO text).
 */

export type BallotValue = "Y" | "N" | "A";
export type ResultVote = BallotValue | "NP";
export type BallotBy = "delegate" | "bot" | "chair";
export type VoteKind = "draft" | "motion" | "referral";
export type VoteMatter = "substantive" | "procedural";
export type VoteBasis = "chapter-vi" | "chapter-vii";
export type VoteOutcome = "adopted" | "vetoed" | "failed";

export type Ballot = { vote: BallotValue; by: BallotBy; at: string };

export type WayOn = { kind: "emergency-special-session"; required: number; description: string };

export type VoteResult = {
  outcome: VoteOutcome;
  yes: number;
  no: number;
  abstain: number;
  notVoting: number;
  vetoedBy: string[];
  statement: string;
  ballots: Record<string, { vote: ResultVote; by: BallotBy | "none" }>;
  /** After a veto: the procedural referral to the General Assembly (Uniting for Peace). */
  wayOn?: WayOn;
};

/**
 * A vote of a tabled draft's amendment sequence: an amendment, a part, the draft as amended, or
 * (Assembly, rule 89) the motion for division after an objection.
 */
export type SequenceStepSetup = { key: string; kind: StepKind | "division"; label: string; amended: boolean };

export type VoteSetup = {
  body: ClassBody;
  year: number;
  kind: VoteKind;
  matter: VoteMatter;
  basis: VoteBasis | null;
  parties: string[];
  /** General Assembly: simple majority (Art. 18(3), rule 85) or two-thirds for important questions (Art. 18(2)). */
  majority: AssemblyMajority;
  /** Every seat of the class, in display order. */
  seats: ClassSeat[];
  /** Council: votes needed (Art. 27: 7 to 1965, 9 from 1966). */
  required: number;
  /** Set when the vote is an item of an amendment sequence: the result is worded for it (lib/core/amend/vote.ts). */
  step?: SequenceStepSetup;
};

export type SessionVote = VoteSetup & {
  status: "open" | "closed";
  /** Seats nobody played when the vote opened: their ballots come from the bots. */
  botSeats: string[];
  /** The bots' answer for every seat, kept to vote for a silent delegate's seat if the chair allows it. */
  botVotes: Record<string, BallotValue>;
  ballots: Record<string, Ballot>;
  result: VoteResult | null;
};

export type VoteRuleCode = "vote-closed" | "not-a-seat" | "party-must-abstain" | "not-a-bot-seat" | "bot-seat";

export type VoteStep = { ok: true; vote: SessionVote } | { ok: false; code: VoteRuleCode; message: string };

/**
 * Charter Art. 27(3), proviso: in decisions under Chapter VI (and Art. 52(3)) a party to a dispute
 * shall abstain from voting. Procedural decisions (and the referral of Uniting for Peace) are not covered.
 */
export function mustAbstain(setup: Pick<VoteSetup, "body" | "kind" | "matter" | "basis" | "parties">, iso3: string): boolean {
  if (setup.body !== "security-council" || setup.kind === "referral") return false;
  return listPartiesMustAbstain({
    matter: setup.matter,
    pacificSettlement: setup.basis === "chapter-vi" ? "chapter-vi" : undefined,
    partiesToDispute: setup.parties,
  }).includes(iso3);
}

/**
 * Opens a vote: every bot seat gets the bot's ballot at once, marked "bot". GA rule 89: the motion
 * for division is a procedural motion, decided by a majority of the members present and voting,
 * whatever majority the draft itself needs.
 */
export function openVote(setup: VoteSetup, input: { botSeats: readonly string[]; botVotes: Readonly<Record<string, BallotValue>>; at: string }): SessionVote {
  const majority: AssemblyMajority = setup.step?.kind === "division" ? "simple" : setup.majority;
  const seatCodes = new Set(setup.seats.map((seat) => seat.iso3));
  const botVotes: Record<string, BallotValue> = {};
  for (const seat of setup.seats) {
    const predicted = input.botVotes[seat.iso3] ?? "A";
    botVotes[seat.iso3] = mustAbstain(setup, seat.iso3) ? "A" : predicted;
  }
  const botSeats = input.botSeats.filter((iso3) => seatCodes.has(iso3));
  const ballots: Record<string, Ballot> = {};
  for (const iso3 of botSeats) ballots[iso3] = { vote: botVotes[iso3], by: "bot", at: input.at };
  return { ...setup, majority, status: "open", botSeats, botVotes, ballots, result: null };
}

function checkBallot(vote: SessionVote, iso3: string, value: BallotValue): VoteStep | null {
  if (vote.status === "closed") return { ok: false, code: "vote-closed", message: "The vote is closed; ballots are no longer taken." };
  const seat = vote.seats.find((entry) => entry.iso3 === iso3);
  if (!seat) return { ok: false, code: "not-a-seat", message: `${iso3} has no seat in this class.` };
  if (value !== "A" && mustAbstain(vote, iso3)) {
    return {
      ok: false,
      code: "party-must-abstain",
      message: `${seat.name} is a party to the dispute and shall abstain from voting on a decision under Chapter VI (Charter Art. 27(3)).`,
    };
  }
  return null;
}

/** A delegate's ballot for their seat; a new ballot replaces the earlier one until the vote closes. */
export function castBallot(vote: SessionVote, input: { iso3: string; vote: BallotValue; at: string }): VoteStep {
  const refused = checkBallot(vote, input.iso3, input.vote);
  if (refused) return refused;
  if (vote.botSeats.includes(input.iso3)) {
    return { ok: false, code: "bot-seat", message: "This seat had no delegate when the vote opened: its bot votes, and only the chair may change that." };
  }
  return { ok: true, vote: { ...vote, ballots: { ...vote.ballots, [input.iso3]: { vote: input.vote, by: "delegate", at: input.at } } } };
}

/** The chair overrides a bot seat's ballot; a delegate's seat is the delegate's own. */
export function overrideBot(vote: SessionVote, input: { iso3: string; vote: BallotValue; at: string }): VoteStep {
  const refused = checkBallot(vote, input.iso3, input.vote);
  if (refused) return refused;
  if (!vote.botSeats.includes(input.iso3)) return { ok: false, code: "not-a-bot-seat", message: "Only a bot seat's vote can be overridden; this seat has a delegate." };
  return { ok: true, vote: { ...vote, ballots: { ...vote.ballots, [input.iso3]: { vote: input.vote, by: "chair", at: input.at } } } };
}

/**
 * Closes the vote and decides it. A delegate's seat without a ballot is "not participating" (NP),
 * unless the chair lets the bot vote for it (`botsVoteForSilent`). Closing a closed vote changes
 * nothing and answers the same result.
 */
export function closeVote(vote: SessionVote, input: { at: string; botsVoteForSilent?: boolean }): { vote: SessionVote; result: VoteResult; changed: boolean } {
  if (vote.status === "closed" && vote.result) return { vote, result: vote.result, changed: false };
  const ballots: Record<string, Ballot> = { ...vote.ballots };
  if (input.botsVoteForSilent) {
    for (const seat of vote.seats) if (!ballots[seat.iso3]) ballots[seat.iso3] = { vote: vote.botVotes[seat.iso3] ?? "A", by: "bot", at: input.at };
  }
  const closed: SessionVote = { ...vote, status: "closed", ballots };
  const result = decideSessionVote(closed);
  return { vote: { ...closed, result }, result, changed: true };
}

export function tallyBallots(ballots: Readonly<Record<string, Ballot>>): { yes: number; no: number; abstain: number } {
  const tally = { yes: 0, no: 0, abstain: 0 };
  for (const ballot of Object.values(ballots)) {
    if (ballot.vote === "Y") tally.yes++;
    else if (ballot.vote === "N") tally.no++;
    else tally.abstain++;
  }
  return tally;
}

/** Decides by the rules already in the core: Art. 27 for the Council, Art. 18 and rule 86 for the Assembly. */
export function decideSessionVote(vote: SessionVote): VoteResult {
  const votes = vote.seats.map((seat) => ({ iso3: seat.iso3, vote: (vote.ballots[seat.iso3]?.vote ?? "NP") as VoteValue }));
  const names = Object.fromEntries(vote.seats.map((seat) => [seat.iso3, seat.name]));
  const ballots: VoteResult["ballots"] = {};
  for (const seat of vote.seats) {
    const ballot = vote.ballots[seat.iso3];
    ballots[seat.iso3] = ballot ? { vote: ballot.vote, by: ballot.by } : { vote: "NP", by: "none" };
  }
  switch (vote.body) {
    case "security-council": {
      const input = { members: vote.seats.map((seat) => ({ iso3: seat.iso3, permanent: seat.permanent })), required: vote.required, votes, names, year: vote.year };
      let decision: CouncilDecision;
      if (vote.kind === "referral") decision = decideReferralVote(input);
      else
        decision = decideCouncilVote({
          ...input,
          matter: vote.matter,
          pacificSettlement: vote.basis === "chapter-vi" ? "chapter-vi" : undefined,
          partiesToDispute: vote.parties,
        });
      const result: VoteResult = {
        outcome: decision.outcome,
        yes: decision.yes,
        no: decision.no,
        abstain: decision.abstain,
        notVoting: decision.notVoting,
        vetoedBy: decision.vetoedBy,
        statement: wordStatement(decision.statement, vote),
        ballots,
      };
      // The way on after a veto concerns a draft, not an amendment or a part of it.
      const path = describeUnitingForPeacePath(decision, { unMemberCount: countUnMembers() });
      if ((!vote.step || vote.step.kind === "draft") && path.kind === "emergency-special-session") result.wayOn = { kind: path.kind, required: path.referral.required, description: path.description };
      return result;
    }
    case "general-assembly": {
      const decision = decideAssemblyVote({ majority: vote.majority, votes, members: vote.seats.map((seat) => seat.iso3), names });
      return {
        outcome: decision.outcome,
        yes: decision.yes,
        no: decision.no,
        abstain: decision.abstain,
        notVoting: decision.notVoting,
        vetoedBy: [],
        statement: wordStatement(decision.statement, vote),
        ballots,
      };
    }
    default: {
      const unreachable: never = vote.body;
      throw new Error(`unhandled body ${String(unreachable)}`);
    }
  }
}

/**
 * The records say "The draft resolution was …"; a procedural motion is "The motion was …"; an item
 * of an amendment sequence "The amendment was …", "Operative paragraph 2 was retained …".
 */
function wordStatement(statement: string, vote: Pick<VoteSetup, "kind" | "step">): string {
  if (vote.step?.kind === "division") return restateForMotionForDivision(statement);
  if (vote.step) return restateForStep(statement, vote.step.kind, vote.step.label, vote.step.amended);
  const kind: VoteKind = vote.kind;
  switch (kind) {
    case "draft":
    case "referral":
      return statement;
    case "motion":
      return statement.replace(/^The draft resolution/, "The motion");
    default: {
      const unreachable: never = kind;
      throw new Error(`unhandled kind ${String(unreachable)}`);
    }
  }
}
