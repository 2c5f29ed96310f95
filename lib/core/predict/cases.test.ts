import { describe, expect, it } from "vitest";
import { computeCaseVote, weighCases } from "./cases";
import { addDrafts, addYear, createEvidence, groupByYear, openYear } from "./evidence";
import { queryFromRecordedDraft, type DraftQuery } from "./features";
import { getVoteRecord, type RecordedDraft } from "./vote-record";

const record = getVoteRecord();

/** The evidence of a delegate on the morning of `draft`'s vote: every draft of an earlier date. */
function evidenceBefore(draft: RecordedDraft) {
  const evidence = createEvidence(record, 0.8, record.firstYear);
  const byYear = groupByYear(record.drafts);
  for (let year = record.firstYear; year < draft.year; year++) addYear(evidence, year, byYear.get(year) ?? []);
  openYear(evidence, draft.year);
  addDrafts(evidence, (byYear.get(draft.year) ?? []).filter((earlier) => earlier.date < draft.date));
  return evidence;
}

/** The evidence of every year through `untilYear`. */
function evidenceThrough(untilYear: number) {
  const evidence = createEvidence(record, 0.8, record.firstYear);
  const byYear = groupByYear(record.drafts);
  for (let year = record.firstYear; year <= untilYear; year++) addYear(evidence, year, byYear.get(year) ?? []);
  return evidence;
}

describe("case-based odds on a divided Council", () => {
  // S/2023/970 (8 December 2023, United Arab Emirates, Gaza ceasefire): vetoed by the United States.
  const ceasefire = record.drafts.find((draft) => draft.symbol === "S/2023/970")!;
  const evidence = evidenceBefore(ceasefire);
  const query = queryFromRecordedDraft(ceasefire);
  const cases = weighCases(evidence, query);

  it("reads a member's own votes on the most similar earlier divided drafts: the United States against on the Middle East drafts of October 2023", () => {
    const { distribution, best } = computeCaseVote(evidence, query, "USA", cases);
    expect(distribution.N).toBeGreaterThan(0.5);
    expect(best?.own).toBe(true);
    expect(best?.vote).toBe("N");
    expect(best?.sameAgenda).toBe(true);
    expect(best && best.draft.date < ceasefire.date).toBe(true);
  });

  it("gives odds that sum to one for every member of the Council", () => {
    for (const { iso3 } of ceasefire.votes) {
      const { distribution } = computeCaseVote(evidence, query, iso3, cases);
      expect(distribution.Y + distribution.N + distribution.A).toBeCloseTo(1, 9);
    }
  });

  it("reads an elected member new to the Council through its proxies: Guyana (first term 2024) on a 2024 draft on the Middle East", () => {
    const through2023 = evidenceThrough(2023);
    const draft: DraftQuery = { ...query, year: 2024, dayOfYear: 80, sponsors: ["USA"] };
    const { distribution, best } = computeCaseVote(through2023, draft, "GUY", weighCases(through2023, draft));
    expect(best?.own).toBe(false);
    expect(distribution.Y + distribution.N + distribution.A).toBeCloseTo(1, 9);
  });

  it("never reads a draft outside the evidence: with no divided draft recorded, the prior alone", () => {
    const empty = createEvidence(record, 0.8, record.firstYear);
    const { distribution, best } = computeCaseVote(empty, query, "MLT", weighCases(empty, query));
    expect(best).toBeUndefined();
    expect(distribution.Y).toBeCloseTo(0.6, 9);
  });
});
