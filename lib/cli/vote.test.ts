import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";
import { listStates } from "@/lib/core/un/states";


async function vote(input: unknown) {
  const { io, out, err } = fakeIo(["vote"], { stdin: JSON.stringify(input) });
  const code = await runCli(io);
  return { code, out: out.join(""), err: err.join("") };
}

const COUNCIL_2022 = ["ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "GBR", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "USA"];

function votes2022(others: Record<string, string>): Record<string, string> {
  return Object.fromEntries(COUNCIL_2022.map((iso3) => [iso3, others[iso3] ?? "Y"]));
}

const S_2022_155 = votes2022({ RUS: "N", CHN: "A", IND: "A", ARE: "A" });

async function expectUsageError(input: unknown, message: string) {
  const result = await vote(input);
  expect(result.code).toBe(2);
  expect(result.out).toBe("");
  expect(result.err.trim().split("\n")).toHaveLength(1);
  expect(result.err).toBe(`unsc vote: ${message}\n`);
}

describe("unsc vote: Security Council", () => {
  it("S/2022/155: prints one JSON line, vetoed by the Russian Federation", async () => {
    const result = await vote({ body: "security-council", year: 2022, matter: "substantive", votes: S_2022_155, chapterVI: false, partiesToDispute: [] });
    expect(result.code).toBe(0);
    expect(result.out.endsWith("\n")).toBe(true);
    expect(result.out.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(result.out)).toEqual({
      body: "security-council",
      outcome: "vetoed",
      yes: 11,
      no: 1,
      abstain: 3,
      notVoting: 0,
      required: 9,
      vetoedBy: ["RUS"],
      missingYes: 0,
      statement: "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).",
    });
  });

  it("resolution 2623, read from a file argument: procedural, adopted 11-1-3", async () => {
    const file = JSON.stringify({ body: "security-council", year: 2022, matter: "procedural", votes: S_2022_155 });
    const { io, out } = fakeIo(["vote", "res-2623.json"], { files: { "res-2623.json": file } });
    expect(await runCli(io)).toBe(0);
    expect(JSON.parse(out.join(""))).toMatchObject({ outcome: "adopted", vetoedBy: [], statement: "The draft resolution was adopted by 11 votes to 1, with 3 abstentions." });
  });

  it("resolution 84 (1950): seven of eleven suffice, the USSR named by its own code SUN and absent", async () => {
    const votes = { CHN: "Y", CUB: "Y", ECU: "Y", EGY: "A", FRA: "Y", IND: "A", NOR: "Y", GBR: "Y", USA: "Y", SUN: "NP", YUG: "A" };
    const result = await vote({ body: "security-council", year: 1950, matter: "substantive", votes });
    expect(JSON.parse(result.out)).toMatchObject({ outcome: "adopted", yes: 7, abstain: 3, notVoting: 1, required: 7, vetoedBy: [] });
  });

  it("S/2014/916: a permanent member's no with 8 yes is a failure, not a veto", async () => {
    const votes = { ARG: "Y", AUS: "N", CHL: "Y", CHN: "Y", FRA: "Y", GBR: "A", JOR: "Y", KOR: "A", LTU: "A", LUX: "Y", NGA: "A", RUS: "Y", RWA: "A", TCD: "Y", USA: "N" };
    const result = await vote({ body: "security-council", year: 2014, matter: "substantive", votes });
    expect(JSON.parse(result.out)).toMatchObject({
      outcome: "failed",
      vetoedBy: [],
      missingYes: 1,
      statement: "The draft resolution was not adopted, having failed to obtain the required number of votes (8 in favour; 9 required).",
    });
  });

  it("accepts lower-case codes", async () => {
    const votes = Object.fromEntries(Object.entries(S_2022_155).map(([iso3, value]) => [iso3.toLowerCase(), value]));
    expect(JSON.parse((await vote({ body: "security-council", year: 2022, matter: "substantive", votes })).out).outcome).toBe("vetoed");
  });

  it("refuses a vote from a state not on that year's Council", async () => {
    await expectUsageError(
      { body: "security-council", year: 2022, matter: "substantive", votes: { ...S_2022_155, DEU: "Y" } },
      "votes: Germany is not a member of the Security Council in 2022",
    );
  });

  it("refuses an unknown code, a missing member, a duplicate and a bad vote value", async () => {
    const base = { body: "security-council", year: 2022, matter: "substantive" };
    await expectUsageError({ ...base, votes: { ...S_2022_155, XYZ: "Y" } }, "votes: XYZ is not a known state code");
    const { GHA: _ghana, ...withoutGhana } = S_2022_155;
    void _ghana;
    await expectUsageError({ ...base, votes: withoutGhana }, "votes: Ghana has no vote (use NP for a member not participating or absent)");
    await expectUsageError({ ...base, votes: { ...S_2022_155, alb: "N" } }, "votes: Albania has more than one vote");
    await expectUsageError({ ...base, votes: { ...S_2022_155, IRL: "yes" } }, 'votes: Ireland has the vote "yes"; a vote is one of Y, N, A, NP');
    await expectUsageError({ ...base, votes: { ...S_2022_155, IRL: 1 } }, 'votes.IRL: expected a vote: "Y", "N", "A" or "NP"');
  });

  it("Charter Art. 27(3): refuses the no of a party to the dispute under Chapter VI", async () => {
    await expectUsageError(
      { body: "security-council", year: 2022, matter: "substantive", votes: S_2022_155, chapterVI: true, partiesToDispute: ["RUS", "UKR"] },
      "votes: Russian Federation is a party to the dispute and shall abstain from voting on a decision under Chapter VI (Charter Art. 27(3))",
    );
  });

  it("refuses a year without a Council, an unknown party, a bad matter and an unknown field", async () => {
    const base = { body: "security-council", year: 2022, matter: "substantive", votes: S_2022_155 };
    await expectUsageError({ ...base, year: 1945 }, "year: no Security Council on record for 1945 (1946–2026)");
    await expectUsageError({ ...base, partiesToDispute: ["XYZ"] }, "partiesToDispute: XYZ is not a known state code");
    await expectUsageError({ ...base, matter: "important" }, 'matter: expected "substantive" or "procedural"');
    await expectUsageError({ ...base, chapterVl: true }, 'input: unknown field "chapterVl"');
  });
});

describe("unsc vote: General Assembly", () => {
  // The tally of A/RES/ES-11/1 (2 Mar 2022), 141-5-35, with the five votes against as recorded.
  const AGAINST = ["BLR", "ERI", "PRK", "RUS", "SYR"];
  const others = listStates().filter((state) => state.status === "member" && !AGAINST.includes(state.iso3));
  const votes: Record<string, string> = Object.fromEntries(AGAINST.map((iso3) => [iso3, "N"]));
  others.slice(0, 141).forEach((state) => (votes[state.iso3] = "Y"));
  others.slice(141, 176).forEach((state) => (votes[state.iso3] = "A"));

  it("A/RES/ES-11/1: adopted under two-thirds, absent Members counted as not voting", async () => {
    const result = await vote({ body: "general-assembly", majority: "two-thirds", votes });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual({
      body: "general-assembly",
      outcome: "adopted",
      yes: 141,
      no: 5,
      abstain: 35,
      notVoting: 12,
      required: 10,
      vetoedBy: [],
      missingYes: 0,
      statement: "The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions.",
    });
  });

  it("a tie fails under a simple majority", async () => {
    const result = await vote({ body: "general-assembly", majority: "simple", votes: { UKR: "Y", POL: "Y", RUS: "N", BLR: "N", CHN: "A" } });
    expect(JSON.parse(result.out)).toMatchObject({ outcome: "failed", statement: "The draft resolution was rejected, the vote being equally divided (2 in favour, 2 against)." });
  });

  it("refuses an observer State's vote and a bad majority", async () => {
    await expectUsageError({ body: "general-assembly", majority: "simple", votes: { VAT: "A" } }, "votes: Holy See is an observer State and cannot vote in the General Assembly");
    await expectUsageError({ body: "general-assembly", majority: "half", votes: {} }, 'majority: expected "simple" or "two-thirds"');
  });
});

describe("unsc vote: input", () => {
  it("refuses a missing body, empty input and invalid JSON with one line and exit 2", async () => {
    await expectUsageError({ year: 2022 }, 'body: expected "security-council" or "general-assembly"');
    await expectUsageError([], "input: expected a JSON object");
    const empty = fakeIo(["vote"], { stdin: "  " });
    expect(await runCli(empty.io)).toBe(2);
    expect(empty.err.join("")).toBe("unsc vote: no JSON on standard input\n");
    const broken = fakeIo(["vote"], { stdin: "{" });
    expect(await runCli(broken.io)).toBe(2);
    expect(broken.err.join("")).toMatch(/^unsc vote: invalid JSON: /);
  });

  it("shows its usage with --help", async () => {
    const { io, out } = fakeIo(["vote", "--help"]);
    expect(await runCli(io)).toBe(0);
    expect(out.join("")).toContain('"body": "general-assembly"');
  });
});
