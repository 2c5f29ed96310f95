import { describe, expect, it } from "vitest";
import { buildVoteRecordDocx, type VoteRecord } from "./build-vote-record-docx";
import { child, descendants, openDocx, readParagraph, textOf } from "./read-docx.test-support";

/** The vote on S/2022/155, 25 February 2022: 11 in favour, 1 against (a permanent member), 3 abstentions. */
const RECORD: VoteRecord = {
  title: "Draft resolution on Ukraine",
  symbol: "S/2022/155",
  date: "2022-02-25",
  body: "security-council",
  matter: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine (S/2014/136)",
  members: [
    { name: "Albania", iso3: "ALB", vote: "Y" },
    { name: "Brazil", iso3: "BRA", vote: "Y" },
    { name: "China", iso3: "CHN", permanent: true, vote: "A" },
    { name: "France", iso3: "FRA", permanent: true, vote: "Y" },
    { name: "Gabon", iso3: "GAB", vote: "Y" },
    { name: "Ghana", iso3: "GHA", vote: "Y" },
    { name: "India", iso3: "IND", vote: "A" },
    { name: "Ireland", iso3: "IRL", vote: "Y" },
    { name: "Kenya", iso3: "KEN", vote: "Y" },
    { name: "Mexico", iso3: "MEX", vote: "Y" },
    { name: "Norway", iso3: "NOR", vote: "Y" },
    { name: "Russian Federation", iso3: "RUS", permanent: true, vote: "N" },
    { name: "United Arab Emirates", iso3: "ARE", vote: "A" },
    { name: "United Kingdom of Great Britain and Northern Ireland", iso3: "GBR", permanent: true, vote: "Y" },
    { name: "United States of America", iso3: "USA", permanent: true, vote: "Y" },
  ],
  tally: { yes: 11, no: 1, abstain: 3, notVoting: 0 },
  outcome: "Not adopted",
  statement: "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council.",
};

describe("buildVoteRecordDocx", () => {
  it("writes the title, the date in UN form, one table row per member with the vote written out", async () => {
    const docx = await openDocx(await buildVoteRecordDocx(RECORD, { paper: "letter" }));
    expect(docx.document.text).toContain("Draft resolution on Ukraine (S/2022/155)");
    expect(docx.document.text).toContain("25 February 2022");
    const rows = descendants(docx.document.root, "w:tr").map((row) =>
      descendants(row, "w:tc").map((cell) => descendants(cell, "w:p").map(readParagraph).map((p) => p.text).join("")),
    );
    expect(rows[0]).toEqual(["Member", "Vote"]);
    expect(rows).toHaveLength(16);
    expect(rows).toContainEqual(["Russian Federation (permanent member)", "Against"]);
    expect(rows).toContainEqual(["India", "Abstaining"]);
    expect(rows).toContainEqual(["Albania", "In favour"]);
  });

  it("writes the explanations of vote before and after the vote, each with the member's name", async () => {
    const docx = await openDocx(
      await buildVoteRecordDocx(
        {
          ...RECORD,
          explanations: [
            { name: "India", timing: "before", text: "India will abstain on this draft." },
            { name: "China", timing: "after", text: "China abstained." },
          ],
        },
        { paper: "a4" },
      ),
    );
    const lines = docx.document.text.split("\n");
    const before = lines.indexOf("Explanations of vote before the vote");
    const after = lines.indexOf("Explanations of vote after the vote");
    expect(before).toBeGreaterThan(0);
    expect(lines[before + 1]).toBe("India: India will abstain on this draft.");
    expect(after).toBeGreaterThan(before);
    expect(lines[after + 1]).toBe("China: China abstained.");
  });

  it("writes the tally and the outcome statement, and the page size asked for", async () => {
    const docx = await openDocx(await buildVoteRecordDocx({ ...RECORD, members: [{ name: "Mali", iso3: "MLI", vote: "NP" }] }, { paper: "a4" }));
    for (const line of ["In favour: 11", "Against: 1", "Abstaining: 3", "Not participating: 0", "Not adopted", RECORD.statement]) {
      expect(docx.document.text.split("\n")).toContain(line);
    }
    expect(docx.document.text).toContain("Not participating");
    expect(descendants(docx.document.root, "w:pgSz")[0].attributes["w:w"]).toBe("11906");
    expect(textOf(child(docx.core, "dc:title")!)).toBe("Vote on S/2022/155");
  });
});
