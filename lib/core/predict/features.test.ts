import { describe, expect, it } from "vitest";
import { addYear, createEvidence, idealBandOf } from "./evidence";
import { computeFeatures, FEATURE_NAMES, queryFromRecordedDraft } from "./features";
import { recordedDraft } from "./recorded-draft.test-support";
import { getVoteRecord, type RecordedDraft } from "./vote-record";

const record = getVoteRecord();
const feature = (x: Float64Array, name: (typeof FEATURE_NAMES)[number]) => x[FEATURE_NAMES.indexOf(name)];

/** A divided draft on Atlantis of `year` where Ghana and Brazil abstain and the others vote yes. */
function divided(year: number, index: number): RecordedDraft {
  return recordedDraft({
    index,
    date: `${year}-06-15`,
    year,
    dayOfYear: 166,
    symbol: `S/${year}/${index}`,
    agendaItem: "The situation in Atlantis",
    topic: "Atlantis",
    region: "Elsewhere",
    category: "Country-specific",
    sponsors: ["FRA"],
    outcome: "M",
    votes: ["FRA", "USA", "GBR", "RUS", "CHN", "GHA", "BRA", "JPN"].map((iso3) => ({ iso3, vote: iso3 === "GHA" || iso3 === "BRA" ? "A" : "Y" })),
  });
}

describe("a member's habits on a divided Council", () => {
  const evidence = createEvidence(record, 0.8, 2018);
  for (let year = 2018; year <= 2022; year++) addYear(evidence, year, [divided(year, year)]);
  const query = { ...queryFromRecordedDraft(divided(2023, 99)), sponsors: ["FRA"] };

  it("reads its abstentions on earlier divided drafts of the agenda item", () => {
    const ghana = computeFeatures(evidence, query, "GHA", []).x;
    const japan = computeFeatures(evidence, query, "JPN", []).x;
    expect(feature(ghana, "contestedAgendaA")).toBeGreaterThan(feature(japan, "contestedAgendaA") + 2);
  });

  it("lends a member new to the Council the habits of its band of the Assembly", () => {
    // Kenya sat on none of these drafts; its Assembly voting (ideal point about −0.39) puts it in
    // Ghana's band, which abstained on them; Norway's (about 0.9) is Japan's, which voted yes.
    expect(idealBandOf(evidence, "KEN", 2023)).toBe(idealBandOf(evidence, "GHA", 2022));
    const kenya = computeFeatures(evidence, query, "KEN", []).x;
    const norway = computeFeatures(evidence, query, "NOR", []).x;
    expect(feature(kenya, "bandContestedEvidence")).toBeGreaterThan(0);
    expect(idealBandOf(evidence, "NOR", 2023)).toBe(idealBandOf(evidence, "JPN", 2022));
    expect(feature(kenya, "bandContestedAgendaA")).toBeGreaterThan(feature(norway, "bandContestedAgendaA") + 1);
    // Where it stands between the permanent members' poles in the Assembly: the United States at 1.
    expect(feature(computeFeatures(evidence, query, "USA", []).x, "campPosition")).toBeCloseTo(1, 5);
    expect(feature(computeFeatures(evidence, query, "RUS", []).x, "campPosition")).toBeCloseTo(0, 5);
  });
});
