import { describe, expect, it } from "vitest";
import { applyFix } from "./apply-fix";
import { checkDraft } from "./checks";
import { council, assembly, codes, only } from "./checks.test-support";

describe("sponsors", () => {
  it("refuses a code that is not a State, and the fix removes it", () => {
    const draft = council({ sponsors: ["ALB", "EUU", "USA"] });
    const finding = only(draft, "sponsor-not-a-state");
    expect(finding.paragraph).toEqual({ section: "metadata", field: "sponsors", index: 1 });
    expect(finding.message).toContain("European Union");
    expect(applyFix(draft, finding).sponsors).toEqual(["ALB", "USA"]);
  });

  it("lists observer States with advice that they have no vote", () => {
    const found = checkDraft(council({ sponsors: ["VAT", "PSE"] }));
    expect(found.map((item) => [item.code, item.severity])).toEqual([
      ["sponsor-observer-state", "advice"],
      ["sponsor-observer-state", "advice"],
    ]);
    expect(found[1].message).toContain("State of Palestine");
  });

  it("warns of a sponsor listed twice and removes the repeat", () => {
    const draft = council({ sponsors: ["USA", "ALB", "USA"] });
    const finding = only(draft, "duplicate-sponsor");
    expect(finding.paragraph.index).toBe(2);
    expect(applyFix(draft, finding).sponsors).toEqual(["USA", "ALB"]);
  });
});

describe("symbol, date and title", () => {
  it.each(["S/2022/155", "S/2022/155/Rev.1"])("accepts the Council symbol %s", (symbol) => {
    expect(codes(council({ symbol, date: "2022-02-25" }))).toEqual([]);
  });

  it("warns of a symbol that is not S/YYYY/N", () => {
    expect(only(council({ symbol: "S-2022-155" }), "malformed-symbol").message).toContain("S/YYYY/N");
  });

  it("warns when the symbol's year is not the date's", () => {
    expect(only(council({ symbol: "S/2022/155", date: "2023-02-25" }), "symbol-year-mismatch").severity).toBe("warning");
  });

  it("accepts a symbol without a year before 1994 (S/3710, 1956) and checks the year only from 1994", () => {
    expect(codes(council({ symbol: "S/3710", date: "1956-10-30", sponsors: ["USA"] }))).toEqual([]);
    expect(only(council({ symbol: "S/1993/12", date: "1993-02-01", sponsors: ["USA"] }), "malformed-symbol").message).toContain("1994");
    expect(only(council({ symbol: "S/3710", date: "2022-02-25" }), "symbol-year-mismatch").message).toContain("S/YYYY/N");
  });

  it("advises that a draft tabled only by States not on the Council is voted at a member's request (rule 38)", () => {
    const finding = only(council({ sponsors: ["UKR", "POL"], date: "2022-02-25" }), "non-member-sponsors");
    expect(finding.severity).toBe("advice");
    expect(finding.message).toContain("rule 38");
    expect(codes(council({ sponsors: ["UKR", "USA"], date: "2022-02-25" }))).toEqual([]);
    expect(codes(council({ sponsors: ["UKR", "JPN"], date: "2023-02-25" }))).toEqual([]);
  });

  it("accepts Assembly symbols and refuses a Council one in an Assembly draft", () => {
    expect(codes(assembly({ symbol: "A/ES-11/L.1" }))).toEqual([]);
    expect(codes(assembly({ symbol: "A/C.3/76/L.12/Rev.1" }))).toEqual([]);
    expect(codes(assembly({ symbol: "S/2022/155" }))).toEqual(["malformed-symbol"]);
  });

  it("advises removing a title from a Council draft", () => {
    const draft = council({ title: "Aggression against Ukraine" });
    const finding = only(draft, "title-in-council-draft");
    const fixed = applyFix(draft, finding);
    expect("title" in fixed).toBe(false);
    expect(codes(fixed)).toEqual([]);
  });

  it("advises an Assembly draft to carry a title", () => {
    expect(codes(assembly({ title: undefined }))).toEqual(["missing-title"]);
  });
});
