import { describe, expect, it } from "vitest";
import { horseshoeOrder, seatPositions } from "./seat-order";
import { nextVote } from "./vote-display";

const members = ["Norway", "Albania", "Ghana", "Brazil"].map((name) => ({ iso3: name.slice(0, 3).toUpperCase(), name }));

describe("horseshoe seating", () => {
  it("starts with the President and follows English alphabetical order round the table", () => {
    expect(horseshoeOrder(members, "GHA").map((member) => member.name)).toEqual(["Ghana", "Norway", "Albania", "Brazil"]);
    expect(horseshoeOrder(members, null).map((member) => member.name)).toEqual(["Albania", "Brazil", "Ghana", "Norway"]);
  });

  it("puts the President's seat at the top of the U", () => {
    const positions = seatPositions(15, { x: 0, y: 0 }, { x: 100, y: 100 });
    expect(positions[0].x).toBeCloseTo(0, 6);
    expect(Math.min(...positions.map((position) => position.y))).toBeCloseTo(positions[0].y, 6);
  });
});

describe("clicking a seat", () => {
  it("cycles yes, no, abstain, not participating", () => {
    expect(["Y", "N", "A", "NP"].map((vote) => nextVote(vote as "Y"))).toEqual(["N", "A", "NP", "Y"]);
  });

  it("gives a party to the dispute only abstain or not participating (Charter Art. 27(3))", () => {
    expect(nextVote("Y", ["A", "NP"])).toBe("A");
    expect(nextVote("A", ["A", "NP"])).toBe("NP");
    expect(nextVote("NP", ["A", "NP"])).toBe("A");
  });
});
