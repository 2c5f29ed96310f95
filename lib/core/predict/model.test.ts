import { describe, expect, it } from "vitest";
import { DEFAULT_FIT_OPTIONS } from "./model";
import { collectExamples } from "./model-examples";
import { fitModel } from "./model-fit";
import { loadPredictionModel, predictDraft } from "./predict-vote";
import { recordedDraft } from "./recorded-draft.test-support";
import { getVoteRecord, type RecordedDraft, type VoteRecord } from "./vote-record";

/** The 2023 Council, whose members vote in the synthetic records below. */
const MEMBERS = ["ALB", "ARE", "BRA", "CHE", "CHN", "ECU", "FRA", "GAB", "GBR", "GHA", "JPN", "MLT", "MOZ", "RUS", "USA"];

function syntheticRecord(rule: (year: number, topic: string, member: string) => "Y" | "N" | "A"): VoteRecord {
  const shipped = getVoteRecord();
  const drafts: RecordedDraft[] = [];
  for (let year = 2010; year <= 2023; year++) {
    for (const [month, topic] of [["03", "Atlantis"], ["06", "Lilliput"], ["09", "Atlantis"], ["11", "Lilliput"]] as const) {
      const votes = MEMBERS.map((iso3) => ({ iso3, vote: rule(year, topic, iso3) }));
      const divided = votes.some((entry) => entry.vote !== "Y");
      drafts.push(
        recordedDraft({
          index: drafts.length,
          date: `${year}-${month}-15`,
          year,
          symbol: `S/${year}/${drafts.length}`,
          agendaItem: `The situation in ${topic}`,
          topic,
          region: "Elsewhere",
          category: "Country-specific",
          sponsors: ["FRA"],
          outcome: !divided ? "U" : votes.some((entry) => entry.vote === "N" && ["CHN", "FRA", "GBR", "RUS", "USA"].includes(entry.iso3)) ? "V" : "M",
          votes,
        }),
      );
    }
  }
  return { ...shipped, drafts, firstYear: 2010, lastYear: 2023 };
}

function fitted(record: VoteRecord) {
  const { examples } = collectExamples(record, DEFAULT_FIT_OPTIONS.decay, record.lastYear);
  const parameters = fitModel(examples, record.lastYear, { ...DEFAULT_FIT_OPTIONS, firstTrainingYear: 2011, iterations: 300 });
  return loadPredictionModel(parameters, record);
}

const descriptor = (topic: string) => ({ id: topic, date: "2023-12-20", agendaItem: `The situation in ${topic}`, topic, region: "Elsewhere", sponsors: ["FRA"] });

describe("the vote model on synthetic records", () => {
  // Ghana votes against everything on Atlantis; Brazil abstains on half of it.
  const model = fitted(syntheticRecord((year, topic, member) => (topic === "Atlantis" && member === "GHA" ? "N" : topic === "Atlantis" && member === "BRA" && year % 2 === 0 ? "A" : "Y")));

  it("gives a member that always voted N on a topic a high chance of N there, and not elsewhere", () => {
    const atlantis = predictDraft(descriptor("Atlantis"), model);
    const lilliput = predictDraft(descriptor("Lilliput"), model);
    expect(atlantis.members.GHA.N).toBeGreaterThan(0.7);
    expect(atlantis.mostLikely.GHA).toBe("N");
    expect(lilliput.members.GHA.N).toBeLessThan(0.2);
    expect(atlantis.reasons.GHA.join(" ")).toMatch(/voted against 28 of the 28 drafts on "The situation in Atlantis" since 2010/);
  });

  it("weighs recent years more: a member that changed its vote follows its recent record", () => {
    const changed = fitted(syntheticRecord((year, topic, member) => (topic === "Atlantis" && (member === "GHA" ? year <= 2016 : member === "MOZ" ? year >= 2019 : false) ? "N" : "Y")));
    const prediction = predictDraft(descriptor("Atlantis"), changed);
    expect(prediction.members.MOZ.N).toBeGreaterThan(prediction.members.GHA.N);
  });

  it("still predicts an unknown topic, backing off to the member's wider record", () => {
    const unknown = predictDraft({ id: "u", date: "2023-05-01", topic: "Never seen", agendaItem: "Never seen either" }, model);
    expect(Object.keys(unknown.members)).toHaveLength(15);
    const total = unknown.outcome.adopted + unknown.outcome.vetoed + unknown.outcome.failed;
    expect(total).toBeCloseTo(1, 3);
    expect(unknown.members.GHA.Y).toBeGreaterThan(0.5);
  });
});

describe("rolling evidence", () => {
  const base = syntheticRecord(() => "Y");
  // Two drafts on 15 June 2023; the first one's votes are changed below (every member against).
  const june = base.drafts.findIndex((draft) => draft.date === "2023-06-15");
  const twin: RecordedDraft = { ...base.drafts[june], symbol: "S/2023/twin" };
  const drafts = [...base.drafts.slice(0, june + 1), twin, ...base.drafts.slice(june + 1)].map((draft, index) => ({ ...draft, index }));
  const record: VoteRecord = { ...base, drafts };
  const changed: VoteRecord = {
    ...record,
    drafts: drafts.map((draft, index) => (index === june ? { ...draft, outcome: "F", votes: draft.votes.map((entry) => ({ ...entry, vote: "N" as const })) } : draft)),
  };
  const featuresOf = (source: VoteRecord, mode: "rolling" | "prior-years", symbol: string) =>
    collectExamples(source, DEFAULT_FIT_OPTIONS.decay, 2023, mode)
      .examples.filter((example) => example.draft.symbol === symbol)
      .map((example) => Array.from(example.x));

  it("never lets a draft see its own votes or those of a draft of the same date", () => {
    const symbol = drafts[june].symbol;
    expect(featuresOf(changed, "rolling", symbol)).toEqual(featuresOf(record, "rolling", symbol));
    expect(featuresOf(changed, "rolling", "S/2023/twin")).toEqual(featuresOf(record, "rolling", "S/2023/twin"));
  });

  it("lets a later draft of the same year see them in rolling mode, and not with prior-years evidence", () => {
    const later = drafts.find((draft) => draft.date === "2023-09-15")!.symbol;
    expect(featuresOf(changed, "rolling", later)).not.toEqual(featuresOf(record, "rolling", later));
    expect(featuresOf(changed, "prior-years", later)).toEqual(featuresOf(record, "prior-years", later));
  });
});
