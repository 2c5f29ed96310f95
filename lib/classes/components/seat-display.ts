import { VOTE_DISPLAY } from "@/lib/simulate/vote-display";
import type { ClassView, ResultVote, VoteView } from "../view";

/** A seat's state during or after a vote: a vote, not yet voted, or hidden (the tally is secret until closing). */
export type SeatState = ResultVote | "pending" | "hidden";

export const SEAT_STATE_DISPLAY: Record<SeatState, { word: string; symbol: string; className: string }> = {
  ...VOTE_DISPLAY,
  pending: { word: "Not yet voted", symbol: "·", className: "vote-pending" },
  hidden: { word: "Tally hidden", symbol: "?", className: "vote-pending" },
};

export type ChamberSeat = {
  iso3: string;
  name: string;
  shortName: string;
  permanent: boolean;
  state: SeatState;
  /** Who cast it: a delegate, the prediction (bot) or the chair overriding a bot; null before a ballot. */
  by: "delegate" | "bot" | "chair" | "none" | null;
  isBot: boolean;
  isParty: boolean;
  delegateNames: string[];
};

/** The seats with their state in a vote (or with no vote: every seat pending). */
export function chamberSeats(view: ClassView, vote: VoteView | null): ChamberSeat[] {
  return view.seatList.map((seat) => {
    const result = vote?.result?.ballots[seat.iso3];
    const ballot = vote?.ballots?.[seat.iso3];
    let state: SeatState = "pending";
    let by: ChamberSeat["by"] = null;
    if (result) {
      state = result.vote;
      by = result.by;
    } else if (ballot) {
      state = ballot.vote;
      by = ballot.by;
    } else if (vote && vote.status === "open" && vote.ballots === null) {
      state = "hidden";
    } else if (vote && vote.status === "closed") {
      state = "NP";
      by = "none";
    }
    return {
      iso3: seat.iso3,
      name: seat.name,
      shortName: seat.shortName,
      permanent: seat.permanent,
      state,
      by,
      isBot: seat.delegates.length === 0,
      isParty: vote?.parties.includes(seat.iso3) ?? false,
      delegateNames: seat.delegates.map((delegate) => delegate.name),
    };
  });
}

export function byLabel(by: ChamberSeat["by"]): string {
  switch (by) {
    case "bot":
      return "bot vote";
    case "chair":
      return "set by the chair";
    case "delegate":
      return "delegate";
    case "none":
    case null:
      return "";
    default: {
      const unreachable: never = by;
      return unreachable;
    }
  }
}

/** The vote being held, else the last one closed. */
export function currentVote(view: ClassView): VoteView | null {
  const open = view.votes.find((vote) => vote.status === "open");
  if (open) return open;
  const closed = view.votes.filter((vote) => vote.status === "closed");
  return closed.length > 0 ? closed.reduce((latest, vote) => ((vote.closedAt ?? "") > (latest.closedAt ?? "") ? vote : latest)) : null;
}

export function organName(body: ClassView["body"]): string {
  return body === "security-council" ? "Security Council" : "General Assembly";
}
