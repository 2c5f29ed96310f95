/**
 * The predictor's track record, as the back-test measured it (`npm run backtest -- --save` writes
 * generated/track-record.json): what the product tells a user about how far to trust a prediction.
 * Only figures and types here, so the simulator's panel loads these and not the model.
 */
import type { EvidenceMode } from "./model";
import trackRecordFile from "./generated/track-record.json";

export type Share = { correct: number; total: number };

export type TrackRecord = {
  firstYear: number;
  lastYear: number;
  evidence: EvidenceMode;
  /** `naiveBayes` is absent from a track record saved before that baseline existed. */
  outcome: { model: Share; allYes: Share; topicMode: Share; naiveBayes?: Share };
  contestedDrafts: number;
  contestedVotes: { model: Share; allYes: Share; topicMode: Share; naiveBayes?: Share };
  vetoes: Share;
  /**
   * How far the member-vote odds can be taken at their word: each predicted probability (of Y, of
   * N, of A) binned, against how often that vote was cast; Brier scores and the expected
   * calibration error. The reliability diagram of "How reliable is this?" is drawn from `bins`.
   * Absent from a track record saved before the back-test measured it.
   */
  calibration?: {
    memberBrier: number;
    naiveBayesBrier: number;
    outcomeBrier: number;
    expectedCalibrationError: number;
    bins: { from: number; to: number; count: number; predicted: number | null; observed: number | null }[];
  };
};

/** The shipped model's track record (2019–2023, rolling evidence). */
export function getTrackRecord(): TrackRecord {
  return trackRecordFile as TrackRecord;
}
