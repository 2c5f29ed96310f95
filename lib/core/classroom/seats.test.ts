import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random";
import { autoAssignSeats } from "./assign";
import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normalizeJoinCode } from "./join-code";
import { listClassSeats } from "./seats";

describe("join codes", () => {
  it("are six characters without look-alikes", () => {
    const random = seededRandom(1);
    for (let index = 0; index < 200; index++) {
      const code = generateJoinCode(random);
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(code).not.toMatch(/[01OIL]/);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("accept what people type: lower case, spaces and dashes", () => {
    expect(normalizeJoinCode("abc-def")).toBe("ABCDEF");
    expect(normalizeJoinCode(" ab c d e f ")).toBe("ABCDEF");
    expect(normalizeJoinCode("ABCDE")).toBeNull();
    expect(normalizeJoinCode("ABCDE0")).toBeNull();
    expect(formatJoinCode("ABCDEF")).toBe("ABC-DEF");
  });
});

describe("the seats of a class", () => {
  it("are the Council of the year: 15 in 2022 with the permanent members first, 11 in 1950", () => {
    const seats = listClassSeats("security-council", 2022);
    expect(seats).toHaveLength(15);
    expect(seats.slice(0, 5).map((seat) => seat.iso3)).toEqual(["CHN", "FRA", "RUS", "GBR", "USA"]);
    const early = listClassSeats("security-council", 1950);
    expect(early).toHaveLength(11);
    expect(early.find((seat) => seat.iso3 === "RUS")?.name).toBe("USSR");
  });

  it("are the Assembly's members of the year by admission date, predecessors under their successors", () => {
    expect(listClassSeats("general-assembly", 2022)).toHaveLength(193);
    expect(listClassSeats("general-assembly", 1946).length).toBeGreaterThanOrEqual(51);
    const seats1980 = listClassSeats("general-assembly", 1980);
    expect(seats1980.find((seat) => seat.iso3 === "SRB")?.name).toBe("Yugoslavia");
    expect(seats1980.find((seat) => seat.iso3 === "SSD")).toBeUndefined();
    expect(listClassSeats("general-assembly", 1800)).toEqual([]);
  });
});

describe("auto-assignment", () => {
  const seats = ["CHN", "FRA", "RUS", "GBR", "USA"];

  it("in the order joined: the first to join takes the first empty seat; held and shared seats stay", () => {
    const assigned = autoAssignSeats(
      seats,
      [
        { delegateId: "a", seat: "FRA" },
        { delegateId: "b", seat: null },
        { delegateId: "c", seat: "FRA" },
        { delegateId: "d", seat: null },
      ],
      "joined",
      () => 0,
    );
    expect([...assigned]).toEqual([
      ["b", "CHN"],
      ["d", "RUS"],
    ]);
  });

  it("at random with a seed: the same seed gives the same seats, no seat given twice, extra delegates wait", () => {
    const delegates = Array.from({ length: 7 }, (_, index) => ({ delegateId: `d${index}`, seat: null }));
    const first = autoAssignSeats(seats, delegates, "random", seededRandom(42));
    expect(first).toEqual(autoAssignSeats(seats, delegates, "random", seededRandom(42)));
    expect(new Set(first.values()).size).toBe(5);
    expect(first.size).toBe(5);
  });
});
