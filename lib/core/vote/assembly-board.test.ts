import { describe, expect, it } from "vitest";
import { ADOPTED_WITHOUT_A_VOTE, assemblyBoardOrder, findVotingBloc, isImportantQuestionChoice, layoutHemicycle, listAssemblySeats, listVotingBlocs, setBlocVote, suggestMajorityFor } from "./assembly-board";
import { decideAssemblyVote } from "./assembly-rules";

describe("the Assembly's members of a year", () => {
  it("seats the 193 Members of 2022, and in 1946 the 51 original Members and the four admitted that year", () => {
    expect(listAssemblySeats(2022)).toHaveLength(193);
    expect(listAssemblySeats(1946)).toHaveLength(55);
    expect(listAssemblySeats(1946).map((seat) => seat.iso3)).toEqual(expect.arrayContaining(["AFG", "ISL", "SWE", "THA"]));
    expect(listAssemblySeats(1800)).toEqual([]);
  });

  it("names a seat as the UN did that year, in its regional group", () => {
    const seats1980 = listAssemblySeats(1980);
    expect(seats1980.find((seat) => seat.iso3 === "CZE")).toMatchObject({ name: "Czechoslovakia", group: "Eastern European" });
    expect(seats1980.find((seat) => seat.iso3 === "SSD")).toBeUndefined();
  });
});

describe("the voting board", () => {
  it("lists names in English alphabetical order, accents ignored", () => {
    const names = assemblyBoardOrder(listAssemblySeats(2022)).map((seat) => seat.name);
    expect(names[0]).toBe("Afghanistan");
    expect(names.at(-1)).toBe("Zimbabwe");
    expect(names.indexOf("Côte d'Ivoire")).toBe(names.indexOf("Costa Rica") + 1);
    expect(names.indexOf("Türkiye")).toBeLessThan(names.indexOf("Turkmenistan"));
  });

  it("sorts a shuffled list back into board order", () => {
    const shuffled = [{ name: "Zambia" }, { name: "Côte d'Ivoire" }, { name: "Albania" }, { name: "Croatia" }, { name: "Costa Rica" }];
    expect(assemblyBoardOrder(shuffled).map((seat) => seat.name)).toEqual(["Albania", "Costa Rica", "Côte d'Ivoire", "Croatia", "Zambia"]);
  });
});

describe("votes set by group or bloc", () => {
  const seats = listAssemblySeats(2022);
  const blocs = listVotingBlocs(seats, 2022);

  it("offers the five regional groups, which together hold every Member", () => {
    const groups = blocs.filter((bloc) => bloc.kind === "regional-group");
    expect(groups.map((group) => group.shortLabel)).toEqual(["African", "Asia-Pacific", "Eastern European", "GRULAC", "WEOG"]);
    expect(groups.reduce((sum, group) => sum + group.members.length, 0)).toBe(193);
    expect(findVotingBloc(blocs, "group:African")?.members).toHaveLength(54);
  });

  it("sets 'EU: yes' on the 27 members of 2022 and leaves the others as they were", () => {
    const eu = findVotingBloc(blocs, "bloc:EU")!;
    expect(eu.members).toHaveLength(27);
    expect(eu.note).toBeNull();
    const votes = setBlocVote({ USA: "N", FRA: "A" }, eu, "Y");
    expect(votes.FRA).toBe("Y");
    expect(votes.USA).toBe("N");
    expect(Object.values(votes).filter((vote) => vote === "Y")).toHaveLength(27);
  });

  it("keeps only the Members of the year: the European Communities of 1980, no African Union before 2002", () => {
    const blocs1980 = listVotingBlocs(listAssemblySeats(1980), 1980);
    expect(findVotingBloc(blocs1980, "bloc:EU")).toMatchObject({ label: "European Communities", members: ["BEL", "DNK", "FRA", "DEU", "GRC", "IRL", "ITA", "LUX", "NLD", "GBR"].filter((iso3) => iso3 !== "GRC") });
    expect(findVotingBloc(blocs1980, "bloc:African Union")).toBeUndefined();
    expect(findVotingBloc(blocs, "bloc:OIC")?.note).toBe("today's members");
  });
});

describe("the majority suggested by Art. 18(2)", () => {
  it("reads the draft's text, or takes the chosen category", () => {
    expect(suggestMajorityFor("from-text", "Aggression against Ukraine")).toMatchObject({ majority: "two-thirds", questionId: "peace-and-security" });
    expect(suggestMajorityFor("from-text", "International Day of Yoga")).toMatchObject({ majority: "simple", questionId: null });
    expect(suggestMajorityFor("budget", "International Day of Yoga")).toMatchObject({ majority: "two-thirds", reason: expect.stringContaining("budgetary questions") });
    expect(suggestMajorityFor("none", "Aggression against Ukraine").majority).toBe("simple");
  });

  it("knows its choices: the Charter's categories, reading the text, or none", () => {
    expect(["from-text", "none", "peace-and-security", "budget"].every(isImportantQuestionChoice)).toBe(true);
    expect(isImportantQuestionChoice("Budget")).toBe(false);
    expect(isImportantQuestionChoice("")).toBe(false);
  });

  it("decides ES-11/1 (141–5–35) adopted by two-thirds, in the Assembly's words", () => {
    const seats = listAssemblySeats(2022);
    const against = ["BLR", "ERI", "PRK", "RUS", "SYR"];
    // 5 against, the first 35 others abstaining, the next 12 absent, 141 in favour.
    const others = seats.map((seat) => seat.iso3).filter((iso3) => !against.includes(iso3));
    const abstaining = others.slice(0, 35);
    const absent = others.slice(35, 47);
    const cast = seats
      .filter((seat) => !absent.includes(seat.iso3))
      .map((seat) => ({ iso3: seat.iso3, vote: against.includes(seat.iso3) ? "N" : abstaining.includes(seat.iso3) ? "A" : "Y" }));
    const decision = decideAssemblyVote({ majority: "two-thirds", votes: cast, members: seats.map((seat) => seat.iso3) });
    expect(decision.statement).toBe("The draft resolution was adopted by a recorded vote of 141 to 5, with 35 abstentions.");
    expect(ADOPTED_WITHOUT_A_VOTE).toBe("The draft resolution was adopted without a vote.");
  });
});

describe("the hemicycle", () => {
  const seats = listAssemblySeats(2022);
  const layout = layoutHemicycle(seats);

  it("places every Member once, inside the drawing", () => {
    expect(layout.seats).toHaveLength(193);
    expect(new Set(layout.seats.map((seat) => seat.iso3)).size).toBe(193);
    for (const seat of layout.seats) {
      expect(seat.x).toBeGreaterThanOrEqual(0);
      expect(seat.x).toBeLessThanOrEqual(layout.width);
      expect(seat.y).toBeLessThanOrEqual(layout.center.y);
    }
  });

  it("never lets two seats overlap", () => {
    for (let i = 0; i < layout.seats.length; i++) {
      for (let j = i + 1; j < layout.seats.length; j++) {
        const [a, b] = [layout.seats[i], layout.seats[j]];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.iso3}–${b.iso3}`).toBeGreaterThanOrEqual(a.r + b.r);
      }
    }
  });

  it("groups the Members by regional group in wedges from left to right", () => {
    expect(layout.groups.map((group) => [group.group, group.count])).toEqual([
      ["African", 54],
      ["Asia-Pacific", 54],
      ["Eastern European", 23],
      ["Latin American and Caribbean", 33],
      ["Western European and Others", 29],
    ]);
    // Wedges follow one another: each group's arc starts where the previous one ended, going right.
    for (let index = 1; index < layout.groups.length; index++) expect(layout.groups[index].arc.from).toBeLessThanOrEqual(layout.groups[index - 1].arc.to);
    const africanMeanX = mean(layout.seats.filter((seat) => seat.group === "African").map((seat) => seat.x));
    const weogMeanX = mean(layout.seats.filter((seat) => seat.group === "Western European and Others").map((seat) => seat.x));
    expect(africanMeanX).toBeLessThan(layout.center.x);
    expect(weogMeanX).toBeGreaterThan(layout.center.x);
  });

  it("lays out a small Assembly too (55 Members in 1946)", () => {
    const small = layoutHemicycle(listAssemblySeats(1946));
    expect(small.seats).toHaveLength(55);
    expect(small.groups.reduce((sum, group) => sum + group.count, 0)).toBe(55);
  });
});

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
