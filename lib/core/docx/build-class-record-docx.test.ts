import { describe, expect, it } from "vitest";
import { buildClassRecordCsv, buildClassRecordDocx, csvField, type ClassRecord } from "./build-class-record-docx";
import { descendants, openDocx, readParagraph } from "./read-docx.test-support";
import { parseCsv } from "../../../scripts/un-sources";

const RECORD: ClassRecord = {
  name: "Period 3, Model Council",
  body: "security-council",
  year: 2022,
  agenda: ["Letter dated 28 February 2014 from the Permanent Representative of Ukraine (S/2014/136)"],
  drafts: [{ title: "Ukraine", symbol: "S/2022/155", sponsors: ["USA", "ALB"], tabledBy: "Ada, \"the\" delegate", tabledAt: "2026-11-30T09:00:00.000Z" }],
  votes: [
    {
      title: "Ukraine",
      kind: "draft",
      matter: "substantive",
      basis: null,
      openedAt: "2026-11-30T09:10:00.000Z",
      closedAt: "2026-11-30T09:12:00.000Z",
      result: { outcome: "vetoed", yes: 11, no: 1, abstain: 3, notVoting: 0, statement: "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation)." },
      ballots: [
        { iso3: "RUS", name: "Russian Federation", vote: "N", by: "delegate", delegate: "Boris, guest", at: "2026-11-30T09:11:00.000Z" },
        { iso3: "CHN", name: "China", vote: "A", by: "bot", delegate: null, at: "2026-11-30T09:10:00.000Z" },
        { iso3: "IND", name: "India", vote: "A", by: "chair", delegate: "Ms Teacher", at: "2026-11-30T09:10:30.000Z" },
        { iso3: "USA", name: "United States of America", vote: "NP", by: "none", delegate: null, at: null },
      ],
    },
  ],
};

describe("the class record", () => {
  it("writes the agenda, the tabled drafts, each vote's result in the UN's words and who voted how", async () => {
    const docx = await openDocx(await buildClassRecordDocx(RECORD, { paper: "a4" }));
    const text = docx.document.text;
    expect(text).toContain("Security Council of 2022: record of the class session");
    expect(text).toContain("Letter dated 28 February 2014");
    expect(text).toContain("S/2022/155: Ukraine. Sponsors: USA, ALB.");
    expect(text).toContain("owing to the negative vote of a permanent member of the Council (Russian Federation).");
    const rows = descendants(docx.document.root, "w:tr").map((row) =>
      descendants(row, "w:tc").map((cell) => descendants(cell, "w:p").map(readParagraph).map((paragraph) => paragraph.text).join("")),
    );
    expect(rows[0]).toEqual(["Seat", "Vote", "Cast by", "Time"]);
    expect(rows[1]).toEqual(["Russian Federation", "Against", "Boris, guest", "09:11 UTC"]);
    expect(rows[2]).toEqual(["China", "Abstaining", "Bot (from the record)", "09:10 UTC"]);
    expect(rows[3][2]).toBe("Chair (Ms Teacher), for the bot");
    expect(rows[4]).toEqual(["United States of America", "Not participating", "—", "—"]);
  });

  it("writes a CSV that a spreadsheet reads back, commas and quotes intact (RFC 4180)", () => {
    const csv = buildClassRecordCsv(RECORD);
    expect(csv.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ vote_number: "1", seat_iso3: "RUS", vote: "N", cast_by: "delegate", delegate: "Boris, guest", outcome: "vetoed" });
    expect(rows[0].statement).toContain("(Russian Federation).");
    expect(rows[3]).toMatchObject({ seat_iso3: "USA", vote: "NP", cast_by: "none", cast_at: "" });
    expect(csvField('say "no", twice')).toBe('"say ""no"", twice"');
  });
});
