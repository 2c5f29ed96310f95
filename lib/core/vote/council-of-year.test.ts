import { describe, expect, it } from "vitest";
import { decideCouncilVote } from "./council-rules";
import { getCouncilVoteSetup } from "./council-of-year";

describe("the Council of a year as input to the voting rules", () => {
  it("2022: fifteen members, nine votes, UN names for the statement", () => {
    const setup = getCouncilVoteSetup(2022)!;
    expect(setup.members).toHaveLength(15);
    expect(setup.required).toBe(9);
    expect(setup.members.filter((seat) => seat.permanent).map((seat) => seat.iso3).sort()).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect(setup.names.RUS).toBe("Russian Federation");
    expect(setup.names.CHN).toBe("China");
  });

  it("S/2022/155 decided on the 2022 Council from the reference data", () => {
    const setup = getCouncilVoteSetup(2022)!;
    const votes = setup.members.map(({ iso3 }) => ({ iso3, vote: iso3 === "RUS" ? "N" : ["CHN", "IND", "ARE"].includes(iso3) ? "A" : "Y" }));
    expect(decideCouncilVote({ ...setup, matter: "substantive", votes }).statement).toBe(
      "The draft resolution was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).",
    );
  });

  it("1950: eleven members, seven votes, the USSR under its own name and code", () => {
    const setup = getCouncilVoteSetup(1950)!;
    expect(setup.members).toHaveLength(11);
    expect(setup.required).toBe(7);
    expect(setup.aliases.SUN).toBe("RUS");
    expect(setup.names.RUS).toBe("USSR");
  });

  it("has no Council before 1946", () => {
    expect(getCouncilVoteSetup(1945)).toBeUndefined();
  });
});
