import { describe, expect, it } from "vitest";
import { descriptorForVote, predictDraft } from "@/lib/core/predict/predict-vote";
import { decideSimulation } from "./decide";
import { initialSimulatorState, partiesMustAbstain, preliminaryQuestionOf, seatVotes, simulatorReducer, voteQueryOf, type SimulatorAction, type SimulatorState } from "./simulator-state";

function run(state: SimulatorState, ...actions: SimulatorAction[]): SimulatorState {
  return actions.reduce(simulatorReducer, state);
}

/** Clicks a seat until it shows `vote`, as a user does. */
function clickTo(state: SimulatorState, iso3: string, vote: string): SimulatorState {
  let next = state;
  for (let click = 0; click < 4 && next.votes[iso3] !== vote; click++) next = simulatorReducer(next, { type: "cycle-vote", iso3 });
  return next;
}

describe("a simulator's start", () => {
  it("seats the year's Council, all voting yes, with January's President presiding (rule 18)", () => {
    const state = initialSimulatorState(2022);
    expect(Object.keys(state.votes)).toHaveLength(15);
    expect(Object.values(state.votes).every((vote) => vote === "Y")).toBe(true);
    expect(state.presidentIso3).toBe("NOR");
    expect(state.matter).toBe("substantive");
    expect(initialSimulatorState(1950).votes).not.toHaveProperty("ALB");
    expect(Object.keys(initialSimulatorState(1950).votes)).toHaveLength(11);
  });

  it("takes the draft's date only when it falls in the year", () => {
    expect(initialSimulatorState(2022, "2022-02-25").voteDate).toBe("2022-02-25");
    expect(initialSimulatorState(2022, "2021-12-01").voteDate).toBe("");
  });
});

describe("S/2022/155 in the simulator", () => {
  const vetoed = clickTo(clickTo(clickTo(clickTo(initialSimulatorState(2022), "RUS", "N"), "CHN", "A"), "IND", "A"), "ARE", "A");

  it("clicks a seat through yes, no, abstain and not participating, and remembers it was set by hand", () => {
    const once = simulatorReducer(initialSimulatorState(2022), { type: "cycle-vote", iso3: "RUS" });
    expect(once.votes.RUS).toBe("N");
    const twice = run(once, { type: "cycle-vote", iso3: "RUS" }, { type: "cycle-vote", iso3: "RUS" }, { type: "cycle-vote", iso3: "RUS" });
    expect(twice.votes.RUS).toBe("Y");
    expect(vetoed.setByHand).toEqual(["RUS", "CHN", "IND", "ARE"]);
  });

  it("decides the vetoed draft as the Council did, 11–1–3", () => {
    const decided = decideSimulation(voteQueryOf(vetoed, null));
    expect(decided.ok && decided.decision.outcome).toBe("vetoed");
    expect(decided.ok && [decided.decision.yes, decided.decision.no, decided.decision.abstain]).toEqual([11, 1, 3]);
  });

  it("holds the referral vote: procedural, no basis; going back to substance ends it", () => {
    const referral = run(vetoed, { type: "set-basis", basis: "chapter-vi" }, { type: "hold-referral-vote" });
    expect(referral).toMatchObject({ matter: "procedural", pacificSettlement: null, isReferralVote: true });
    const decided = decideSimulation(voteQueryOf(referral, null));
    expect(decided.ok && decided.decision.statement).toBe("The draft resolution was adopted by 11 votes to 1, with 3 abstentions.");
    expect(simulatorReducer(referral, { type: "set-matter", matter: "substantive" }).isReferralVote).toBe(false);
  });

  it("starts again from all yes, forgetting the votes set by hand", () => {
    const reset = simulatorReducer(vetoed, { type: "all-yes" });
    expect(Object.values(reset.votes).every((vote) => vote === "Y")).toBe(true);
    expect(reset.setByHand).toEqual([]);
  });
});

describe("parties to the dispute (Charter Art. 27(3))", () => {
  const chapterVi = run(initialSimulatorState(2022), { type: "set-basis", basis: "chapter-vi" }, { type: "set-parties", parties: ["RUS", "UKR"] });

  it("must abstain only on a substantive decision under Chapter VI or Art. 52(3)", () => {
    expect(partiesMustAbstain(chapterVi)).toEqual(["RUS", "UKR"]);
    expect(partiesMustAbstain(simulatorReducer(chapterVi, { type: "set-matter", matter: "procedural" }))).toEqual([]);
    expect(partiesMustAbstain(simulatorReducer(chapterVi, { type: "set-basis", basis: null }))).toEqual([]);
  });

  it("a party's seat only abstains or does not take part", () => {
    const first = simulatorReducer(chapterVi, { type: "cycle-vote", iso3: "RUS" });
    expect(first.votes.RUS).toBe("A");
    expect(simulatorReducer(first, { type: "cycle-vote", iso3: "RUS" }).votes.RUS).toBe("NP");
    expect(run(first, { type: "cycle-vote", iso3: "RUS" }, { type: "cycle-vote", iso3: "RUS" }).votes.RUS).toBe("A");
  });
});

describe("a change of year", () => {
  it("seats the new Council and drops what belonged to the old one", () => {
    const before = run(
      clickTo(initialSimulatorState(2022, "2022-02-25"), "RUS", "N"),
      { type: "set-basis", basis: "chapter-vi" },
      { type: "set-parties", parties: ["RUS", "GAB"] },
      { type: "hold-referral-vote" },
    );
    const after = simulatorReducer(before, { type: "set-year", year: 2016 });
    expect(after.year).toBe(2016);
    expect(after.votes).toHaveProperty("NZL", "Y");
    expect(after.votes).not.toHaveProperty("ALB");
    expect(after.setByHand).toEqual([]);
    expect(after.isReferralVote).toBe(false);
    expect(after.voteDate).toBe("");
    expect(after.parties).toEqual(["RUS"]);
    expect(after.presidentIso3).toBe("URY"); // January 2016: Uruguay in turn, not Angola, first of the alphabet
  });
});

describe("Predict fills the seats from the record", () => {
  const prediction = predictDraft(descriptorForVote({ year: 2022, date: "2022-02-25", topic: "Ukraine", sponsors: ["USA", "ALB"], procedural: false }));

  it("sets every seat to its likeliest vote, and keeps the votes set by hand when asked", () => {
    const handSet = clickTo(initialSimulatorState(2022), "GBR", "A");
    const kept = simulatorReducer(handSet, { type: "apply-prediction", prediction });
    expect(kept.prediction).toBe(prediction);
    expect(kept.votes.GBR).toBe("A");
    for (const [iso3, vote] of Object.entries(prediction.mostLikely)) if (iso3 !== "GBR") expect(kept.votes[iso3]).toBe(vote);

    const replaced = run(handSet, { type: "set-keep-hand-votes", keep: false }, { type: "apply-prediction", prediction });
    expect(replaced.votes.GBR).toBe(prediction.mostLikely.GBR);
  });

  it("lets a party to the dispute abstain whatever the prediction says", () => {
    const state = run(initialSimulatorState(2022), { type: "set-basis", basis: "chapter-vi" }, { type: "set-parties", parties: ["RUS"] }, { type: "apply-prediction", prediction });
    expect(state.votes.RUS).toBe("A");
    expect(seatVotes(state).find((seat) => seat.iso3 === "RUS")?.vote).toBe("A");
  });

  it("forgets the prediction when the year changes", () => {
    const state = run(initialSimulatorState(2022), { type: "apply-prediction", prediction }, { type: "set-year", year: 2021 });
    expect(state.prediction).toBeNull();
  });
});

describe("the President and the preliminary question", () => {
  it("presets the month's President from the draft's or the vote's date", () => {
    expect(initialSimulatorState(2022, "2022-02-25").presidentIso3).toBe("RUS");
    const august = simulatorReducer(initialSimulatorState(2024), { type: "set-vote-date", date: "2024-08-15" });
    expect(august.presidentIso3).toBe("SLE");
  });

  it("a permanent member contesting a procedural matter: the double veto makes it substantive", () => {
    const procedural = run(initialSimulatorState(2022, "2022-02-27"), { type: "set-matter", matter: "procedural" });
    const contested = run(clickTo(procedural, "RUS", "N"), { type: "set-contested-by", iso3: "RUS" });
    expect(preliminaryQuestionOf(contested)?.matterDecidedAs).toBe("substantive");
    expect(voteQueryOf(contested, null).matter).toBe("substantive");
    const decided = decideSimulation(voteQueryOf(contested, null));
    expect(decided.ok && decided.decision.outcome).toBe("vetoed");
    // Uncontested, the same votes adopt the procedural decision (resolution 2623 (2022), 11-1-3 style).
    expect(voteQueryOf(run(contested, { type: "set-contested-by", iso3: null }), null).matter).toBe("procedural");
    expect(run(contested, { type: "set-matter", matter: "substantive" }).contestedBy).toBeNull();
  });
});
