import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";

describe("unsc president", () => {
  it("prints { date, iso3, name } for 25 February 2022: the Russian Federation", async () => {
    const { io, stdout, stderr } = fakeIo(["president", "--date", "2022-02-25"]);
    expect(await runCli(io)).toBe(0);
    expect(stderr()).toBe("");
    expect(JSON.parse(stdout())).toEqual({ date: "2022-02-25", iso3: "RUS", name: "Russian Federation" });
  });

  it("accepts --date=2024-08-01: Sierra Leone", async () => {
    const { io, stdout } = fakeIo(["president", "--date=2024-08-01"]);
    expect(await runCli(io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual({ date: "2024-08-01", iso3: "SLE", name: "Sierra Leone" });
  });

  it.each([
    [["president"], "--date is required"],
    [["president", "--date", "2022-02-30"], "not a date in the form YYYY-MM-DD"],
    [["president", "--date", "22-02-2022"], "not a date in the form YYYY-MM-DD"],
    [["president", "--date", "1945-10-24"], "1946"],
    [["president", "--date", "2027-01-01"], "2026"],
    [["president", "--date", "2022-02-25", "extra"], "unexpected argument"],
    [["president", "--year", "2022"], "unknown option --year"],
  ])("exits 2 with one clear line for %j", async (args, message) => {
    const { io, stdout, stderr } = fakeIo(args);
    expect(await runCli(io)).toBe(2);
    expect(stdout()).toBe("");
    expect(stderr()).toContain(message);
    expect(stderr().trim().split("\n")).toHaveLength(1);
  });
});
