import { describe, expect, it } from "vitest";
import { findState, getShortName, getState, listStates, searchStates } from "./states";

describe("member states", () => {
  it("lists the 193 members and the two observer states", () => {
    const states = listStates();
    expect(states).toHaveLength(195);
    expect(states.filter((state) => state.status === "member")).toHaveLength(193);
    expect(states.filter((state) => state.status === "observer").map((state) => state.name)).toEqual([
      "Holy See",
      "State of Palestine",
    ]);
  });

  it("orders states as UN lists do, accents ignored", () => {
    const names = listStates().map((state) => state.name);
    expect(names[0]).toBe("Afghanistan");
    expect(names[names.length - 1]).toBe("Zimbabwe");
    expect(names.slice(names.indexOf("Costa Rica"), names.indexOf("Costa Rica") + 3)).toEqual([
      "Costa Rica",
      "Côte d'Ivoire",
      "Croatia",
    ]);
    expect(names.indexOf("Türkiye")).toBeLessThan(names.indexOf("Turkmenistan"));
    expect(names.indexOf("São Tomé and Príncipe")).toBeLessThan(names.indexOf("Saudi Arabia"));
  });

  it("carries the UN name, short name, group, blocs and admission date", () => {
    expect(getState("USA")).toMatchObject({
      iso2: "US",
      name: "United States of America",
      shortName: "United States",
      status: "member",
      regionalGroup: "Western European and Others",
      admissionDate: "1945-10-24",
    });
    expect(getState("usa")?.blocs).toEqual(["NATO", "G7", "OAS"]);
    expect(getState("ALB")?.admissionDate).toBe("1955-12-14");
    expect(getState("PSE")).toMatchObject({ status: "observer", admissionDate: null, regionalGroup: "Asia-Pacific" });
    expect(getState("VAT")?.regionalGroup).toBeNull();
    expect(getState("TUR")?.regionalGroupNote).toContain("WEOG");
    expect(getState("XXX")).toBeUndefined();
  });

  it("gives short display names for long UN names and keeps short UN names", () => {
    expect(getShortName("GBR")).toBe("United Kingdom");
    expect(getShortName("VEN")).toBe("Venezuela");
    expect(getShortName("RUS")).toBe("Russian Federation");
    expect(getShortName("FRA")).toBe("France");
    expect(getShortName("ZZZ")).toBe("ZZZ");
  });

  it.each([
    ["RUS", ["Russia", "Russian Federation", "USSR", "Soviet Union", "rus", "RU"]],
    ["USA", ["United States", "USA", "US", "U.S.", "America", "united states of america"]],
    ["GBR", ["UK", "Britain", "Great Britain", "United Kingdom", "GB"]],
    ["TUR", ["Türkiye", "Turkiye", "Turkey"]],
    ["IRN", ["Iran", "Iran (Islamic Republic of)"]],
    ["SYR", ["Syria", "Syrian Arab Republic"]],
    ["VEN", ["Venezuela", "Bolivarian Republic of Venezuela"]],
    ["BOL", ["Bolivia", "Plurinational State of Bolivia"]],
    ["TZA", ["Tanzania", "United Republic of Tanzania"]],
    ["VNM", ["Vietnam", "Viet Nam"]],
    ["KOR", ["South Korea", "Republic of Korea"]],
    ["PRK", ["North Korea", "DPRK", "Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"]],
    ["LAO", ["Laos", "Lao People's Democratic Republic"]],
    ["MDA", ["Moldova", "Republic of Moldova"]],
    ["CZE", ["Czechia", "Czech Republic", "Czechoslovakia"]],
    ["CIV", ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "cote divoire"]],
    ["CPV", ["Cape Verde", "Cabo Verde"]],
    ["SWZ", ["Swaziland", "Eswatini"]],
    ["MKD", ["Macedonia", "North Macedonia", "The former Yugoslav Republic of Macedonia"]],
    ["PSE", ["Palestine", "State of Palestine"]],
    ["VAT", ["Vatican", "Holy See"]],
    ["COD", ["DR Congo", "DRC", "Democratic Republic of the Congo", "Zaire"]],
    ["COG", ["Congo", "Republic of the Congo", "Congo-Brazzaville"]],
    ["GMB", ["Gambia", "The Gambia"]],
    ["LCA", ["Saint Lucia", "St. Lucia", "St Lucia"]],
  ])("finds %s by its usual names", (iso3, names) => {
    for (const name of names) expect(findState(name)?.iso3, name).toBe(iso3);
  });

  it("finds the successors of Council members that no longer exist", () => {
    expect(findState("Yugoslavia")?.iso3).toBe("SRB");
    expect(findState("German Democratic Republic")?.iso3).toBe("DEU");
    expect(findState("Byelorussian SSR")?.iso3).toBe("BLR");
    expect(findState("Ukrainian SSR")?.iso3).toBe("UKR");
    expect(findState("United Arab Republic")?.iso3).toBe("EGY");
    expect(findState("Ceylon")?.iso3).toBe("LKA");
    expect(findState("Upper Volta / Burkina Faso")?.iso3).toBe("BFA");
    expect(findState("Yemen (Democratic Yemen until May 1990)")?.iso3).toBe("YEM");
    expect(findState("China (Republic of China)")?.iso3).toBe("CHN");
  });

  it("does not guess when a name is ambiguous or unknown", () => {
    expect(findState("Korea")).toBeUndefined();
    expect(findState("Taiwan")).toBeUndefined();
    expect(findState("")).toBeUndefined();
    expect(findState("Calls upon")).toBeUndefined();
  });

  it("ranks a sponsor picker's matches: exact first, then prefixes, then words inside names", () => {
    expect(searchStates("ind").map((state) => state.iso3).slice(0, 2)).toEqual(["IND", "IDN"]);
    expect(searchStates("congo").map((state) => state.shortName)).toEqual(["Congo", "DR Congo"]);
    expect(searchStates("korea").map((state) => state.iso3)).toEqual(["PRK", "KOR"]);
    expect(searchStates("gu", 4).map((state) => state.name)).toEqual(["Guatemala", "Guinea", "Guinea-Bissau", "Guyana"]);
    expect(searchStates("russia")[0].iso3).toBe("RUS");
    expect(searchStates("xyzzy")).toEqual([]);
    expect(searchStates("", 3).map((state) => state.name)).toEqual(["Afghanistan", "Albania", "Algeria"]);
    expect(searchStates("a", 5)).toHaveLength(5);
  });
});
