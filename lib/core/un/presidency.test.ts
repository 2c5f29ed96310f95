import { describe, expect, it } from "vitest";
import { getCouncil } from "./council";
import { getPresidentOfMonth, getPresidentOnDate, listRotationOrder, PRESIDENCY_ANCHORS } from "./presidency";

const president = (year: number, month: number) => getPresidentOfMonth(year, month).iso3;

describe("the presidency of the Security Council (provisional rule 18)", () => {
  it.each([
    [2022, 2, "RUS"], // February 2022: the Russian Federation presided at the vote on S/2022/155
    [2022, 4, "GBR"],
    [2024, 8, "SLE"], // August 2024: Sierra Leone
    [2024, 6, "KOR"], // the Republic of Korea, under R
    [2026, 1, "SOM"],
    [2003, 2, "DEU"],
    [2003, 3, "GIN"],
    [2001, 9, "FRA"], // resolution 1368 (2001), 12 September
    [2000, 1, "USA"], // Vice-President Gore presided, 10 January 2000
    [1992, 1, "GBR"], // the first summit, 31 January 1992
    [1991, 12, "RUS"], // the USSR's seat passed to the Russian Federation during its month
    [1990, 11, "USA"], // resolution 678 (1990), 29 November
    [1987, 7, "DEU"], // resolution 598 (1987), 20 July
    [1973, 10, "AUS"], // resolution 338 (1973), 22 October
    [1971, 12, "SLE"],
    [1967, 6, "DNK"],
    [1962, 10, "RUS"], // Zorin in the chair during the Cuban crisis
    [1950, 8, "RUS"], // Malik's return, August 1950
    [1950, 1, "CHN"], // the month the USSR walked out over China's representation
    [1946, 1, "AUS"], // the first President
  ])("%i-%i: %s", (year, month, iso3) => {
    expect(president(year, month)).toBe(iso3);
  });

  it("rotates in the English alphabetical order of the members' names, month by month", () => {
    const order = listRotationOrder(2022).map((member) => member.iso3);
    expect(order).toEqual(["ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "GBR", "USA"]);
    const months = Array.from({ length: 12 }, (_, index) => president(2022, index + 1));
    expect(months).toEqual(["NOR", "RUS", "ARE", "GBR", "USA", "ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND"]);
  });

  it("sorts the USSR as 'Union of Soviet Socialist Republics', before the United Arab Republic, the United Kingdom and the United States", () => {
    const order = listRotationOrder(1962).map((member) => member.iso3);
    // Union of Soviet Socialist Republics, United Arab Republic (Egypt), United Kingdom of …, United States of America.
    expect(order.slice(order.indexOf("RUS"), order.indexOf("RUS") + 4)).toEqual(["RUS", "EGY", "GBR", "USA"]);
  });

  it("continues across the year end: the turn passes on, it does not restart", () => {
    // December 2023 Ecuador → January 2024 France (Ecuador's successor in 2024's order), not Algeria, first of the alphabet.
    expect([president(2023, 12), president(2024, 1)]).toEqual(["ECU", "FRA"]);
    for (let year = 1948; year <= 2026; year++) {
      if (PRESIDENCY_ANCHORS.some((anchor) => anchor.year === year && anchor.month === 1)) continue;
      // The turn moves on at the year end: December's President never holds January too.
      expect({ year, january: president(year, 1) }).not.toEqual({ year, january: getPresidentOfMonth(year - 1, 12).iso3 });
    }
  });

  it("gives every month of 1946–2026 a member of that year's Council", () => {
    for (let year = 1946; year <= 2026; year++) {
      const members = new Set(getCouncil(year)!.members.map((member) => member.iso3));
      for (let month = 1; month <= 12; month++) expect(members.has(president(year, month))).toBe(true);
    }
  });

  it("reads a date; in 1946 terms changed on the 17th", () => {
    expect(getPresidentOnDate("2022-02-25")).toEqual({
      ok: true,
      president: { date: "2022-02-25", year: 2022, month: 2, iso3: "RUS", name: "Russian Federation" },
    });
    const before = getPresidentOnDate("1946-02-16");
    const after = getPresidentOnDate("1946-02-17");
    expect(before.ok && before.president.iso3).toBe("AUS");
    expect(after.ok && after.president.iso3).toBe("BRA");
  });

  it("refuses a date that does not exist or is outside 1946–2026", () => {
    expect(getPresidentOnDate("2022-02-30")).toMatchObject({ ok: false, message: expect.stringContaining("YYYY-MM-DD") });
    expect(getPresidentOnDate("1945-12-31")).toMatchObject({ ok: false, message: expect.stringContaining("1946") });
    expect(getPresidentOnDate("2027-01-01")).toMatchObject({ ok: false, message: expect.stringContaining("2026") });
    expect(getPresidentOnDate("25/02/2022").ok).toBe(false);
  });
});
