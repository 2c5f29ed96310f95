import { describe, expect, it } from "vitest";
import { formatLimitsTable, measureLimits, totalLimits } from "./backtest-limits";
import { getVoteRecord } from "./vote-record";

describe("the limits of the predictor on contested drafts", () => {
  // A short record (through 2004) keeps the fits small; the counts come from the record itself.
  const full = getVoteRecord();
  const record = { ...full, drafts: full.drafts.filter((draft) => draft.year <= 2004), lastYear: 2004 };
  const rows = measureLimits(record, [2003, 2004]);

  it("scores every vote cast on the drafts that divided the Council, split by whether sponsors are recorded", () => {
    for (const row of rows) {
      const drafts = record.drafts.filter((draft) => draft.year === row.year);
      const contested = drafts.filter((draft) => draft.outcome !== "U");
      const votes = contested.reduce((sum, draft) => sum + draft.votes.filter((entry) => entry.vote !== "P").length, 0);
      expect(row.drafts).toBe(drafts.length);
      expect(row.draftsWithSponsors).toBe(drafts.filter((draft) => draft.sponsors.length > 0).length);
      expect(row.contestedDrafts).toBe(contested.length);
      for (const tally of [row.model, row.divisionKnown, row.inSample]) {
        expect(tally.votes).toBe(votes);
        expect(tally.correct).toBeGreaterThan(0);
        expect(tally.correct).toBeLessThanOrEqual(votes);
      }
      expect(row.divisionKnownWithSponsors.votes + row.divisionKnownWithoutSponsors.votes).toBe(votes);
      expect(row.divisionKnownWithSponsors.correct + row.divisionKnownWithoutSponsors.correct).toBe(row.divisionKnown.correct);
    }
  });

  it("adds the years up and prints one line a year and one for all", () => {
    const total = totalLimits(rows);
    expect(total.contestedDrafts).toBe(rows[0].contestedDrafts + rows[1].contestedDrafts);
    expect(total.inSample.correct).toBe(rows[0].inSample.correct + rows[1].inSample.correct);
    const table = formatLimitsTable(rows).split("\n");
    expect(table).toHaveLength(2 + rows.length + 1);
    expect(table[2]).toMatch(/^\| 2003 \| /);
    expect(table.at(-1)).toMatch(/^\| \*\*all\*\* \| /);
  });
});
