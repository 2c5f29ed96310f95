import { describe, expect, it } from "vitest";
import { findVotingBloc, listAssemblySeats, listVotingBlocs } from "@/lib/core/vote/assembly-board";
import { assemblyReducer, initialAssemblyState } from "./assembly-state";
import type { AssemblyBoardPrediction } from "./predict";

const seats = listAssemblySeats(2022);
const members = seats.map((seat) => seat.iso3);
const eu = findVotingBloc(listVotingBlocs(seats, 2022), "bloc:EU")!;

function prediction(vote: "Y" | "N"): AssemblyBoardPrediction {
  return {
    year: 2022,
    board: Object.fromEntries(members.map((iso3) => [iso3, vote])),
    mostLikely: Object.fromEntries(members.map((iso3) => [iso3, "Y"])),
    confidence: Object.fromEntries(members.map((iso3) => [iso3, 0.9])),
    reasons: {},
    adoptedProbability: 0.5,
    expected: { yes: 0, no: 0, abstain: 0, absent: 0 },
    lastVoteRead: null,
  };
}

describe("the Assembly simulator's state", () => {
  it("opens with every Member not voting and the majority the draft's text suggests", () => {
    const state = initialAssemblyState({ year: 2022, members, text: "Aggression against Ukraine" });
    expect(Object.values(state.votes).every((vote) => vote === "NP")).toBe(true);
    expect(Object.keys(state.votes)).toHaveLength(193);
    expect(state.majority).toBe("two-thirds");
    expect(initialAssemblyState({ year: 2022, members, text: "International Day of Yoga" }).majority).toBe("simple");
  });

  it("follows the suggestion as the text read for it changes, unless a category was chosen", () => {
    let state = initialAssemblyState({ year: 2022, members, text: "" });
    expect(state.majority).toBe("simple");
    state = assemblyReducer(state, { type: "set-text", text: "Aggression against Ukraine" });
    expect(state.majority).toBe("two-thirds");
    state = assemblyReducer(state, { type: "set-text", text: "International Day of Yoga" });
    expect(state.majority).toBe("simple");
    state = assemblyReducer(state, { type: "set-choice", choice: "budget", text: "International Day of Yoga" });
    expect(assemblyReducer(state, { type: "set-text", text: "International Day of Chess" }).majority).toBe("two-thirds");
  });

  it("sets a bloc in one click, then keeps those hand-set votes when Predict fills the rest", () => {
    let state = initialAssemblyState({ year: 2022, members, text: "" });
    state = assemblyReducer(state, { type: "set-votes", iso3s: eu.members, vote: "Y" });
    state = assemblyReducer(state, { type: "apply-prediction", prediction: prediction("N"), keepHandSet: true });
    expect(state.votes.FRA).toBe("Y");
    expect(state.votes.USA).toBe("N");
    const replaced = assemblyReducer(state, { type: "apply-prediction", prediction: prediction("N"), keepHandSet: false });
    expect(replaced.votes.FRA).toBe("N");
  });

  it("steps a seat through yes, no, abstain, not voting", () => {
    let state = initialAssemblyState({ year: 2022, members, text: "" });
    const seen = [];
    for (let step = 0; step < 4; step++) {
      state = assemblyReducer(state, { type: "cycle-vote", iso3: "BRA" });
      seen.push(state.votes.BRA);
    }
    expect(seen).toEqual(["Y", "N", "A", "NP"]);
    expect(assemblyReducer(state, { type: "cycle-vote", iso3: "XXX" })).toBe(state);
  });

  it("takes the majority of a chosen Art. 18(2) category, and a new year clears the board", () => {
    let state = initialAssemblyState({ year: 2022, members, text: "International Day of Yoga" });
    state = assemblyReducer(state, { type: "set-choice", choice: "budget", text: "International Day of Yoga" });
    expect(state.majority).toBe("two-thirds");
    state = assemblyReducer(state, { type: "set-votes", iso3s: ["FRA"], vote: "Y" });
    state = assemblyReducer(state, { type: "set-year", year: 1980, members: listAssemblySeats(1980).map((seat) => seat.iso3) });
    // 154 Members in 1980; the German Democratic Republic and Democratic Yemen, merged since, have no seat of their own (listClassSeats).
    expect(Object.keys(state.votes)).toHaveLength(152);
    expect(state.votes.FRA).toBe("NP");
    expect(state.handSet).toEqual([]);
  });
});
