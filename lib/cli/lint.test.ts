import { describe, expect, it } from "vitest";
import { getExample } from "../core/draft/examples";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";


const faulty = JSON.stringify({
  schemaVersion: 1,
  body: "security-council",
  sponsors: ["ALB", "EUU"],
  preamble: [{ phrase: "Reaffirming", text: "the sovereignty of [State]" }],
  operative: [
    { phrase: "Recalling", text: "its resolution 2202 (2015)" },
    { phrase: "Deplores", text: "the aggression;" },
  ],
});

describe("unsc lint", () => {
  it("prints nothing but a count for a clean draft and exits 0", async () => {
    const run = fakeIo(["lint", "ukraine.json"], { files: { "ukraine.json": JSON.stringify(getExample("ukraine-2022")) } });
    expect(await runCli(run.io)).toBe(0);
    expect(run.stdout()).toBe("no findings\n");
    expect(run.stderr()).toBe("");
  });

  it("prints one line per finding, severity and place first, and exits 1 on an error", async () => {
    const run = fakeIo(["lint", "draft.json"], { files: { "draft.json": faulty } });
    expect(await runCli(run.io)).toBe(1);
    const lines = run.stdout().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^error {4}sponsors: "EUU" is not the code of a State/);
    expect(lines).toContainEqual(expect.stringMatching(/^error {4}preamble 1: Preambular paragraph 1 still holds the placeholder "\[State\]"/));
    expect(lines).toContainEqual(expect.stringMatching(/^error {4}operative 1: "Recalling" opens preambular paragraphs.*\[fix available\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^advice {3}operative 2: .*ends with ";"/));
    expect(lines.at(-1)).toBe("3 errors, 0 warnings, 2 advice");
  });

  it("exits 0 when there are only warnings and advice", async () => {
    const draft = { ...getExample("ukraine-2022"), title: "Aggression against Ukraine" };
    const run = fakeIo(["lint", "-"], { stdin: JSON.stringify(draft) });
    expect(await runCli(run.io)).toBe(0);
    expect(run.stdout()).toContain("advice   title: Security Council resolutions bear no title");
  });

  it("writes a JSON report with --json, reading standard input", async () => {
    const run = fakeIo(["lint", "-", "--json"], { stdin: faulty });
    expect(await runCli(run.io)).toBe(1);
    const report = JSON.parse(run.stdout());
    expect(report).toMatchObject({ errors: 3, warnings: 0, advice: 2 });
    expect(report.findings[0]).toEqual({
      code: "sponsor-not-a-state",
      severity: "error",
      paragraph: { section: "metadata", field: "sponsors", index: 1 },
      message: expect.stringContaining("EUU"),
      fix: { kind: "remove-sponsor", code: "EUU" },
    });
  });

  it("refuses a draft that breaks the format with the schema's message and exit code 2", async () => {
    const bad = JSON.stringify({ schemaVersion: 1, body: "security-council", sponsors: ["usa"], operative: [{ phrase: "Decides" }] });
    const run = fakeIo(["lint", "bad.json"], { files: { "bad.json": bad } });
    expect(await runCli(run.io)).toBe(2);
    expect(run.stdout()).toBe("");
    expect(run.stderr()).toContain("sponsors[0]: must be an ISO 3166 alpha-3 code in capitals, such as USA");
    expect(run.stderr()).toContain("operative[0].text: is required (string)");
  });

  it("refuses unreadable input, a missing file and stray arguments with exit code 2", async () => {
    const notJson = fakeIo(["lint", "x.json"], { files: { "x.json": "{ nope" } });
    expect(await runCli(notJson.io)).toBe(2);
    expect(notJson.stderr()).toContain("invalid JSON in x.json");
    const missing = fakeIo(["lint", "missing.json"]);
    expect(await runCli(missing.io)).toBe(2);
    expect(missing.stderr()).toContain("cannot read file missing.json");
    const extra = fakeIo(["lint", "a.json", "b.json"]);
    expect(await runCli(extra.io)).toBe(2);
    const option = fakeIo(["lint", "a.json", "--yaml"]);
    expect(await runCli(option.io)).toBe(2);
    expect(option.stderr()).toContain("unknown option --yaml");
  });

  it("is listed in the help", async () => {
    const run = fakeIo(["--help"]);
    await runCli(run.io);
    expect(run.stdout()).toMatch(/lint\s+Check a draft resolution/);
  });
});
