import { describe, expect, it } from "vitest";
import { amendmentsFor, ukraineDraft } from "../amend/amend.test-support";
import { buildAmendedDraftDocx, buildAmendmentDocumentDocx, buildTrackedChangesDocx } from "./build-amendment-docx";
import { openDocx } from "./read-docx.test-support";

const draft = ukraineDraft();
const amendments = amendmentsFor(draft, [
  { id: "A1", sponsors: ["RUS"], action: "replace", target: "op3", paragraph: { phrase: "Calls upon", text: "all parties to cease hostilities" } },
  { id: "A2", sponsors: ["ARE", "GAB"], action: "delete", target: "op5", status: "adopted" },
]);

describe("amendment documents in UN layout", () => {
  it("the amendment document: title, sponsors line and instructions as the UN writes them", async () => {
    const opened = await openDocx(await buildAmendmentDocumentDocx(draft, amendments, { paper: "letter" }));
    const lines = opened.document.paragraphs.map((paragraph) => paragraph.text).filter(Boolean);
    expect(lines[0]).toBe("Amendments to draft resolution S/2022/155");
    expect(lines).toContain("Russian Federation: amendment A1");
    expect(lines).toContain(`Operative paragraph 3: Replace “Decides ${draft.operative[2].text}” with “Calls upon all parties to cease hostilities”`);
    expect(lines).toContain("Gabon and United Arab Emirates: amendment A2");
    expect(lines).toContain("Delete operative paragraph 5");
    expect(opened.headers.first?.text).toContain("S/2022/155");
  });

  it("the draft as amended applies the adopted amendment only", async () => {
    const opened = await openDocx(await buildAmendedDraftDocx(draft, amendments, { paper: "a4" }));
    expect(opened.document.text).not.toContain("shall reverse");
    expect(opened.document.text).toContain("shall cease its use of force");
  });

  it("the tracked-changes view underlines insertions and strikes deletions", async () => {
    const opened = await openDocx(await buildTrackedChangesDocx(draft, amendments, ["proposed", "adopted"], { paper: "a4" }));
    const runs = opened.document.paragraphs.flatMap((paragraph) => paragraph.runs);
    expect(runs.filter((run) => run.underline).map((run) => run.text).join("")).toContain("hostilities");
    expect(runs.find((run) => run.text.includes("hostilities"))?.underline).toBe(true);
    expect(opened.document.xml).toMatch(/<w:strike\/>/);
    expect(opened.document.paragraphs.map((paragraph) => paragraph.text)).toContain("Insertions are underlined, deletions struck through; amendments shown: A1, A2");
  });
});
