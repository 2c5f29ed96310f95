import { describe, expect, it } from "vitest";
import { emptyCalibration, summarizeBacktest, type BacktestYear } from "./backtest";
import { getTrackRecord } from "./track-record";
import { getVoteRecord } from "./vote-record";

const scores = (outcome: number, contested: number) => ({ outcomeCorrect: outcome, contestedVotesCorrect: contested, votesCorrect: 0 });

function year(value: number, overrides: Partial<BacktestYear>): BacktestYear {
  return {
    year: value, drafts: 10, draftsWithSponsors: 4, contestedDrafts: 2, contestedVotes: 30, contestedVotesWithSponsors: 15, divisionKnownCorrect: 26, divisionKnownWithSponsorsCorrect: 13, votes: 150, vetoedDrafts: 1, vetoerNamed: 1, memberLogLoss: 0.3, outcomeBrier: 0.2,
    memberBrier: 0.1, naiveBayesBrier: 0.12, calibration: emptyCalibration(),
    dissentThreshold: 2, model: scores(9, 25), allYes: scores(8, 20), topicMode: scores(7, 21), naiveBayes: scores(8, 22), ceiling: scores(10, 30), ...overrides,
  };
}

describe("the track record", () => {
  it("adds the tested years up", () => {
    const record = summarizeBacktest([year(2022, {}), year(2023, { drafts: 20, vetoedDrafts: 2, vetoerNamed: 1, model: scores(15, 20) })], "rolling");
    expect(record).toMatchObject({
      firstYear: 2022,
      lastYear: 2023,
      evidence: "rolling",
      outcome: { model: { correct: 24, total: 30 }, allYes: { correct: 16, total: 30 } },
      contestedDrafts: 4,
      contestedVotes: { model: { correct: 45, total: 60 }, topicMode: { correct: 42, total: 60 }, naiveBayes: { correct: 44, total: 60 } },
      vetoes: { correct: 2, total: 3 },
    });
    expect(() => summarizeBacktest([], "rolling")).toThrow(/at least one/);
  });

  it("ships the figures of a back-test over the record's own drafts", () => {
    const shipped = getTrackRecord();
    const drafts = getVoteRecord().drafts.filter((draft) => draft.year >= shipped.firstYear && draft.year <= shipped.lastYear);
    expect(shipped.outcome.model.total).toBe(drafts.length);
    expect(shipped.contestedDrafts).toBe(drafts.filter((draft) => draft.outcome !== "U").length);
    expect(shipped.vetoes.total).toBe(drafts.filter((draft) => draft.outcome === "V").length);
    // "All yes" is right exactly on the drafts adopted.
    expect(shipped.outcome.allYes.correct).toBe(drafts.filter((draft) => draft.outcome === "U" || draft.outcome === "M").length);
    // The reliability diagram counts each recorded vote's three probabilities once.
    const votes = drafts.reduce((sum, draft) => sum + draft.votes.filter((entry) => entry.vote !== "P").length, 0);
    expect(shipped.calibration!.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(3 * votes);
    expect(shipped.outcome.naiveBayes!.total).toBe(drafts.length);
    expect(shipped.contestedVotes.allYes.correct).toBe(
      drafts.filter((draft) => draft.outcome !== "U").reduce((sum, draft) => sum + draft.votes.filter((entry) => entry.vote === "Y").length, 0),
    );
  });
});
