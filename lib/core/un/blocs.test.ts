import { describe, expect, it } from "vitest";
import { getBlocLabel, isBlocMembershipDated, listBlocMembers } from "./blocs";
import { listStates } from "./states";

describe("bloc memberships by year", () => {
  it("counts the European Union's members through its enlargements and the United Kingdom's departure", () => {
    expect(listBlocMembers("EU", 1957)).toEqual([]);
    expect(listBlocMembers("EU", 1958).sort()).toEqual(["BEL", "DEU", "FRA", "ITA", "LUX", "NLD"]);
    expect(listBlocMembers("EU", 1980)).toHaveLength(9);
    expect(listBlocMembers("EU", 2004)).toHaveLength(25);
    expect(listBlocMembers("EU", 2019)).toHaveLength(28);
    expect(listBlocMembers("EU", 2019)).toContain("GBR");
    expect(listBlocMembers("EU", 2022)).toHaveLength(27);
    expect(listBlocMembers("EU", 2022)).not.toContain("GBR");
  });

  it("agrees with today's memberships in the state list for the dated blocs", () => {
    for (const bloc of ["EU", "NATO", "G7", "BRICS", "ASEAN"] as const) {
      const today = listStates()
        .filter((state) => state.blocs.includes(bloc))
        .map((state) => state.iso3)
        .sort();
      expect(listBlocMembers(bloc, 2026).sort(), bloc).toEqual(today);
    }
  });

  it("has NATO at 30 in 2022, 31 with Finland in 2023 and 32 with Sweden in 2024", () => {
    expect(listBlocMembers("NATO", 2022)).toHaveLength(30);
    expect(listBlocMembers("NATO", 2023)).toContain("FIN");
    expect(listBlocMembers("NATO", 2024)).toHaveLength(32);
  });

  it("offers the other blocs with today's members only from their founding", () => {
    expect(isBlocMembershipDated("African Union")).toBe(false);
    expect(listBlocMembers("African Union", 2001)).toEqual([]);
    expect(listBlocMembers("African Union", 2022)).toHaveLength(54);
    expect(listBlocMembers("CELAC", 2010)).toEqual([]);
  });

  it("names the blocs in full", () => {
    expect(getBlocLabel("EU")).toBe("European Union");
    expect(getBlocLabel("OIC")).toBe("Organisation of Islamic Cooperation");
  });
});
