/**
 * The predictor's track record, as the back-test measured it (`npm run backtest -- --save` writes
 * generated/track-record.json): what the product tells a user about how far to trust a prediction.
 */
import type { BacktestYear } from "./backtest";
import type { EvidenceMode } from "./model";
import trackRecordFile from "./generated/track-record.json";

export type Share = { correct: number; total: number };

export type TrackRecord = {
  firstYear: number;
  lastYear: number;
  evidence: EvidenceMode;
  outcome: { model: Share; allYes: Share; topicMode: Share };
  contestedDrafts: number;
  contestedVotes: { model: Share; allYes: Share; topicMode: Share };
  vetoes: Share;
};

export function summarizeBacktest(results: BacktestYear[], evidence: EvidenceMode): TrackRecord {
  if (results.length === 0) throw new Error("summarizeBacktest needs at least one tested year");
  const sum = (pick: (row: BacktestYear) => number) => results.reduce((total, row) => total + pick(row), 0);
  const drafts = sum((row) => row.drafts);
  const contestedVotes = sum((row) => row.contestedVotes);
  return {
    firstYear: Math.min(...results.map((row) => row.year)),
    lastYear: Math.max(...results.map((row) => row.year)),
    evidence,
    outcome: {
      model: { correct: sum((row) => row.model.outcomeCorrect), total: drafts },
      allYes: { correct: sum((row) => row.allYes.outcomeCorrect), total: drafts },
      topicMode: { correct: sum((row) => row.topicMode.outcomeCorrect), total: drafts },
    },
    contestedDrafts: sum((row) => row.contestedDrafts),
    contestedVotes: {
      model: { correct: sum((row) => row.model.contestedVotesCorrect), total: contestedVotes },
      allYes: { correct: sum((row) => row.allYes.contestedVotesCorrect), total: contestedVotes },
      topicMode: { correct: sum((row) => row.topicMode.contestedVotesCorrect), total: contestedVotes },
    },
    vetoes: { correct: sum((row) => row.vetoerNamed), total: sum((row) => row.vetoedDrafts) },
  };
}

/** The shipped model's track record (2019–2023, rolling evidence). */
export function getTrackRecord(): TrackRecord {
  return trackRecordFile as TrackRecord;
}
