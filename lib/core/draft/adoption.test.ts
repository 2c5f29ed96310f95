import { describe, expect, it } from "vitest";
import { adoptionAnnouncement, asAdoptedDocument, ordinal, resolutionHeading, resolutionSymbol, withAdoptionAnnouncement } from "./adoption";
import { parsePortableDraft, type PortableDraft } from "./schema";

const RESOLUTION_2623: PortableDraft = {
  schemaVersion: 1,
  body: "security-council",
  symbol: "S/2022/160",
  date: "2022-02-27",
  sponsors: ["ALB", "USA"],
  preamble: [],
  operative: [],
  adoption: { resolution: "2623", meeting: 8980, date: "2022-02-27", vote: { yes: 11, no: 1, abstain: 3 } },
};

const ES_11_1: PortableDraft = {
  schemaVersion: 1,
  body: "general-assembly",
  symbol: "A/ES-11/L.1",
  title: "Aggression against Ukraine",
  sponsors: ["UKR"],
  preamble: [],
  operative: [],
  adoption: { resolution: "ES-11/1", meeting: 5, date: "2022-03-02", vote: { yes: 141, no: 5, abstain: 35 } },
};

describe("an adopted draft as a resolution", () => {
  it("heads resolution 2623 (2022) as the Council's document does", () => {
    expect(resolutionHeading(RESOLUTION_2623, RESOLUTION_2623.adoption!)).toEqual({
      heading: "Resolution 2623 (2022)",
      adoptedLine: "Adopted by the Security Council at its 8980th meeting, on 27 February 2022",
    });
    expect(resolutionSymbol(RESOLUTION_2623, RESOLUTION_2623.adoption!)).toBe("S/RES/2623 (2022)");
  });

  it("heads Assembly resolution ES-11/1 with its date and title, symbol A/RES/ES-11/1", () => {
    expect(resolutionHeading(ES_11_1, ES_11_1.adoption!)).toEqual({
      heading: "Resolution adopted by the General Assembly on 2 March 2022",
      adoptedLine: "ES-11/1. Aggression against Ukraine",
    });
    expect(resolutionSymbol(ES_11_1, ES_11_1.adoption!)).toBe("A/RES/ES-11/1");
  });

  it("announces 'has been adopted as resolution 2623 (2022)' after an adopting vote only", () => {
    expect(adoptionAnnouncement(RESOLUTION_2623, RESOLUTION_2623.adoption!)).toBe("The draft resolution has been adopted as resolution 2623 (2022).");
    const statement = "The draft resolution was adopted by 11 votes to 1, with 3 abstentions.";
    expect(withAdoptionAnnouncement(statement, "adopted", RESOLUTION_2623)).toBe(
      "The draft resolution was adopted by 11 votes to 1, with 3 abstentions. The draft resolution has been adopted as resolution 2623 (2022).",
    );
    expect(withAdoptionAnnouncement(statement, "vetoed", RESOLUTION_2623)).toBe(statement);
  });

  it("lays out the adopted document without sponsors, under the resolution's symbol", () => {
    const adopted = asAdoptedDocument(RESOLUTION_2623);
    expect(adopted).toMatchObject({ symbol: "S/RES/2623 (2022)", sponsors: [], date: "2022-02-27" });
  });

  it("writes ordinals as the records do", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 8980].map(ordinal)).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th", "8980th",
    ]);
  });

  it("refuses a resolution number that is not one", () => {
    const bad = parsePortableDraft({ ...RESOLUTION_2623, adoption: { resolution: "S/RES/2623", date: "2022-02-27" } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ path: "adoption.resolution", message: expect.stringContaining("2623, 78/5 or ES-11/1") });
    expect(parsePortableDraft({ ...RESOLUTION_2623, adoption: { resolution: "2623", date: "2022-02-30" } }).ok).toBe(false);
  });
});
