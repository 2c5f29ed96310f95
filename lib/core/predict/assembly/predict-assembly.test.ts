import { describe, expect, it } from "vitest";
import { listClassSeats } from "../../classroom/seats";
import { AssemblyPredictionError, predictAssemblyDraft } from "./predict-assembly";
import { readAssemblyIssues } from "./assembly-record";

describe("the General Assembly predictor", () => {
  it("predicts every Member of the year, keyed by ISO3, with odds that sum to 1 and the odds of adoption", () => {
    const prediction = predictAssemblyDraft({ id: "a", body: "general-assembly", date: "2019-12-18", issue: "human rights", majority: "simple" });
    const seats = listClassSeats("general-assembly", 2019).map((seat) => seat.iso3).sort();
    expect(Object.keys(prediction.members).sort()).toEqual(seats);
    expect(seats.length).toBe(193);
    for (const odds of Object.values(prediction.members)) expect(odds.Y + odds.N + odds.A + odds.X).toBeCloseTo(1, 3);
    expect(prediction.outcome.adopted + prediction.outcome.failed).toBeCloseTo(1, 3);
    expect(prediction.issues).toEqual(["human-rights"]);
  });

  it("reads the Palestinian question as the United States' and Israel's no, the sponsors' yes", () => {
    const prediction = predictAssemblyDraft({ id: "p", body: "general-assembly", date: "2019-11-01", issue: "Palestinian conflict", sponsors: ["EGY"] });
    expect(prediction.mostLikely.ISR).toBe("N");
    expect(prediction.mostLikely.USA).toBe("N");
    expect(prediction.mostLikely.EGY).toBe("Y");
    expect(prediction.reasons.EGY).toEqual(["it sponsors the draft"]);
    expect(prediction.reasons.ISR.join(" ")).toMatch(/no on \d+ % of the \d+ recorded votes on palestinian conflict since 201\d/);
    expect(prediction.outcome.adopted).toBeGreaterThan(0.9);
  });

  it("reads only the votes before a dated draft's date", () => {
    const dated = predictAssemblyDraft({ id: "d", body: "general-assembly", date: "2016-01-05", issue: "nuclear" });
    expect(dated.lastVoteRead! < "2016-01-05").toBe(true);
    const today = predictAssemblyDraft({ id: "d", body: "general-assembly", date: "2016-01-05", issue: "nuclear", evidence: "everything" });
    expect(today.lastVoteRead! > "2019-01-01").toBe(true);
  });

  it("needs two-thirds to be harder to reach than a simple majority", () => {
    const base = { id: "m", body: "general-assembly", date: "2018-12-01", issue: "nuclear", sponsors: ["USA"] } as const;
    const simple = predictAssemblyDraft({ ...base, majority: "simple" });
    const twoThirds = predictAssemblyDraft({ ...base, majority: "two-thirds" });
    expect(twoThirds.outcome.adopted).toBeLessThanOrEqual(simple.outcome.adopted);
  });

  it("refuses bad input with a clear message", () => {
    expect(() => predictAssemblyDraft({ id: "x", body: "general-assembly", date: "2019-01-01", majority: "unanimous" })).toThrow(AssemblyPredictionError);
    expect(() => predictAssemblyDraft({ id: "x", body: "general-assembly", date: "2019-01-01", sponsors: ["Atlantis"] })).toThrow(/unknown sponsor "Atlantis"/);
    expect(() => predictAssemblyDraft({ id: "x", body: "general-assembly", date: "1900-01-01" })).toThrow(/outside/);
  });

  it("reads a draft on Ukraine from the votes on Ukraine, the key vote of 2 March 2022 only after that date", () => {
    const base = { body: "general-assembly", issue: "Territorial integrity of Ukraine", sponsors: ["UKR"], majority: "two-thirds" } as const;
    const after = predictAssemblyDraft({ ...base, id: "u1", date: "2023-02-23" });
    expect(after.issues).toContain("ukraine");
    // A/RES/ES-11/1: Russia, Belarus, Syria, Eritrea and the DPRK against; China and India abstaining.
    for (const iso3 of ["RUS", "BLR", "SYR", "PRK"]) expect(after.mostLikely[iso3]).toBe("N");
    expect(after.mostLikely.CHN).toBe("A");
    expect(after.mostLikely.POL).toBe("Y");
    expect(after.reasons.IND.join(" ")).toMatch(/abstained on A\/RES\/ES-11\/1 of 2 March 2022/);
    expect(after.reasons.RUS.join(" ")).toMatch(/voted no on A\/RES\/ES-11\/1 of 2 March 2022 \(Aggression against Ukraine\)/);
    // Dated the day of that vote, the prediction cannot know it: its latest vote on Ukraine is older.
    const before = predictAssemblyDraft({ ...base, id: "u0", date: "2022-03-02" });
    expect(JSON.stringify(before.reasons)).not.toContain("ES-11/1");
    expect(before.reasons.RUS.join(" ")).toMatch(/on A\/RES\/74\/168 of 18 December 2019|on A\/RES\/\d+\/\d+ of/);
    // Before any vote on Crimea (2014's vote is the first), nothing on Ukraine is cited.
    const early = predictAssemblyDraft({ ...base, id: "u-early", date: "2014-03-01" });
    expect(JSON.stringify(early.reasons)).not.toMatch(/latest recorded vote on this conflict/);
    expect(after.outcome.adopted).toBeGreaterThan(0.9);
  });

  it("reads issues from words of a title", () => {
    expect(readAssemblyIssues("Treaty on the Prohibition of Nuclear Weapons")).toEqual(expect.arrayContaining(["nuclear", "disarmament"]));
    expect(readAssemblyIssues("The right of the Palestinian people to self-determination")).toEqual(expect.arrayContaining(["palestine", "colonialism"]));
  });
});
