import { describe, expect, it } from "vitest";
import { getExample } from "../core/draft/examples";
import type { CliIo } from "./io";
import { runCli } from "./main";

function fakeIo(args: string[], files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    args,
    readStdin: async () => stdin,
    readFile: async (path) => {
      if (!(path in files)) throw new Error(`ENOENT ${path}`);
      return files[path];
    },
    writeFile: async () => {},
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    now: () => new Date("2026-01-01T00:00:00Z"),
  };
  return { io, out: () => out.join(""), err: () => err.join("") };
}

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
    const run = fakeIo(["lint", "ukraine.json"], { "ukraine.json": JSON.stringify(getExample("ukraine-2022")) });
    expect(await runCli(run.io)).toBe(0);
    expect(run.out()).toBe("no findings\n");
    expect(run.err()).toBe("");
  });

  it("prints one line per finding, severity and place first, and exits 1 on an error", async () => {
    const run = fakeIo(["lint", "draft.json"], { "draft.json": faulty });
    expect(await runCli(run.io)).toBe(1);
    const lines = run.out().trimEnd().split("\n");
    expect(lines[0]).toMatch(/^error {4}sponsors: "EUU" is not the code of a State/);
    expect(lines).toContainEqual(expect.stringMatching(/^error {4}preamble 1: Preambular paragraph 1 still holds the placeholder "\[State\]"/));
    expect(lines).toContainEqual(expect.stringMatching(/^error {4}operative 1: "Recalling" opens preambular paragraphs.*\[fix available\]$/));
    expect(lines).toContainEqual(expect.stringMatching(/^advice {3}operative 2: .*ends with ";"/));
    expect(lines.at(-1)).toBe("3 errors, 0 warnings, 2 advice");
  });

  it("exits 0 when there are only warnings and advice", async () => {
    const draft = { ...getExample("ukraine-2022"), title: "Aggression against Ukraine" };
    const run = fakeIo(["lint", "-"], {}, JSON.stringify(draft));
    expect(await runCli(run.io)).toBe(0);
    expect(run.out()).toContain("advice   title: Security Council resolutions bear no title");
  });

  it("writes a JSON report with --json, reading standard input", async () => {
    const run = fakeIo(["lint", "-", "--json"], {}, faulty);
    expect(await runCli(run.io)).toBe(1);
    const report = JSON.parse(run.out());
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
    const run = fakeIo(["lint", "bad.json"], { "bad.json": bad });
    expect(await runCli(run.io)).toBe(2);
    expect(run.out()).toBe("");
    expect(run.err()).toContain("sponsors[0]: must be an ISO 3166 alpha-3 code in capitals, such as USA");
    expect(run.err()).toContain("operative[0].text: is required (string)");
  });

  it("refuses unreadable input, a missing file and stray arguments with exit code 2", async () => {
    const notJson = fakeIo(["lint", "x.json"], { "x.json": "{ nope" });
    expect(await runCli(notJson.io)).toBe(2);
    expect(notJson.err()).toContain("invalid JSON in x.json");
    const missing = fakeIo(["lint", "missing.json"]);
    expect(await runCli(missing.io)).toBe(2);
    expect(missing.err()).toContain("cannot read file missing.json");
    const extra = fakeIo(["lint", "a.json", "b.json"]);
    expect(await runCli(extra.io)).toBe(2);
    const option = fakeIo(["lint", "a.json", "--yaml"]);
    expect(await runCli(option.io)).toBe(2);
    expect(option.err()).toContain("unknown option --yaml");
  });

  it("is listed in the help", async () => {
    const run = fakeIo(["--help"]);
    await runCli(run.io);
    expect(run.out()).toMatch(/lint\s+Check a draft resolution/);
  });
});
