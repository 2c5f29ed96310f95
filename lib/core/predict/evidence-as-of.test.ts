import { describe, expect, it } from "vitest";
import { getCouncil } from "../un/council";
import { addDrafts, addYear, createEvidence, getCounts, groupByYear, openYear } from "./evidence";
import { buildDatedIndex, countsOf, evidenceBefore } from "./evidence-as-of";
import { computeDraftFeatures, computeFeatures, findRenewal, queryFromRecordedDraft } from "./features";
import { computeCaseVote, weighCases } from "./cases";
import { descriptorForVote, getPredictionModel, predictDraft } from "./predict-vote";
import { getVoteRecord } from "./vote-record";

const record = getVoteRecord();
const ukraineJanuary2022 = {
  id: "ukraine-january-2022",
  date: "2022-01-10",
  agendaItem: "Ukraine",
  sponsors: ["United States", "Albania"],
};

/** The evidence as the rolling back-test builds it for a draft of `date`: every earlier date, nothing else. */
function buildRollingEvidence(date: string) {
  const decay = getPredictionModel().parameters.decay;
  const evidence = createEvidence(record, decay, record.firstYear);
  const byYear = groupByYear(record.drafts);
  const year = Number(date.slice(0, 4));
  for (let current = record.firstYear; current < year; current++) addYear(evidence, current, byYear.get(current) ?? []);
  const earlier = (byYear.get(year) ?? []).filter((draft) => draft.date < date);
  if (earlier.length > 0) {
    openYear(evidence, year);
    addDrafts(evidence, earlier);
  }
  return evidence;
}

describe("a prediction as of the draft's date", () => {
  it("reads no vote from on or after the date of a draft dated 10 January 2022 (S/2022/160 of 27 February 2022 was later)", () => {
    const prediction = predictDraft(ukraineJanuary2022);
    expect(prediction.evidenceBefore).toBe("2022-01-10");
    expect(prediction.lastVoteRead! < "2022-01-10").toBe(true);
    const reasons = Object.values(prediction.reasons).flat();
    expect(reasons.join("\n")).not.toMatch(/S\/2022\//);
    expect(reasons.join("\n")).not.toMatch(/since 2022|in 2022|2022-0[2-9]/);
    // Russia's recorded votes on the Ukraine item before 2022: against 2 of 3 (S/2014/189, S/2022/… not yet).
    expect(prediction.reasons.RUS.join("\n")).toMatch(/voted against 2 of the 3 drafts on "Letter dated 28 February 2014/);
  });

  it("reads the whole record when asked to use everything known today, and then cites the later vote", () => {
    const today = predictDraft({ ...ukraineJanuary2022, evidence: "everything" });
    expect(today.evidenceBefore).toBeNull();
    expect(today.reasons.RUS.join("\n")).toMatch(/S\/2022\/160 of 2022-02-27/);
    const asOf = predictDraft(ukraineJanuary2022);
    // The later vetoes weigh in today's odds, not in those of the day.
    expect(today.members.RUS.N).toBeGreaterThan(asOf.members.RUS.N);
  });

  it("gives every member of that day's Council the same features the rolling back-test gave them on S/2022/160", () => {
    const draft = record.drafts.find((entry) => entry.symbol === "S/2022/160")!;
    const model = getPredictionModel();
    const index = buildDatedIndex(model.evidence, record.drafts, model.parameters.trainedThrough);
    const view = evidenceBefore(index, model.evidence, draft.date);
    const built = buildRollingEvidence(draft.date);
    const query = queryFromRecordedDraft(draft);
    expect(view.nextYear).toBe(built.nextYear);
    expect(view.contested).toEqual(built.contested);
    const renewals = findRenewal(view, query);
    expect(renewals).toEqual(findRenewal(built, query));
    const draftFromBuilt = computeDraftFeatures(built, query, renewals);
    computeDraftFeatures(view, query, renewals).forEach((value, feature) => expect(value).toBeCloseTo(draftFromBuilt[feature], 9));
    const casesFromView = weighCases(view, query);
    const casesFromBuilt = weighCases(built, query);
    for (const member of getCouncil(2022)!.members) {
      const fromView = computeFeatures(view, query, member.iso3, renewals).x;
      const fromBuilt = computeFeatures(built, query, member.iso3, renewals).x;
      fromView.forEach((value, feature) => expect(value).toBeCloseTo(fromBuilt[feature], 9));
      const caseFromView = computeCaseVote(view, query, member.iso3, casesFromView);
      const caseFromBuilt = computeCaseVote(built, query, member.iso3, casesFromBuilt);
      expect(caseFromView.best?.draft.symbol).toBe(caseFromBuilt.best?.draft.symbol);
      for (const vote of ["Y", "N", "A"] as const) expect(caseFromView.distribution[vote]).toBeCloseTo(caseFromBuilt.distribution[vote], 9);
      expect(view.raw.get(`${member.iso3}|*`)).toEqual(built.raw.get(`${member.iso3}|*`));
    }
    expect(getCounts(view, "*|*")[0]).toBeCloseTo(getCounts(built, "*|*")[0], 6);
  });

  it("reads the whole record for a draft dated after the last recorded vote", () => {
    const descriptor = { id: "later", date: "2025-03-01", agendaItem: "Ukraine", sponsors: ["USA"] };
    const dated = predictDraft(descriptor);
    const today = predictDraft({ ...descriptor, evidence: "everything" });
    expect(dated.members).toEqual(today.members);
    expect(dated.lastVoteRead).toBe(today.lastVoteRead);
  });

  it("predicts an undated simulation from everything known today, a dated one as of its date", () => {
    expect(descriptorForVote({ year: 2022, procedural: false }).evidence).toBe("everything");
    expect(descriptorForVote({ year: 2022, date: "2022-01-10", procedural: false }).evidence).toBe("before-date");
    // A date outside the year is ignored, and so is the cut-off.
    expect(descriptorForVote({ year: 2022, date: "2021-01-10", procedural: false }).evidence).toBe("everything");
  });

  it("rejects an unknown evidence choice with a clear message", () => {
    expect(() => predictDraft({ ...ukraineJanuary2022, evidence: "tomorrow" })).toThrow(/evidence/);
  });

  it("refuses a draft whose votes overflow a count entry rather than corrupt the counts", () => {
    // S/2022/155 (Ukraine, 25 February 2022) with its fifteen votes recorded twice: thirty votes.
    const ukraine = record.drafts.find((draft) => draft.symbol === "S/2022/155")!;
    const doubled = { ...ukraine, votes: [...ukraine.votes, ...ukraine.votes] };
    const index = buildDatedIndex({ record }, [doubled], 2022);
    expect(() => countsOf(index, "*|*")).toThrow(/S\/2022\/155 of 2022-02-25 counts \d+ under \*\|\*: is its vote recorded twice\?/);
    // Recorded once, its fifteen votes fit: one entry each for the eleven yes, one no and three abstentions.
    expect(countsOf(buildDatedIndex({ record }, [ukraine], 2022), "*|*")).toHaveLength(3);
  });
});
