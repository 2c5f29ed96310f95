import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import type { CliIo } from "./io";

function fakeIo(args: string[], stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    args,
    readStdin: async () => stdin,
    readFile: async () => {
      throw new Error("no file");
    },
    writeFile: async () => {},
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    now: () => new Date("2026-01-01T00:00:00Z"),
  };
  return { io, out, err };
}

describe("unsc predict", () => {
  it("predicts a General Assembly draft for every Member of that year under the majority asked", async () => {
    const input = JSON.stringify([{ id: "ga", body: "general-assembly", date: "2019-12-01", issue: "nuclear", sponsors: ["Japan"], majority: "two-thirds" }]);
    const { io, out, err } = fakeIo(["predict"], input);
    expect(await runCli(io)).toBe(0);
    expect(err.join("")).toBe("");
    const [prediction] = JSON.parse(out.join(""));
    expect(prediction.body).toBe("general-assembly");
    expect(prediction.majority).toBe("two-thirds");
    expect(Object.keys(prediction.members)).toHaveLength(193);
    expect(prediction.mostLikely.JPN).toBe("Y");
    expect(prediction.outcome.adopted + prediction.outcome.failed).toBeCloseTo(1, 2);
  });

  it("refuses an Assembly majority it does not know in one clear line", async () => {
    const { io, err } = fakeIo(["predict"], JSON.stringify([{ id: "ga", body: "general-assembly", date: "2019-12-01", majority: "three-quarters" }]));
    expect(await runCli(io)).toBe(2);
    expect(err.join("")).toMatch(/item 0: majority/);
  });

  it("prints one prediction per descriptor with every member of that year's Council", async () => {
    const input = JSON.stringify([
      { id: "a", date: "2024-03-22", agendaItem: "The situation in the Middle East, including the Palestinian question", topic: "Middle East, inc. Palestinian question", region: "Middle East", category: "Country/Region-specific", sponsors: ["USA"], isAmendment: false, procedural: false, draft: null },
    ]);
    const { io, out, err } = fakeIo(["predict"], input);
    expect(await runCli(io)).toBe(0);
    expect(err.join("")).toBe("");
    const [prediction] = JSON.parse(out.join(""));
    expect(prediction.id).toBe("a");
    expect(prediction.year).toBe(2024);
    expect(Object.keys(prediction.members)).toHaveLength(15);
    expect(prediction.members).toHaveProperty("DZA");
    expect(prediction.outcome.adopted + prediction.outcome.vetoed + prediction.outcome.failed).toBeCloseTo(1, 2);
    expect(prediction.reasons.RUS.length).toBeGreaterThan(0);
  });

  it.each([
    ["{}", "must be a JSON array"],
    ['[{"id":"x","date":"2030-01-01"}]', "outside 1946–2026"],
    ['[{"id":"x","date":"22/03/2024"}]', "YYYY-MM-DD"],
    ['[{"id":"x","date":"2024-03-22","sponsors":["XYZ"]}]', 'unknown sponsor "XYZ"'],
  ])("refuses %s with one line and exit code 2", async (input, message) => {
    const { io, err } = fakeIo(["predict"], input);
    expect(await runCli(io)).toBe(2);
    expect(err.join("").trim().split("\n")).toHaveLength(1);
    expect(err.join("")).toContain(message);
  });
});
