import { describe, expect, it } from "vitest";
import { amendmentsFor, ukraineDraft } from "@/lib/core/amend/amend.test-support";
import { draftToPlainText } from "@/lib/core/draft/layout";
import { amendmentSequenceReducer, initialAmendmentSequence, listAmendmentsToVote, recordNextVote, viewSequence, type AmendmentSequenceAction, type AmendmentSequenceState, type SequenceContext } from "./amendment-sequence";
import { decideSimulationStep } from "./decide";
import { initialSimulatorState, simulatorReducer, voteQueryOf } from "./simulator-state";

const draft = ukraineDraft();
const amendments = amendmentsFor(draft, [
  { id: "A1", sponsors: ["RUS"], action: "delete", target: "op6" },
  { id: "A2", sponsors: ["ARE"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the military operation in Ukraine" } },
  { id: "A3", sponsors: ["CHN"], action: "replace", target: "op6", paragraph: { phrase: "Calls for", text: "restraint" } },
  { id: "F1", sponsors: ["IND"], action: "insert", target: "op8", position: "after", paragraph: { phrase: "Encourages", text: "continued dialogue" } },
  { id: "W1", sponsors: ["GAB"], action: "delete", target: "op3" },
]).map((amendment) => (amendment.id === "F1" ? { ...amendment, status: "friendly" as const } : amendment.id === "W1" ? { ...amendment, status: "withdrawn" as const } : amendment));
const context: SequenceContext = { draft, amendments };

const act = (state: AmendmentSequenceState, ...actions: AmendmentSequenceAction[]) => actions.reduce(amendmentSequenceReducer, state);
const started = () => act(initialAmendmentSequence, { type: "set-up" }, { type: "start" });

/** Votes the sequence's next item with the 2022 Council: everyone yes except `against` (no) and `abstaining`. */
function voteNext(state: AmendmentSequenceState, against: string[] = [], abstaining: string[] = []): AmendmentSequenceState {
  const next = viewSequence(context, state).run.next!;
  let simulator = initialSimulatorState(2022);
  simulator = { ...simulator, votes: { ...simulator.votes, ...Object.fromEntries(against.map((iso3) => [iso3, "N" as const])), ...Object.fromEntries(abstaining.map((iso3) => [iso3, "A" as const])) } };
  const decided = decideSimulationStep(voteQueryOf(simulator, null), next, viewSequence(context, state).run.amended);
  if (!decided.ok) throw new Error(decided.issues[0].message);
  return recordNextVote(context, state, next.key, decided.decision);
}

describe("the simulator's voting sequence on a draft with amendments", () => {
  it("offers only the proposed amendments: not the withdrawn, nor the friendly one already in the text", () => {
    expect(listAmendmentsToVote(amendments).map((amendment) => amendment.id)).toEqual(["A1", "A2", "A3"]);
    const view = viewSequence(context, started());
    // Provisional rule 36: the deletion first, then the furthest removed in substance.
    expect(view.order.map((item) => item.id)).toEqual(["A1", "A3", "A2"]);
    expect(view.run.applied).toEqual(["F1"]);
    expect(view.run.next?.key).toBe("amendment:A1");
  });

  it("a permanent member's no defeats an amendment (Art. 27(3)); another amendment to the same paragraph is then voted; the draft as amended is decided", () => {
    let state = voteNext(started(), ["USA"]);
    expect(state.decided[0]).toMatchObject({
      key: "amendment:A1",
      itemOutcome: "rejected",
      statement: "The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).",
    });
    // A1 (delete op6) was rejected, so A3, which replaces op6, is put to the vote.
    expect(viewSequence(context, state).run.next?.key).toBe("amendment:A3");
    state = voteNext(state, ["FRA", "GBR", "USA"]);
    expect(state.decided[1].statement).toBe("The amendment was not adopted, owing to the negative votes of three permanent members of the Council (France, United Kingdom of Great Britain and Northern Ireland and United States of America).");
    state = voteNext(state, [], ["IND"]);
    expect(state.decided[2].statement).toBe("The amendment was adopted by 14 votes to none, with 1 abstention.");
    const before = viewSequence(context, state).run;
    expect(before.next).toMatchObject({ kind: "draft", label: "The draft resolution as amended" });
    state = voteNext(state, ["RUS"]);
    expect(state.decided[3].statement).toBe("The draft resolution, as amended, was not adopted, owing to the negative vote of a permanent member of the Council (Russian Federation).");
    const done = viewSequence(context, state);
    expect(done.isComplete).toBe(true);
    const text = draftToPlainText(done.run.draft);
    expect(text).toContain("2. Deplores the military operation in Ukraine;");
    expect(text).toContain("Encourages continued dialogue");
    expect(text).not.toContain("Calls for restraint");
  });

  it("lapses an amendment whose paragraph an adopted amendment deleted, with the reason, and skips it", () => {
    let state = voteNext(started());
    expect(state.decided[0].statement).toBe("The amendment was adopted unanimously.");
    state = voteNext(state);
    const view = viewSequence(context, state);
    const lapsed = view.run.steps.find((step) => step.key === "amendment:A3")!;
    expect(lapsed.status).toBe("lapsed");
    expect(lapsed.reason).toBe("Not put to the vote: Operative paragraph 6, which it amends, was deleted by amendment A1, adopted");
    expect(view.run.next?.kind).toBe("draft");
    state = voteNext(state);
    expect(state.decided.map((item) => item.key)).toEqual(["amendment:A1", "amendment:A2", "draft"]);
    expect(state.decided[2].statement).toBe("The draft resolution, as amended, was adopted unanimously.");
  });

  it("votes the parts asked for separately after the amendments; a part not retained leaves the text (rule 32)", () => {
    const op4 = draft.operative[3].id;
    let state = act(initialAmendmentSequence, { type: "set-up" }, { type: "toggle-part", paragraphId: op4, requested: true }, { type: "start" });
    expect(viewSequence(context, state).division.divided).toBe(true);
    state = voteNext(voteNext(voteNext(state, ["USA"]), ["USA"]), ["USA"]);
    expect(viewSequence(context, state).run.next).toMatchObject({ kind: "part", label: "Operative paragraph 4" });
    state = voteNext(state, ["CHN"]);
    expect(state.decided[3].statement).toBe("Operative paragraph 4 was not retained, owing to the negative vote of a permanent member of the Council (China).");
    const run = viewSequence(context, state).run;
    expect(run.next?.label).toBe("The draft resolution as amended");
    expect(draftToPlainText(run.draft)).not.toContain(draft.operative[3].text.slice(0, 40));
  });

  it("votes no part separately when the mover objects (Council, provisional rule 32)", () => {
    const state = act(initialAmendmentSequence, { type: "set-up" }, { type: "toggle-part", paragraphId: draft.operative[3].id, requested: true }, { type: "set-objection", objection: true }, { type: "start" });
    const view = viewSequence(context, state);
    expect(view.division).toMatchObject({ divided: false });
    expect(view.run.steps.some((step) => step.kind === "part")).toBe(false);
  });

  it("records a decision only for the item now voted, once", () => {
    const state = started();
    const decided = decideSimulationStep(voteQueryOf(initialSimulatorState(2022), null), { kind: "amendment", label: "A2" }, false);
    if (!decided.ok) throw new Error("expected a decision");
    expect(recordNextVote(context, state, "amendment:A2", decided.decision)).toBe(state);
    const once = recordNextVote(context, state, "amendment:A1", decided.decision);
    expect(once.decided).toHaveLength(1);
    expect(amendmentSequenceReducer(once, { type: "record", key: "amendment:A1", kind: "amendment", label: "A1", decision: decided.decision })).toBe(once);
  });

  it("starts again from the order of voting, or goes back to the single vote", () => {
    const voted = voteNext(started());
    expect(amendmentSequenceReducer(voted, { type: "restart" })).toMatchObject({ phase: "setup", decided: [], outcomes: {} });
    expect(amendmentSequenceReducer(voted, { type: "cancel" })).toEqual(initialAmendmentSequence);
  });
});

describe("each vote of a sequence starts from the preset", () => {
  it("all yes without a prediction, and forgets the seats set by hand", () => {
    let state = simulatorReducer(initialSimulatorState(2022), { type: "cycle-vote", iso3: "RUS" });
    expect(state.votes.RUS).toBe("N");
    state = simulatorReducer(state, { type: "next-vote" });
    expect(state.votes.RUS).toBe("Y");
    expect(state.setByHand).toEqual([]);
  });
});
