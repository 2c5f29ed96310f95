import { describe, expect, it } from "vitest";
import { formatUnDate } from "./un-date";

describe("formatUnDate", () => {
  it("writes the day without a leading zero and the month in full", () => {
    expect(formatUnDate("2022-02-25")).toBe("25 February 2022");
    expect(formatUnDate("2016-12-03")).toBe("3 December 2016");
  });

  it("refuses what is not a YYYY-MM-DD date", () => {
    expect(formatUnDate("25/02/2022")).toBeUndefined();
    expect(formatUnDate("2022-13-01")).toBeUndefined();
  });
});
