import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildVoteRecord, VOTE_RECORD_PATH } from "../../../scripts/build-vote-record";
import { parseCsv } from "../../../scripts/un-sources";
import { getIdealPoint, getVoteRecord } from "./vote-record";

describe("the shipped vote record", () => {
  it("is what scripts/build-vote-record.ts makes from data/un", () => {
    const { json } = buildVoteRecord();
    expect(json === readFileSync(VOTE_RECORD_PATH, "utf8"), "vote-record.json is out of date: run npm run model:data").toBe(true);
  });

  it("holds S/2022/155: 11-1-3, vetoed by the Russian Federation, China, India and the UAE abstaining", () => {
    const draft = getVoteRecord().drafts.find((entry) => entry.symbol === "S/2022/155")!;
    expect(draft.outcome).toBe("V");
    const by = (vote: string) => draft.votes.filter((entry) => entry.vote === vote).map((entry) => entry.iso3).sort();
    expect(by("N")).toEqual(["RUS"]);
    expect(by("A")).toEqual(["ARE", "CHN", "IND"]);
    expect(by("Y")).toHaveLength(11);
  });

  it("holds resolution 2334's draft (2016): the United States abstaining, adopted", () => {
    const draft = getVoteRecord().drafts.find((entry) => entry.date === "2016-12-23" && entry.votes.some((vote) => vote.iso3 === "USA" && vote.vote === "A"))!;
    expect(draft.outcome).toBe("M");
  });

  it("resolves sponsors to ISO3 codes and keeps the President's texts apart", () => {
    const record = getVoteRecord();
    expect(record.drafts.find((entry) => entry.symbol === "S/2023/506")!.sponsors).toEqual(["BRA", "CHE"]);
    expect(record.drafts[0].sponsorKind).toBe("president");
    expect(record.drafts).toHaveLength(1911);
  });

  it("gives the latest Assembly ideal point up to a year", () => {
    const record = getVoteRecord();
    expect(getIdealPoint(record, "USA", 2023)).toBeGreaterThan(1.5);
    expect(getIdealPoint(record, "USA", 2030)).toBe(getIdealPoint(record, "USA", 2024));
  });

  it("parses quoted CSV fields with commas, quotes and line breaks", () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n1,2\n')).toEqual([
      { a: "x, y", b: 'say "hi"\nthere' },
      { a: "1", b: "2" },
    ]);
  });
});
