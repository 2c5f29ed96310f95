import { describe, expect, it } from "vitest";
import { buildDraftDocx } from "@/lib/core/docx/build-draft-docx";
import { getExample } from "@/lib/core/draft/examples";
import { parsePortableDraft } from "@/lib/core/draft/schema";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";

const TEXT = `S/2022/155
Albania and Norway: draft resolution
The Security Council,
Reaffirming its commitment to the sovereignty of Ukraine,
Prepared by the secretariat of the conference
1. Decides to remain seized of the matter.`;

describe("unsc import", () => {
  it("prints the portable draft of a Word file", async () => {
    const bytes = await buildDraftDocx(getExample("kazakhstan-2022"), { style: "un", paper: "a4" });
    const { io, stdout, stderr } = fakeIo(["import", "kazakhstan.docx"], { binaryFiles: { "kazakhstan.docx": bytes } });
    expect(await runCli(io)).toBe(0);
    expect(stderr()).toBe("");
    const printed = JSON.parse(stdout());
    expect(parsePortableDraft(printed).ok).toBe(true);
    expect(printed.schemaVersion).toBe(1);
    expect(printed.sponsors).toEqual(["ALB", "NOR"]);
    expect(printed.operative).toHaveLength(getExample("kazakhstan-2022").operative.length);
  });

  it("with --json, adds the lines it did not recognise", async () => {
    const { io, stdout } = fakeIo(["import", "draft.txt", "--json"], { files: { "draft.txt": TEXT } });
    expect(await runCli(io)).toBe(0);
    const printed = JSON.parse(stdout());
    expect(Object.keys(printed)).toEqual(["draft", "unrecognised"]);
    expect(printed.draft).toMatchObject({ symbol: "S/2022/155", sponsors: ["ALB", "NOR"], preamble: [{ phrase: "Reaffirming" }] });
    expect(printed.unrecognised).toEqual([{ line: 5, text: "Prepared by the secretariat of the conference" }]);
  });

  it("refuses an unreadable, unsupported or empty file with one line on stderr and exit code 2", async () => {
    const cases: [string[], Record<string, Uint8Array>, string][] = [
      [["import", "missing.docx"], {}, "unsc import: cannot read file missing.docx\n"],
      [["import", "scan.pdf"], { "scan.pdf": new TextEncoder().encode("%PDF-1.7") }, "unsc import: scan.pdf: This is not a Word document."],
      [["import", "big.docx"], { "big.docx": new Uint8Array(10 * 1024 * 1024 + 1) }, "unsc import: big.docx: The file is larger than 10 MB."],
      [["import", "letter.txt"], { "letter.txt": new TextEncoder().encode("Dear colleagues,\nBest regards") }, "unsc import: letter.txt: No resolution was found"],
      [["import"], {}, "unsc import: name the .docx or .txt file to import\n"],
      [["import", "a.txt", "--yaml"], {}, "unsc import: unknown option --yaml\n"],
    ];
    for (const [args, binaryFiles, message] of cases) {
      const { io, stdout, stderr } = fakeIo(args, { binaryFiles });
      expect(await runCli(io)).toBe(2);
      expect(stdout()).toBe("");
      expect(stderr().startsWith(message)).toBe(true);
      expect(stderr().trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
