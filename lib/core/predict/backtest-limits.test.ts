import { describe, expect, it } from "vitest";
import { formatLimitsTable, measureLimits, totalLimits } from "./backtest-limits";
import { getVoteRecord } from "./vote-record";

describe("the limits of the predictor on contested drafts", () => {
  // A short record (through 2004) keeps the fits small; the counts come from the record itself.
  const full = getVoteRecord();
  const record = { ...full, drafts: full.drafts.filter((draft) => draft.year <= 2004), lastYear: 2004 };
  const rows = measureLimits(record, [2003, 2004]);

  it("scores every vote cast on the drafts that divided the Council, split by whether sponsors are recorded", () => {
    for (const { backtest: row, inSampleCorrect } of rows) {
      const drafts = record.drafts.filter((draft) => draft.year === row.year);
      const contested = drafts.filter((draft) => draft.outcome !== "U");
      const votedOn = (list: typeof drafts) => list.reduce((sum, draft) => sum + draft.votes.filter((entry) => entry.vote !== "P").length, 0);
      const votes = votedOn(contested);
      expect(row.drafts).toBe(drafts.length);
      expect(row.draftsWithSponsors).toBe(drafts.filter((draft) => draft.sponsors.length > 0).length);
      expect(row.contestedDrafts).toBe(contested.length);
      expect(row.contestedVotes).toBe(votes);
      expect(row.contestedVotesWithSponsors).toBe(votedOn(contested.filter((draft) => draft.sponsors.length > 0)));
      for (const correct of [row.model.contestedVotesCorrect, row.divisionKnownCorrect, inSampleCorrect]) {
        expect(correct).toBeGreaterThan(0);
        expect(correct).toBeLessThanOrEqual(votes);
      }
      expect(row.divisionKnownWithSponsorsCorrect).toBeLessThanOrEqual(row.divisionKnownCorrect);
      expect(row.divisionKnownWithSponsorsCorrect).toBeLessThanOrEqual(row.contestedVotesWithSponsors);
    }
  });

  it("adds the years up and prints one line a year and one for all", () => {
    const total = totalLimits(rows);
    expect(total.backtest.contestedDrafts).toBe(rows[0].backtest.contestedDrafts + rows[1].backtest.contestedDrafts);
    expect(total.backtest.divisionKnownCorrect).toBe(rows[0].backtest.divisionKnownCorrect + rows[1].backtest.divisionKnownCorrect);
    expect(total.inSampleCorrect).toBe(rows[0].inSampleCorrect + rows[1].inSampleCorrect);
    const table = formatLimitsTable(rows).split("\n");
    expect(table).toHaveLength(2 + rows.length + 1);
    expect(table[2]).toMatch(/^\| 2003 \| /);
    expect(table.at(-1)).toMatch(/^\| \*\*all\*\* \| /);
  });
});
