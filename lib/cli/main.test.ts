import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";
import { parseOptions, UsageError } from "./io";

describe("unsc command line", () => {
  it("lists commands with --help and exits 0", async () => {
    const { io, out } = fakeIo(["--help"]);
    expect(await runCli(io)).toBe(0);
    expect(out.join("")).toContain("Usage: npm run --silent unsc -- <command>");
  });

  it("refuses an unknown command with one line on stderr and exit code 2", async () => {
    const { io, err, out } = fakeIo(["frobnicate"]);
    expect(await runCli(io)).toBe(2);
    expect(out.join("")).toBe("");
    expect(err.join("").trim().split("\n")).toHaveLength(1);
    expect(err.join("")).toContain('unknown command "frobnicate"');
  });

  it.each([
    [["council", "--year", "2022", "--colour"], "unsc council: unknown option --colour"],
    [["council", "-y", "2022"], "unsc council: unknown option -y"],
    [["council", "--year"], "unsc council: option --year needs a value"],
    [["council", "--year", "--json"], "unsc council: option --year needs a value"],
    [["council", "--year", "2022", "--json=yes"], "unsc council: option --json takes no value"],
    [["export", "draft.json", "--style"], "unsc export: option --style needs a value"],
    [["vote", "--year", "2022"], "unsc vote: unknown option --year"],
    [["predict", "--json"], "unsc predict: unknown option --json"],
    [["lint", "a.json", "b.json"], "unsc lint: lint takes one draft file (or - for standard input)"],
  ])("refuses %j with one line on stderr and exit code 2", async (args, message) => {
    const { io, stdout, stderr } = fakeIo(args);
    expect(await runCli(io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toBe(`${message}\n`);
  });
});

describe("parseOptions", () => {
  const spec = { year: { type: "string" }, json: { type: "boolean" } } as const;

  it("reads --name value, --name=value, flags, - and everything after -- as given", () => {
    expect(parseOptions(["--year", "2022", "-", "--json"], spec)).toEqual({ values: { year: "2022", json: true }, positionals: ["-"] });
    expect(parseOptions(["--year=1950", "--", "--json"], spec)).toEqual({ values: { year: "1950" }, positionals: ["--json"] });
    expect(parseOptions(["--year=-5"], spec).values.year).toBe("-5");
  });

  it("keeps the last of a repeated option", () => {
    expect(parseOptions(["--year", "2022", "--year", "2023"], spec).values.year).toBe("2023");
  });

  it("throws a UsageError naming the option", () => {
    expect(() => parseOptions(["--yaer", "2022"], spec)).toThrow(new UsageError("unknown option --yaer"));
    expect(() => parseOptions(["--year"], spec)).toThrow(UsageError);
  });
});
