import { describe, expect, it } from "vitest";
import type { CouncilSeat } from "./council-rules";
import { decidePreliminaryQuestion, PROCEDURAL_MATTERS } from "./preliminary-question";

// The Council of 1946, the year of the first "double veto" (Spanish question, 26 June 1946).
const COUNCIL_1946: CouncilSeat[] = ["AUS", "BRA", "CHN", "EGY", "FRA", "MEX", "NLD", "POL", "SUN", "GBR", "USA"].map((iso3) => ({
  iso3,
  permanent: ["CHN", "FRA", "GBR", "SUN", "USA"].includes(iso3),
}));
const NAMES = { SUN: "Union of Soviet Socialist Republics" };
const votes = (no: string[], abstain: string[] = []) =>
  COUNCIL_1946.map(({ iso3 }) => ({ iso3, vote: no.includes(iso3) ? "N" : abstain.includes(iso3) ? "A" : "Y" }));

describe("the preliminary question: is the matter procedural? (Four-Power Statement, II.2)", () => {
  it("a permanent member's no decides that the matter is not procedural: the double veto", () => {
    const result = decidePreliminaryQuestion({ members: COUNCIL_1946, required: 7, votes: votes(["SUN"], ["AUS"]), names: NAMES }, "SUN");
    expect(result.preliminary.outcome).toBe("vetoed");
    expect(result.matterDecidedAs).toBe("substantive");
    expect(result.explanation).toContain("double veto");
    expect(result.preliminary.statement).toContain("The proposal that the matter is procedural was not adopted, owing to the negative vote");
  });

  it("without a permanent member's no the matter stays procedural", () => {
    const result = decidePreliminaryQuestion({ members: COUNCIL_1946, required: 7, votes: votes([], ["SUN"]), names: NAMES }, "SUN");
    expect(result.matterDecidedAs).toBe("procedural");
  });

  it("a proposal short of the votes leaves the matter non-procedural too", () => {
    const result = decidePreliminaryQuestion({ members: COUNCIL_1946, required: 7, votes: votes(["AUS", "BRA", "EGY", "MEX", "NLD"]), names: NAMES }, "SUN");
    expect(result.preliminary.outcome).toBe("failed");
    expect(result.matterDecidedAs).toBe("substantive");
  });

  it("names what practice treats as procedural", () => {
    expect(PROCEDURAL_MATTERS.join("; ")).toMatch(/agenda.*rules 37 and 39.*adjournment.*emergency special session/);
  });
});
