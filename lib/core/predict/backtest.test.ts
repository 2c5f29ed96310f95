import { describe, expect, it } from "vitest";
import { formatBacktestTable, outcomeOfVotes, runBacktest } from "./backtest";
import { getVoteRecord } from "./vote-record";

describe("the back-test", () => {
  it("scores 2023 from the years before it, ahead of the every-member-votes-yes baseline on outcomes", () => {
    const [year] = runBacktest(getVoteRecord(), [2023]);
    expect(year.drafts).toBe(65);
    expect(year.model.outcomeCorrect).toBeGreaterThan(year.allYes.outcomeCorrect);
    // "All yes" puts all its weight on adoption: its Brier score is twice the share of drafts not adopted.
    const allYesBrier = (2 * (year.drafts - year.allYes.outcomeCorrect)) / year.drafts;
    expect(year.outcomeBrier).toBeLessThan(allYesBrier);
    const table = formatBacktestTable([year]);
    expect(table).toContain("| 2023 | 65 | 30 |");
    console.log(table);
  });

  it("applies Charter Art. 27: a permanent member's N is a veto only on substance", () => {
    const votes = [...Array.from({ length: 11 }, (_, index) => ({ iso3: `E${index}`, vote: "Y" })), { iso3: "RUS", vote: "N" }];
    expect(outcomeOfVotes(votes, 9, false)).toBe("vetoed");
    expect(outcomeOfVotes(votes, 9, true)).toBe("adopted");
    expect(outcomeOfVotes(votes.slice(3), 9, false)).toBe("failed");
  });
});
