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
  outcome: { model: Share; allYes: Share; topicMode: Share };
  contestedDrafts: number;
  contestedVotes: { model: Share; allYes: Share; topicMode: Share };
  vetoes: Share;
};

/** The shipped model's track record (2019–2023, rolling evidence). */
export function getTrackRecord(): TrackRecord {
  return trackRecordFile as TrackRecord;
}
