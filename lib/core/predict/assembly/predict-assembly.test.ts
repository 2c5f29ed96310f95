import { describe, expect, it } from "vitest";
import { listClassSeats } from "../../classroom/seats";
import { addNeighbourEvidence, AssemblyPredictionError, collectAssemblyEvidence, loadAssemblyModel, oddsFromEvidence, predictAssemblyDraft } from "./predict-assembly";
import { decodeAssemblyRecord, issueMaskOf, readAssemblyIssues, type AssemblyRecordFile } from "./assembly-record";

const NUCLEAR = issueMaskOf(["nuclear"]);
/**
 * A small record: on twenty nuclear votes of 2010 eleven Western Members vote yes and eleven others no;
 * South Sudan (admitted 2011) has voted yes on every other vote since, never on a nuclear one.
 * Its ideal point sits among the no camp's in 2012 and among the yes camp's in 2013.
 */
const YES_CAMP = ["FRA", "DEU", "ITA", "ESP", "NLD", "BEL", "AUT", "SWE", "NOR", "DNK", "FIN"];
const NO_CAMP = ["RUS", "CHN", "BLR", "CUB", "IRN", "SYR", "PRK", "VEN", "NIC", "BOL", "LAO"];
function neighbourRecord(): AssemblyRecordFile {
  const members = [...YES_CAMP, ...NO_CAMP, "SSD"];
  const nuclear = (date: string, index: number): [string, string, string, number, string] => [date, `R/65/${index}`, "Nuclear disarmament", NUCLEAR, "Y".repeat(11) + "N".repeat(11) + "."];
  const other = (date: string, index: number): [string, string, string, number, string] => [date, `R/67/${index}`, "Other business", 0, "Y".repeat(23)];
  const steady = (point: number) => [point, point, point, point, point];
  return {
    source: "test",
    members,
    firstYear: 2010,
    idealPoints: {
      ...Object.fromEntries(YES_CAMP.map((iso3, index) => [iso3, steady(1 + index * 0.05)])),
      ...Object.fromEntries(NO_CAMP.map((iso3, index) => [iso3, steady(-1 - index * 0.05)])),
      SSD: [null, null, -1.02, 1.03, 1.03],
    },
    rollCalls: [...Array.from({ length: 20 }, (_, index) => nuclear(`2010-11-${String(index + 1).padStart(2, "0")}`, index)), other("2012-11-01", 1), other("2012-11-02", 2), other("2012-11-03", 3), other("2013-11-01", 4)],
  };
}

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

  it("gives a Member without votes on the issue the votes of its nearest Members by ideal point, and says so", () => {
    const model = loadAssemblyModel(decodeAssemblyRecord(neighbourRecord()));
    const members = model.record.members;
    const evidence = collectAssemblyEvidence(model, members, model.record.rollCalls.length, 2013, NUCLEAR, []);
    const alone = oddsFromEvidence(evidence[22], false);
    addNeighbourEvidence(model, members, evidence, NUCLEAR, 2012, 3);
    expect(evidence[22].neighbours?.iso3).toEqual(["RUS", "CHN", "BLR"]);
    // Alone, its yes on everything else stands in; beside its neighbours, it votes no as they did.
    expect(alone.Y).toBeGreaterThan(0.5);
    expect(oddsFromEvidence(evidence[22]).N).toBeGreaterThan(0.5);
    // A Member with its own record on the issue keeps to it.
    expect(oddsFromEvidence(evidence[0]).Y).toBeGreaterThan(0.5);

    const prediction = predictAssemblyDraft({ id: "n", body: "general-assembly", date: "2013-12-01", issue: "nuclear" }, model);
    expect(prediction.mostLikely.SSD).toBe("N");
    expect(prediction.reasons.SSD.join(" ")).toMatch(/no recorded votes of its own on nuclear weapons and nuclear material: the 10 Members nearest to its ideal point of 2012 \(Russian Federation, China, Belarus…\) stand in, having voted no on 100 % of theirs/);
    // France's own votes decide it.
    expect(prediction.mostLikely.FRA).toBe("Y");
  });

  it("reads the ideal points of the year before the draft's only", () => {
    const model = loadAssemblyModel(decodeAssemblyRecord(neighbourRecord()));
    // In 2013 South Sudan's ideal point is by France's: a draft of 2013 cannot know it, one of 2014 does.
    const in2013 = predictAssemblyDraft({ id: "n", body: "general-assembly", date: "2013-12-01", issue: "nuclear" }, model);
    const in2014 = predictAssemblyDraft({ id: "n", body: "general-assembly", date: "2014-12-01", issue: "nuclear" }, model);
    expect(in2013.members.SSD.N).toBeGreaterThan(in2014.members.SSD.N);
    expect(in2014.mostLikely.SSD).toBe("Y");
    expect(in2014.reasons.SSD.join(" ")).toMatch(/the 10 Members nearest to its ideal point of 2013 \(Germany, France, Italy…\) stand in, having voted yes on 100 % of theirs/);
    expect(in2013.reasons.SSD.join(" ")).toMatch(/ideal point of 2012 \(Russian Federation/);
  });

  it("does not read neighbours on a draft about Ukraine, where each Member's own votes on it decide", () => {
    const model = loadAssemblyModel(decodeAssemblyRecord(neighbourRecord()));
    const members = model.record.members;
    const evidence = collectAssemblyEvidence(model, members, model.record.rollCalls.length, 2013, issueMaskOf(["ukraine"]), []);
    addNeighbourEvidence(model, members, evidence, issueMaskOf(["ukraine"]), 2012);
    expect(evidence.every((member) => member.neighbours === undefined)).toBe(true);
  });
});
