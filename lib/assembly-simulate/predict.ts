import "server-only";
import { AssemblyPredictionError, predictAssemblyBoard, type AssemblyVote } from "@/lib/core/predict/assembly/predict-assembly";
import type { VoteValue } from "@/lib/core/vote/vote-value";
import type { AssemblyDraft } from "./data";
import type { AssemblyPredictionRequest } from "./schema";

/**
 * What the board needs of a prediction: each Member's vote on a board whose counts are the
 * expected counts (`board`), the probability of that vote, its likeliest vote and one short reason.
 */
export type AssemblyBoardPrediction = {
  year: number;
  board: Record<string, VoteValue>;
  /** The probability of the vote on `board`. */
  confidence: Record<string, number>;
  mostLikely: Record<string, VoteValue>;
  reasons: Record<string, string>;
  adoptedProbability: number;
  expected: { yes: number; no: number; abstain: number; absent: number };
  lastVoteRead: string | null;
};

/** The predictor says X for absent; the rules count it as not voting (GA rules of procedure, rule 86). */
function toVoteValue(vote: AssemblyVote): VoteValue {
  return vote === "X" ? "NP" : vote;
}

export { AssemblyPredictionError };

/**
 * Every Member's vote predicted from the Assembly's record (`predictAssemblyBoard`), on the draft
 * (its title, agenda item and sponsors) or on the description sent. Throws AssemblyPredictionError
 * with a message for the user when the request cannot be predicted.
 */
export function predictForBoard(request: AssemblyPredictionRequest, draft: AssemblyDraft | null): AssemblyBoardPrediction {
  const date = request.date ?? draft?.date ?? `${request.year}-12-31`;
  const title = (draft ? draft.title || draft.label : request.title).slice(0, 500);
  const prediction = predictAssemblyBoard({
    id: draft?.id ?? "assembly-simulation",
    body: "general-assembly",
    date: Number(date.slice(0, 4)) === request.year ? date : `${request.year}-12-31`,
    ...(title ? { title } : {}),
    ...(draft?.agendaItem ? { issue: draft.agendaItem.slice(0, 500) } : {}),
    sponsors: draft ? draft.sponsors : request.sponsors,
    majority: request.majority,
  });
  const board: Record<string, VoteValue> = {};
  const confidence: Record<string, number> = {};
  const mostLikely: Record<string, VoteValue> = {};
  const reasons: Record<string, string> = {};
  for (const [iso3, vote] of Object.entries(prediction.board)) {
    board[iso3] = toVoteValue(vote);
    confidence[iso3] = prediction.members[iso3][vote];
    mostLikely[iso3] = toVoteValue(prediction.mostLikely[iso3]);
    reasons[iso3] = prediction.reasons[iso3]?.[0] ?? "";
  }
  return {
    year: prediction.year,
    board,
    confidence,
    mostLikely,
    reasons,
    adoptedProbability: prediction.outcome.adopted,
    expected: { yes: prediction.expected.Y, no: prediction.expected.N, abstain: prediction.expected.A, absent: prediction.expected.X },
    lastVoteRead: prediction.lastVoteRead,
  };
}
