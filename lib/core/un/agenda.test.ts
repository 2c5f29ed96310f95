import { describe, expect, it } from "vitest";
import { listAgendaItems, listTopics, searchAgendaItems } from "./agenda";

describe("Council agenda items 1994–2023", () => {
  it("lists agenda items most voted first, covering every vote of the record", () => {
    const items = listAgendaItems();
    expect(items[0]).toMatchObject({ agendaItem: "The situation in the Middle East", votes: 210 });
    for (let index = 1; index < items.length; index++) expect(items[index].votes).toBeLessThanOrEqual(items[index - 1].votes);
    expect(items.reduce((sum, item) => sum + item.votes, 0)).toBe(1911);
    expect(items.every((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.lastVoted) && item.lastVoted <= "2023-12-31")).toBe(true);
    expect(new Set(items.map((item) => item.agendaItem)).size).toBe(items.length);
  });

  it("files S/2022/155 and resolution 2623 (Ukraine, Feb 2022) under the 2014 letter from Ukraine", () => {
    const item = searchAgendaItems("letter ukraine S/2014/136")[0];
    expect(item).toMatchObject({
      agendaItem:
        "Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)",
      topic: "2014 Letter from Ukraine (Ukraine)",
      region: "Europe",
      votes: 5,
      lastVoted: "2022-02-27",
    });
  });

  it("lists topics with counts that add up to the record", () => {
    const topics = listTopics();
    expect(topics[0]).toMatchObject({ topic: "Middle East (Syria)", agendaItems: 1 });
    expect(topics.reduce((sum, topic) => sum + topic.votes, 0)).toBe(1911);
    expect(topics.every((topic) => topic.topic.trim().length > 0)).toBe(true);
    // Spelling variants of one topic are merged.
    expect(topics.filter((topic) => /Palestinian question/.test(topic.topic)).map((topic) => topic.topic)).toEqual([
      "Middle East, incl. the Palestinian question",
    ]);
  });

  it("finds items for a picker by the start of words, accents and case ignored", () => {
    expect(searchAgendaItems("middle east", 2).map((item) => item.agendaItem)).toEqual([
      "The situation in the Middle East",
      "The situation in the Middle East, including the Palestinian question",
    ]);
    expect(searchAgendaItems("côte")[0].agendaItem).toBe("The situation in Cote d'Ivoire");
    expect(searchAgendaItems("situation in somalia")[0].agendaItem).toBe("The situation in Somalia");
    expect(searchAgendaItems("women peace")[0].agendaItem).toMatch(/^Women and peace and security/);
    expect(searchAgendaItems("ast")).toEqual([]);
    expect(searchAgendaItems("", 3)).toHaveLength(3);
  });
});
