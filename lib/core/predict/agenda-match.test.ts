import { describe, expect, it } from "vitest";
import { buildAgendaIndex, readAgenda } from "./agenda-match";
import { getVoteRecord, type RecordedDraft } from "./vote-record";

const UKRAINE_LETTER =
  "Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)";

describe("reading typed text as the record's agenda", () => {
  const index = buildAgendaIndex(getVoteRecord());

  it("takes an exact agenda item as it is, whatever the case and punctuation", () => {
    const reading = readAgenda(index, { agendaItem: "the situation in HAITI" });
    expect(reading.readAs).toEqual({ agendaItem: "The situation in Haiti", topic: "Haiti" });
    expect(reading.agendaItem).toBe("The situation in Haiti");
    expect(reading.region).toBe("Americas");
  });

  it("finds a long letter title from its first words, a country's name or a word being typed", () => {
    for (const text of ["Letter dated 28 February 2014 from the Permanent Representative of Ukraine", "Ukraine", "ukr"]) {
      expect(readAgenda(index, { agendaItem: text }).readAs.agendaItem).toBe(UKRAINE_LETTER);
    }
  });

  it("fills the agenda item from a topic, and the topic from an agenda item", () => {
    expect(readAgenda(index, { topic: "Syria" }).readAs).toEqual({ agendaItem: "The situation in the Middle East", topic: "Middle East (Syria)" });
    expect(readAgenda(index, { agendaItem: "Ukraine" }).readAs.topic).toBe("2014 Letter from Ukraine (Ukraine)");
  });

  it("keeps a given region, and keeps text that matches nothing as typed", () => {
    expect(readAgenda(index, { agendaItem: "Haiti", region: "Elsewhere" }).region).toBe("Elsewhere");
    const unknown = readAgenda(index, { agendaItem: "The situation in Atlantis", topic: "" });
    expect(unknown).toEqual({ agendaItem: "The situation in Atlantis", topic: "", region: "", readAs: { agendaItem: null, topic: null } });
    expect(readAgenda(index, {}).readAs).toEqual({ agendaItem: null, topic: null });
  });

  it("prefers the entry with more recorded drafts when several hold the words, and ignores words found everywhere", () => {
    const draft = (agendaItem: string, topic: string, date: string): RecordedDraft => ({
      index: 0, date, year: Number(date.slice(0, 4)), dayOfYear: 0, symbol: "", agendaItem, topic, region: "Elsewhere", category: "",
      sponsors: [], sponsorKind: "unknown", isAmendment: false, isProcedural: false, outcome: "U", votes: [],
    });
    const drafts = [
      draft("The situation in Atlantis", "Atlantis", "2020-01-01"),
      draft("The situation in Atlantis", "Atlantis", "2021-01-01"),
      draft("Letter concerning Atlantis and Lilliput", "Lilliput", "2022-01-01"),
      ...["Lemuria", "Mu", "Hyperborea", "Thule", "Avalon", "Lyonesse", "Ys", "Agartha", "Shangri", "Eldorado"].map((name) => draft(`The situation in ${name}`, name, "2019-01-01")),
    ];
    const synthetic = buildAgendaIndex({ drafts });
    expect(synthetic.commonWords.has("situation")).toBe(true);
    expect(readAgenda(synthetic, { agendaItem: "Situation Atlantis" }).readAs.agendaItem).toBe("The situation in Atlantis");
    expect(readAgenda(synthetic, { agendaItem: "Lilliput" }).readAs).toEqual({ agendaItem: "Letter concerning Atlantis and Lilliput", topic: "Lilliput" });
    expect(readAgenda(synthetic, { agendaItem: "The situation" }).readAs.agendaItem).toBeNull();
  });
});
