import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";


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
});
