import { describe, expect, it } from "vitest";
import {
  listCouncilTerms,
  COUNCIL_FIRST_YEAR,
  COUNCIL_LAST_YEAR,
  PERMANENT_MEMBERS,
  getCouncil,
  isCouncilMember,
  isPermanentMember,
  orderMembersForDisplay,
  requiredVotes,
  councilSize,
  isBeforeEnlargement,
  requiredVotesForSize,
  COUNCIL_ENLARGEMENT_YEAR,
  type Council,
} from "./council";
import { getState } from "./states";

const years = Array.from({ length: COUNCIL_LAST_YEAR - COUNCIL_FIRST_YEAR + 1 }, (_, index) => COUNCIL_FIRST_YEAR + index);
const councils: Council[] = years.map((year) => getCouncil(year)!);

/** The code a seat holder is known by: the historical code for states that no longer exist. */
const holderCode = (member: { iso3: string; historicalCode?: string }) => member.historicalCode ?? member.iso3;

/**
 * Elected terms of one year only. Charter Art. 23(2): two-year terms, but three of the first six
 * members (1946) and two of the four added in 1966 drew one-year terms. The others are split
 * terms: after deadlocked General Assembly elections two states shared one two-year seat.
 */
const ONE_YEAR_TERMS: readonly string[] = [
  "1946 EGY", "1946 MEX", "1946 NLD", // first election, Art. 23(2) as signed
  "1956 YUG", "1957 PHL", // split seat
  "1960 POL", "1961 TUR", // split seat
  "1961 LBR", "1962 IRL", // split seat
  "1962 ROU", "1963 PHL", // split seat
  "1964 CSK", "1965 MYS", // split seat
  "1966 NZL", "1966 UGA", // enlargement, Art. 23(2) as amended
  "2017 ITA", "2018 NLD", // split seat after the tied 2016 election
];

describe("Security Council membership", () => {
  it("covers 1946–2026 and nothing outside", () => {
    expect(councils.every(Boolean)).toBe(true);
    expect(getCouncil(1945)).toBeUndefined();
    expect(getCouncil(2027)).toBeUndefined();
    expect(getCouncil(2022.5)).toBeUndefined();
  });

  it("has 11 members to 1965 and 15 from 1966, with 7 and 9 votes required (Charter Art. 27(2), amended 1965)", () => {
    for (const council of councils) {
      const expected = council.year <= 1965 ? { size: 11, required: 7 } : { size: 15, required: 9 };
      expect({ size: council.size, required: council.required, members: council.members.length }, String(council.year)).toEqual({
        ...expected,
        members: expected.size,
      });
      expect(new Set(council.members.map((member) => member.iso3)).size, String(council.year)).toBe(expected.size);
    }
    expect(requiredVotes(1965)).toBe(7);
    expect(requiredVotes(1966)).toBe(9);
    expect(requiredVotes(2030)).toBe(9);
    expect(() => requiredVotes(1945)).toThrow(RangeError);
  });

  it("seats all five permanent members every year", () => {
    for (const council of councils) {
      const permanent = council.members.filter((member) => member.permanent).map((member) => member.iso3).sort();
      expect(permanent, String(council.year)).toEqual([...PERMANENT_MEMBERS]);
    }
  });

  it("names China's seat for the Republic of China until 1971 and the USSR's until 1991", () => {
    const name = (year: number, iso3: string) => getCouncil(year)!.members.find((member) => member.iso3 === iso3)!.name;
    expect(name(1946, "CHN")).toBe("China (Republic of China)");
    expect(name(1970, "CHN")).toBe("China (Republic of China)");
    expect(name(1971, "CHN")).toBe("China");
    expect(getCouncil(1971)!.members.find((member) => member.iso3 === "CHN")!.note).toContain("25 Oct 1971");
    expect(name(1990, "RUS")).toBe("USSR");
    expect(getCouncil(1990)!.members.find((member) => member.iso3 === "RUS")!.historicalCode).toBe("SUN");
    expect(name(1991, "RUS")).toBe("Russian Federation");
    expect(name(2022, "RUS")).toBe("Russian Federation");
  });

  it("has the Council of 2022 that voted on S/2022/155", () => {
    const council = getCouncil(2022)!;
    expect(council.members.filter((member) => !member.permanent).map((member) => member.name)).toEqual([
      "Albania", "Brazil", "Gabon", "Ghana", "India", "Ireland", "Kenya", "Mexico", "Norway", "United Arab Emirates",
    ]);
    expect(council.members.map((member) => member.iso3)).toEqual([
      "ALB", "BRA", "CHN", "FRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "RUS", "ARE", "GBR", "USA",
    ]);
    expect(council.members.find((member) => member.iso3 === "IND")).toMatchObject({ termStart: 2021, termEnd: 2022, regionalGroup: "Asia-Pacific" });
  });

  it("keeps the elected seats' regional distribution of GA res. 1991 A (XVIII) in every year from 1966", () => {
    for (const council of councils.filter((entry) => entry.year >= 1966)) {
      const count = (...groups: string[]) =>
        council.members.filter((member) => !member.permanent && groups.includes(member.regionalGroup ?? "")).length;
      expect(
        [count("African", "Asia-Pacific"), count("Eastern European"), count("Latin American and Caribbean"), count("Western European and Others")],
        String(council.year),
      ).toEqual([5, 1, 2, 2]);
    }
  });

  it("gives elected members two-year terms except the recorded one-year terms", () => {
    const oneYear = new Set<string>();
    for (const council of councils) {
      for (const member of council.members.filter((entry) => !entry.permanent)) {
        expect(member.termStart <= council.year && council.year <= member.termEnd, `${council.year} ${member.name}`).toBe(true);
        const length = member.termEnd - member.termStart + 1;
        if (length === 1) oneYear.add(`${member.termStart} ${holderCode(member)}`);
        else expect(length, `${council.year} ${member.name}`).toBe(2);
      }
    }
    expect([...oneYear].sort()).toEqual([...ONE_YEAR_TERMS].sort());
  });

  it("never re-elects a retiring member at once (Charter Art. 23(2)), so no elected run exceeds two years", () => {
    const elected = new Map<string, number[]>();
    for (const council of councils) {
      for (const member of council.members.filter((entry) => !entry.permanent)) {
        elected.set(member.iso3, [...(elected.get(member.iso3) ?? []), council.year]);
      }
    }
    for (const [iso3, served] of elected) {
      let run = 1;
      for (let index = 1; index < served.length; index++) {
        run = served[index] === served[index - 1] + 1 ? run + 1 : 1;
        expect(run, `${iso3} ${served.join(",")}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it("maps every seat holder to a state, or to a documented former state", () => {
    const historical = new Set<string>();
    for (const council of councils) {
      for (const member of council.members) {
        expect(getState(member.iso3), `${council.year} ${member.name}`).toBeDefined();
        expect(member.regionalGroup, `${council.year} ${member.name}`).toBeDefined();
        if (member.historicalCode) historical.add(`${member.historicalCode}→${member.iso3} ${member.name}`);
      }
    }
    expect([...historical].sort()).toEqual([
      "CSK→CZE Czechoslovakia",
      "DDR→DEU German Democratic Republic",
      "SUN→RUS USSR",
      "YUG→SRB Yugoslavia",
    ]);
    // The GDR sat for Eastern Europe; its successor Germany is in WEOG today.
    expect(getCouncil(1980)!.members.find((member) => member.historicalCode === "DDR")!.regionalGroup).toBe("Eastern European");
  });

  it("lists members alphabetically and can order them permanent first for the Council page", () => {
    for (const council of [getCouncil(1950)!, getCouncil(2022)!]) {
      const names = council.members.map((member) => member.name);
      expect(names).toEqual([...names].sort((left, right) => left.localeCompare(right, "en")));
    }
    const ordered = orderMembersForDisplay(getCouncil(2022)!.members);
    expect(ordered.slice(0, 5).map((member) => member.iso3)).toEqual(["CHN", "FRA", "RUS", "GBR", "USA"]);
    expect(ordered.slice(5, 7).map((member) => member.name)).toEqual(["Albania", "Brazil"]);
    expect(ordered[14].name).toBe("United Arab Emirates");
  });

  it("answers membership questions by current or historical code", () => {
    expect(isCouncilMember(2022, "IND")).toBe(true);
    expect(isCouncilMember(2022, "ind")).toBe(true);
    expect(isCouncilMember(2022, "DEU")).toBe(false);
    expect(isCouncilMember(1980, "DDR")).toBe(true);
    expect(isCouncilMember(2026, "COD")).toBe(true);
    expect(isCouncilMember(2030, "USA")).toBe(false);
    expect(isPermanentMember("gbr")).toBe(true);
    expect(isPermanentMember("IND")).toBe(false);
  });
});

describe("a state's years on the Council", () => {
  it("joins consecutive years into terms and keeps permanent seats apart", () => {
    expect(listCouncilTerms("GBR")).toEqual([{ from: 1946, to: 2026, permanent: true }]);
    const albania = listCouncilTerms("ALB");
    expect(albania).toContainEqual({ from: 2022, to: 2023, permanent: false });
    expect(listCouncilTerms("AND")).toEqual([]);
  });
});

describe("the enlargement of 1966 (Charter Arts. 23 and 27 as amended by GA res. 1991 A (XVIII))", () => {
  it("gives eleven seats to 1965 and fifteen from 1966", () => {
    expect(COUNCIL_ENLARGEMENT_YEAR).toBe(1966);
    expect(councilSize(1946)).toBe(11);
    expect(councilSize(1965)).toBe(11);
    expect(councilSize(1966)).toBe(15);
    expect(isBeforeEnlargement(1965)).toBe(true);
    expect(isBeforeEnlargement(1966)).toBe(false);
    expect(() => councilSize(1945)).toThrow(RangeError);
  });

  it("agrees with the Council of each year and its votes required", () => {
    for (const year of [1950, 1965, 1966, 2022]) {
      const council = getCouncil(year)!;
      expect(council.members).toHaveLength(councilSize(year));
      expect(requiredVotesForSize(council.members.length)).toBe(requiredVotes(year));
    }
  });
});
