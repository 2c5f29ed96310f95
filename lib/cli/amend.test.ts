import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getExample } from "../core/draft/examples";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";

const draft = JSON.stringify(getExample("ukraine-2022"));
const amendments = readFileSync(path.resolve(__dirname, "../../docs/amendments-ukraine-2022.json"), "utf8");

function run(args: string[], files: Record<string, string> = { "draft.json": draft, "amendments.json": amendments }) {
  return fakeIo(["amend", ...args], { files });
}

describe("unsc amend", () => {
  it("prints the order of voting (Council rule 36: additions and deletions first) and the draft unchanged when none is adopted", async () => {
    const cli = run(["draft.json", "amendments.json"]);
    expect(await runCli(cli.io)).toBe(0);
    const report = JSON.parse(cli.stdout());
    expect(report.order).toEqual(["A2", "A4", "A1", "A3", "A5"]);
    expect(report.applied).toEqual([]);
    expect(report.lapsed).toEqual([]);
    expect(report.draft).toEqual(getExample("ukraine-2022"));
    expect(cli.stderr()).toBe("");
  });

  it("applies the adopted ones in the order of voting and lapses what they removed", async () => {
    const cli = run(["draft.json", "amendments.json", "--adopt", "A3,A2,A4"]);
    expect(await runCli(cli.io)).toBe(0);
    const report = JSON.parse(cli.stdout());
    expect(report.applied).toEqual(["A2", "A4"]);
    expect(report.lapsed).toEqual([{ id: "A3", reason: "Not put to the vote: Operative paragraph 4, which it amends, was deleted by amendment A2, adopted" }]);
    const operative = report.draft.operative.map((paragraph: { phrase: string }) => paragraph.phrase);
    expect(operative).toEqual(["Reaffirms", "Deplores", "Decides", "Decides further", "Calls upon", "Encourages", "Demands", "Demands also", "Welcomes", "Decides"]);
    expect(report.draft.operative[5]).toEqual({ id: "A4", phrase: "Encourages", text: "continued dialogue in the Normandy format", subparagraphs: [] });
    expect(report.draft.preamble[0]).not.toHaveProperty("id");
  });

  it("a target that does not exist: one line on stderr, exit 2", async () => {
    const bad = JSON.stringify({ schemaVersion: 1, amendments: [{ id: "X1", sponsors: ["RUS"], action: "delete", target: "op12" }] });
    const cli = run(["draft.json", "bad.json"], { "draft.json": draft, "bad.json": bad });
    expect(await runCli(cli.io)).toBe(2);
    expect(cli.stdout()).toBe("");
    expect(cli.stderr()).toBe('unsc amend: bad.json: amendments[0].target: X1: the draft has no operative paragraph 12 ("op12")\n');
  });

  it("a malformed file, an unknown --adopt id or a missing file: one line on stderr, exit 2", async () => {
    const malformed = JSON.stringify({ schemaVersion: 1, amendments: [{ id: "X1", sponsors: ["RUS"], action: "insert", target: "op1" }] });
    for (const [args, files, message] of [
      [["draft.json", "bad.json"], { "draft.json": draft, "bad.json": malformed }, /^unsc amend: bad\.json: amendments\[0\]\.paragraph: is required for insert; amendments\[0\]\.position: is required/],
      [["draft.json", "bad.json"], { "draft.json": draft, "bad.json": "{ not json" }, /^unsc amend: invalid JSON in bad\.json/],
      [["draft.json", "amendments.json", "--adopt", "Z9"], { "draft.json": draft, "amendments.json": amendments }, /^unsc amend: --adopt names no amendment of amendments\.json: Z9\n$/],
      [["draft.json"], { "draft.json": draft }, /^unsc amend: amend takes two files/],
      [["draft.json", "amendments.json"], { "amendments.json": amendments }, /^unsc amend: cannot read file draft\.json\n$/],
    ] as const) {
      const cli = run([...args], { ...files });
      expect(await runCli(cli.io)).toBe(2);
      expect(cli.stderr()).toMatch(message);
      expect(cli.stderr().trimEnd().split("\n")).toHaveLength(1);
    }
  });
});
