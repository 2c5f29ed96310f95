import { describe, expect, it } from "vitest";
import { readAgenda, recordTopicKeys } from "./agenda-match";
import { getVoteRecord } from "./vote-record";

const UKRAINE_LETTER =
  "Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)";

describe("reading typed text as the record's agenda", () => {
  const topics = recordTopicKeys(getVoteRecord().drafts);

  it("takes an exact agenda item as it is, whatever the case and punctuation", () => {
    const reading = readAgenda(topics, { agendaItem: "the situation in HAITI" });
    expect(reading.readAs).toEqual({ agendaItem: "The situation in Haiti", topic: "Haiti" });
    expect(reading.agendaItem).toBe("The situation in Haiti");
    expect(reading.region).toBe("Americas");
  });

  it("finds a long letter title from its first words, a country's name or a word being typed", () => {
    for (const text of ["Letter dated 28 February 2014 from the Permanent Representative of Ukraine", "Ukraine", "ukr"]) {
      expect(readAgenda(topics, { agendaItem: text }).readAs).toEqual({ agendaItem: UKRAINE_LETTER, topic: "2014 Letter from Ukraine (Ukraine)" });
    }
  });

  it("finds the agenda item from a topic, and keeps a topic the record has", () => {
    expect(readAgenda(topics, { topic: "Syria" }).readAs).toEqual({ agendaItem: "The situation in the Middle East", topic: "Middle East (Syria)" });
    const yemen = readAgenda(topics, { agendaItem: "The situation in the Middle East", topic: "Middle East (Yemen)" });
    expect(yemen.readAs).toEqual({ agendaItem: "The situation in the Middle East", topic: "Middle East (Yemen)" });
  });

  it("keeps a given region, and keeps text that matches nothing as typed", () => {
    expect(readAgenda(topics, { agendaItem: "Haiti", region: "Elsewhere" }).region).toBe("Elsewhere");
    const unknown = readAgenda(topics, { agendaItem: "The situation in Atlantis", topic: "" });
    expect(unknown).toEqual({ agendaItem: "The situation in Atlantis", topic: "", region: "", readAs: { agendaItem: null, topic: null } });
    expect(readAgenda(topics, {}).readAs).toEqual({ agendaItem: null, topic: null });
  });
});
