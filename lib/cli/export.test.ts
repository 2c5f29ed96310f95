import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";
import { bodyParagraphs, descendants, openDocx } from "@/lib/core/docx/read-docx.test-support";
import sample from "@/lib/core/docx/fixtures/s-2022-155.json";


const DRAFT = JSON.stringify(sample);

describe("unsc export", () => {
  it("writes the .docx to --out and prints the path", async () => {
    const { io, out, err, written } = fakeIo(["export", "draft.json", "--out", "out/S-2022-155.docx", "--paper", "letter"], { files: { "draft.json": DRAFT } });
    expect(await runCli(io)).toBe(0);
    expect(err.join("")).toBe("");
    expect(out.join("")).toBe("out/S-2022-155.docx\n");
    const docx = await openDocx(written.get("out/S-2022-155.docx") as Uint8Array);
    expect(descendants(docx.document.root, "w:pgSz")[0].attributes["w:w"]).toBe("12240");
    expect(docx.headers.first!.text).toContain("Distr.: General");
  });

  it("defaults to the suggested file name in the current directory", async () => {
    const { io, out, written } = fakeIo(["export", "draft.json"], { files: { "draft.json": DRAFT } });
    expect(await runCli(io)).toBe(0);
    expect(out.join("")).toBe("S-2022-155.docx\n");
    expect([...written.keys()]).toEqual(["S-2022-155.docx"]);
  });

  it("reads standard input and passes --provisional, --style and --conference on", async () => {
    const provisional = fakeIo(["export", "--out", "p.docx", "--provisional"], { stdin: DRAFT });
    expect(await runCli(provisional.io)).toBe(0);
    expect((await openDocx(provisional.written.get("p.docx") as Uint8Array)).headers.first!.text).toContain("Provisional");

    const thimun = fakeIo(["export", "--out", "t.docx", "--style", "thimun", "--conference", "MUN of The Hague"], { stdin: DRAFT });
    expect(await runCli(thimun.io)).toBe(0);
    const texts = bodyParagraphs(await openDocx(thimun.written.get("t.docx") as Uint8Array)).map((paragraph) => paragraph.text);
    expect(texts.slice(0, 2)).toEqual(["MUN of The Hague", "FORUM: Security Council"]);
  });

  it("prints each problem of a malformed draft on its own line and exits 2 without writing", async () => {
    const bad = JSON.stringify({ ...sample, sponsors: ["usa"], date: "2022-02-30", operative: [{ phrase: 3, text: "x" }] });
    const { io, out, err, written } = fakeIo(["export", "bad.json", "--out", "x.docx"], { files: { "bad.json": bad } });
    expect(await runCli(io)).toBe(2);
    expect(out.join("")).toBe("");
    expect(written.size).toBe(0);
    const lines = err.join("").trimEnd().split("\n");
    expect(lines).toEqual([
      "unsc export: date: is not a real calendar date",
      "sponsors[0]: must be an ISO 3166 alpha-3 code in capitals, such as USA",
      "operative[0].phrase: must be a string (got number)",
    ]);
  });

  it("refuses unknown option values with one line and exit code 2", async () => {
    for (const [args, message] of [
      [["--paper", "a3"], "unsc export: --paper must be one of a4, letter, got a3"],
      [["--style", "nmun"], "unsc export: --style must be one of un, thimun, got nmun"],
      [["--conference", "X"], "unsc export: --conference applies to --style thimun only"],
      [["--out", "draft.pdf"], "unsc export: --out must name a .docx file, got draft.pdf"],
    ] as const) {
      const { io, err } = fakeIo(["export", "draft.json", ...args], { files: { "draft.json": DRAFT } });
      expect(await runCli(io)).toBe(2);
      expect(err.join("")).toBe(`${message}\n`);
    }
  });
});
