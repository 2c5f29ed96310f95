import { describe, expect, it } from "vitest";
import { runCli } from "./main";
import { fakeIo } from "./fake-io.test-support";


describe("unsc council", () => {
  it("prints the Council of 2022 as one JSON line, members in English alphabetical order", async () => {
    const { io, out, err } = fakeIo(["council", "--year", "2022", "--json"]);
    expect(await runCli(io)).toBe(0);
    expect(err.join("")).toBe("");
    const text = out.join("");
    expect(text.endsWith("\n")).toBe(true);
    expect(text.trim().split("\n")).toHaveLength(1);
    const result = JSON.parse(text);
    expect(Object.keys(result)).toEqual(["year", "required", "members"]);
    expect(result.year).toBe(2022);
    expect(result.required).toBe(9);
    expect(result.members[0]).toEqual({ iso3: "ALB", name: "Albania", permanent: false });
    expect(result.members.map((member: { iso3: string }) => member.iso3)).toEqual([
      "ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "GBR", "USA",
    ]);
    expect(result.members.filter((member: { permanent: boolean }) => member.permanent)).toHaveLength(5);
  });

  it("accepts --year=1950 and shows 11 members and 7 votes required", async () => {
    const { io, out } = fakeIo(["council", "--year=1950", "--json"]);
    expect(await runCli(io)).toBe(0);
    const result = JSON.parse(out.join(""));
    expect(result.required).toBe(7);
    expect(result.members).toHaveLength(11);
    expect(result.members.find((member: { iso3: string }) => member.iso3 === "RUS").name).toBe("USSR");
  });

  it("prints a readable table: permanent members first, with ISO code, seat, term and group", async () => {
    const { io, out } = fakeIo(["council", "--year", "2022"]);
    expect(await runCli(io)).toBe(0);
    const lines = out.join("").split("\n");
    expect(lines[0]).toContain("Security Council 2022: 15 members; 9 votes");
    const header = lines.findIndex((line) => line.startsWith("Member"));
    expect(lines[header]).toMatch(/^Member\s+ISO\s+Seat\s+Term\s+Regional group$/);
    const rows = lines.slice(header + 1, header + 16);
    expect(rows[0]).toMatch(/^China .*CHN\s+permanent/);
    expect(rows[5]).toMatch(/^Albania\s+ALB\s+elected\s+2022–2023\s+Eastern European Group$/);
    expect(rows.find((row) => row.startsWith("India"))).toMatch(/2021–2022\s+Asia-Pacific Group/);
    // Aligned: every row's ISO column starts at the header's.
    const column = lines[header].indexOf("ISO");
    for (const row of rows) expect(row.slice(column, column + 3)).toMatch(/^[A-Z]{3}$/);
  });

  it.each([
    [["council", "--year", "20x2"], "20x2"],
    [["council", "--year", "2022.5"], "2022.5"],
    [["council", "--year", "1945"], "1945"],
    [["council", "--year", "2027"], "2027"],
    [["council"], "--year is required"],
    [["council", "--year"], "--year needs a value"],
    [["council", "2022"], 'unexpected argument "2022"'],
  ])("refuses %j with exit code 2 and one line on stderr", async (args, message) => {
    const { io, out, err } = fakeIo(args);
    expect(await runCli(io)).toBe(2);
    expect(out.join("")).toBe("");
    expect(err.join("").trim().split("\n")).toHaveLength(1);
    expect(err.join("")).toContain(message);
  });

  it("is listed in the command help", async () => {
    const { io, out } = fakeIo(["--help"]);
    expect(await runCli(io)).toBe(0);
    expect(out.join("")).toMatch(/council\s+List the Security Council's members/);
  });
});
