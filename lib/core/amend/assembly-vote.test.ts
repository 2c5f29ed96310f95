import { describe, expect, it } from "vitest";
import { decideAssemblyStep, describeAssemblySequenceMajority, type AssemblyStepInput } from "./assembly-vote";
import { decideMotionForDivision } from "./division";

// A/ES-11/L.1 (2 March 2022), the Assembly's resolution ES-11/1 on the aggression against Ukraine: 141 to 5, with 35 abstentions.
const step = (overrides: Partial<AssemblyStepInput>): AssemblyStepInput => ({
  vote: { mode: "recorded", yes: 0, no: 0, abstain: 0 },
  majority: "two-thirds",
  year: 2022,
  kind: "amendment",
  label: "Amendment A1 (Operative paragraph 6)",
  amended: false,
  ...overrides,
});

describe("an Assembly sequence decided by the counts (Charter Art. 18, GA rules 83–86, 95)", () => {
  it("on an important question, an amendment fails without two-thirds of the Members present and voting (rule 84), whatever the abstentions", () => {
    const result = decideAssemblyStep(step({ vote: { mode: "recorded", yes: 100, no: 60, abstain: 20 } }));
    expect(result).toEqual({
      ok: true,
      decision: {
        itemOutcome: "rejected",
        majority: "two-thirds",
        isWithoutVote: false,
        yes: 100,
        no: 60,
        abstain: 20,
        required: 120,
        statement: "The amendment was not adopted, having failed to obtain the required two-thirds majority of the members present and voting (100 in favour, 60 against; 120 in favour required).",
      },
    });
  });

  it("the same 100 to 60 carries an amendment on a simple majority, and a part is retained", () => {
    expect(decideAssemblyStep(step({ majority: "simple", vote: { mode: "recorded", yes: 100, no: 60, abstain: 20 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "adopted", required: 61, statement: "The amendment was adopted by a recorded vote of 100 to 60, with 20 abstentions." },
    });
    expect(decideAssemblyStep(step({ kind: "part", label: "Operative paragraph 4", vote: { mode: "recorded", yes: 120, no: 50, abstain: 10 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "adopted", statement: "Operative paragraph 4 was retained by a recorded vote of 120 to 50, with 10 abstentions." },
    });
  });

  it("the draft as amended passes two-thirds at 120 to 50 (100 needed), and ES-11/1's own count", () => {
    expect(decideAssemblyStep(step({ kind: "draft", label: "The draft resolution", amended: true, vote: { mode: "recorded", yes: 120, no: 50, abstain: 10 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "adopted", required: 100, statement: "The draft resolution, as amended, was adopted by a recorded vote of 120 to 50, with 10 abstentions." },
    });
    expect(decideAssemblyStep(step({ kind: "draft", label: "The draft resolution", vote: { mode: "recorded", yes: 141, no: 5, abstain: 35 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "adopted", statement: "The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions." },
    });
  });

  it("a tie rejects (rule 95), on either majority; a simple-majority rejection reads as the records do", () => {
    expect(decideAssemblyStep(step({ majority: "simple", vote: { mode: "recorded", yes: 70, no: 70, abstain: 40 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "rejected", statement: "The amendment was rejected, the vote being equally divided (70 in favour, 70 against)." },
    });
    expect(decideAssemblyStep(step({ vote: { mode: "recorded", yes: 70, no: 70, abstain: 0 } }))).toMatchObject({ ok: true, decision: { itemOutcome: "rejected" } });
    expect(decideAssemblyStep(step({ majority: "simple", vote: { mode: "recorded", yes: 40, no: 60, abstain: 20 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "rejected", statement: "The amendment was rejected by a recorded vote of 40 to 60, with 20 abstentions." },
    });
    expect(decideAssemblyStep(step({ kind: "part", label: "Operative paragraph 4", majority: "simple", vote: { mode: "recorded", yes: 40, no: 60, abstain: 20 } }))).toMatchObject({
      ok: true,
      decision: { itemOutcome: "rejected", statement: "Operative paragraph 4 was not retained by a recorded vote of 40 to 60, with 20 abstentions." },
    });
  });

  it("adopted without a vote: nobody is counted, whatever the majority", () => {
    expect(decideAssemblyStep(step({ vote: { mode: "without-a-vote" } }))).toEqual({
      ok: true,
      decision: { itemOutcome: "adopted", majority: "two-thirds", isWithoutVote: true, yes: 0, no: 0, abstain: 0, required: null, statement: "The amendment was adopted without a vote." },
    });
    expect(decideAssemblyStep(step({ kind: "draft", label: "", amended: true, majority: "simple", vote: { mode: "without-a-vote" } }))).toMatchObject({
      ok: true,
      decision: { statement: "The draft resolution, as amended, was adopted without a vote." },
    });
  });

  it("refuses counts that are not whole numbers, or more votes than the Assembly of the year had Members", () => {
    expect(decideAssemblyStep(step({ vote: { mode: "recorded", yes: 1.5, no: 0, abstain: 0 } }))).toEqual({ ok: false, message: "The number of Members in favour must be a whole number, 0 or more" });
    expect(decideAssemblyStep(step({ vote: { mode: "recorded", yes: 1, no: -2, abstain: 0 } }))).toEqual({ ok: false, message: "The number of Members against must be a whole number, 0 or more" });
    expect(decideAssemblyStep(step({ vote: { mode: "recorded", yes: 1, no: 0, abstain: Number.NaN } }))).toEqual({ ok: false, message: "The number of Members abstaining must be a whole number, 0 or more" });
    // 193 Members in 2022 (South Sudan the last admitted, 2011); about 150 in 1980.
    expect(decideAssemblyStep(step({ vote: { mode: "recorded", yes: 150, no: 40, abstain: 3 } }))).toMatchObject({ ok: true });
    expect(decideAssemblyStep(step({ vote: { mode: "recorded", yes: 150, no: 40, abstain: 4 } }))).toEqual({ ok: false, message: "194 votes were counted, but the Assembly of 2022 has 193 Members" });
    expect(decideAssemblyStep(step({ year: 1980, vote: { mode: "recorded", yes: 150, no: 10, abstain: 0 } }))).toMatchObject({ ok: false, message: expect.stringMatching(/^160 votes were counted, but the Assembly of 1980 has 15\d Members$/) });
  });

  it("the motion for division is still decided by a simple majority of today's Members, on the same counting rule", () => {
    expect(decideMotionForDivision({ yes: 70, no: 55, abstain: 30 })).toMatchObject({ ok: true, decision: { outcome: "adopted" } });
    expect(decideMotionForDivision({ yes: 1.5, no: 0, abstain: 0 })).toEqual({ ok: false, message: "The number of Members in favour must be a whole number, 0 or more" });
  });

  it("the motion for division on a draft of 1980 is counted against the Assembly of 1980, as its amendments are", () => {
    const counts = { yes: 150, no: 10, abstain: 0 };
    const amendment = decideAssemblyStep(step({ year: 1980, vote: { mode: "recorded", ...counts } }));
    const motion = decideMotionForDivision(counts, 1980);
    expect(motion).toMatchObject({ ok: false, message: expect.stringMatching(/^160 votes were counted, but the Assembly of 1980 has 15\d Members$/) });
    expect(motion).toEqual(amendment);
    expect(decideMotionForDivision({ yes: 100, no: 40, abstain: 10 }, 1980)).toMatchObject({ ok: true, decision: { outcome: "adopted", statement: "The motion for division was adopted by a recorded vote of 100 to 40, with 10 abstentions." } });
  });

  it("says which majority decides the amendments", () => {
    expect(describeAssemblySequenceMajority("two-thirds")).toMatch(/each amendment to it and each part voted separately are decided by two-thirds/);
    expect(describeAssemblySequenceMajority("simple")).toMatch(/^A simple majority of the Members present and voting/);
  });
});
