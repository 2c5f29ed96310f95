import { describe, expect, it } from "vitest";
import { draftToPlainText } from "../draft/layout";
import { getCouncilVoteSetup } from "../vote/council-of-year";
import { amendmentsFor, ukraineDraft } from "./amend.test-support";
import { reanchorAmendments, confirmReviewed } from "./anchor";
import { ruleOnDivision } from "./division";
import { checkChairOrder, proposeOrderOfVoting } from "./order";
import { amendmentKey, DRAFT_KEY, partKey, runVotingSequence } from "./sequence";
import { trackChanges } from "./tracked";
import { decideStepVote } from "./vote";
import { amendmentInstruction } from "./instructions";
import { toAmendmentsFile, resolveAmendments } from "./portable";
import { applyAmendment } from "./apply";

const draft = ukraineDraft();
const text = (at: number) => draft.operative[at].text;

const amendments = amendmentsFor(draft, [
  { id: "R1", sponsors: ["RUS"], action: "replace", target: "op2", paragraph: { phrase: "Regrets", text: "the situation in Ukraine" } },
  { id: "R2", sponsors: ["RUS"], action: "delete", target: "op4" },
  { id: "C1", sponsors: ["CHN"], action: "replace", target: "op3", paragraph: { phrase: "Calls upon", text: text(2).replace("shall cease", "to cease") } },
  { id: "A1", sponsors: ["ARE"], action: "insert", target: "op6", position: "after", paragraph: { phrase: "Encourages", text: "continued dialogue within the Normandy format" } },
  { id: "B1", sponsors: ["BRA"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the aggression against Ukraine" } },
  { id: "G1", sponsors: ["GAB"], action: "replace", target: "op4", paragraph: { phrase: "Decides also", text: text(3).replace(", at once, completely and without conditions", "") } },
]);

describe("order of voting", () => {
  it("Council (provisional rule 36): additions and deletions first, then the furthest removed in substance", () => {
    const order = proposeOrderOfVoting(draft, amendments, "security-council");
    expect(order.map((item) => item.id)).toEqual(["R2", "A1", "R1", "B1", "G1", "C1"]);
    expect(order[0].reason).toMatch(/^Deletes from the text: voted first \(provisional rule 36\)/);
    expect(order[2].reason).toMatch(/Furthest removed in substance first/);
  });

  it("Assembly (rule 90): the furthest removed first, additions and deletions with no priority", () => {
    const order = proposeOrderOfVoting(draft, amendments, "general-assembly");
    expect(order.map((item) => item.id)).toEqual(["R2", "R1", "B1", "A1", "G1", "C1"]);
  });

  it("puts an amendment to an amendment before it, and ignores withdrawn and friendly ones", () => {
    const [sub] = amendmentsFor(draft, [{ id: "R1a", sponsors: ["USA"], action: "replace", target: "op2", amends: "R1", paragraph: { phrase: "Deplores", text: "the situation in Ukraine" } }]);
    const list = [...amendments.map((item) => (item.id === "C1" ? { ...item, status: "withdrawn" as const } : item.id === "A1" ? { ...item, status: "friendly" as const } : item)), sub];
    const order = proposeOrderOfVoting(draft, list, "security-council").map((item) => item.id);
    expect(order).toEqual(["R2", "R1a", "R1", "B1", "G1"]);
  });

  it("lets the chair reorder with a reason, but not put a sub-amendment after its amendment", () => {
    const [sub] = amendmentsFor(draft, [{ id: "R1a", sponsors: ["USA"], action: "replace", target: "op2", amends: "R1", paragraph: { text: "x" } }]);
    const list = [amendments[0], sub];
    const proposed = proposeOrderOfVoting(draft, list, "security-council");
    expect(checkChairOrder(proposed, ["R1a", "R1"], list, "")).toMatchObject({ ok: false });
    expect(checkChairOrder(proposed, ["R1", "R1a"], list, "the President so rules")).toEqual({ ok: false, message: "Amendment R1a amends amendment R1 and must be voted on before it" });
    expect(checkChairOrder(proposed, ["R1a", "R1"], list, "the President so rules")).toEqual({ ok: true, order: ["R1a", "R1"] });
  });
});

describe("voting the sequence", () => {
  const order = proposeOrderOfVoting(draft, amendments, "security-council").map((item) => item.id);

  it("lapses an amendment to a paragraph an adopted amendment deleted, with the reason", () => {
    const run = runVotingSequence({ draft, amendments, order, outcomes: { [amendmentKey("R2")]: "adopted" } });
    const g1 = run.steps.find((step) => step.id === "G1")!;
    expect(g1.status).toBe("pending");
    const all = runVotingSequence({ draft, amendments, order, outcomes: Object.fromEntries(order.map((id) => [amendmentKey(id), id === "R2" ? "adopted" : "rejected"])) });
    expect(all.lapsed).toEqual([{ id: "G1", reason: "Not put to the vote: Operative paragraph 4, which it amends, was deleted by amendment R2, adopted" }]);
    expect(all.amendments.find((item) => item.id === "G1")).toMatchObject({ status: "lapsed" });
    expect(all.next?.key).toBe(DRAFT_KEY);
  });

  it("does not put to the vote a rival replacement once one is adopted (GA rule 90)", () => {
    const run = runVotingSequence({ draft, amendments, order: ["R1", "B1"], outcomes: { [amendmentKey("R1")]: "adopted" } });
    expect(run.steps.map((step) => step.status)).toEqual(["adopted", "lapsed", "next"]);
    expect(run.lapsed[0].reason).toBe("Not put to the vote: its rejection follows from the adoption of amendment R1, which replaced the text of Operative paragraph 2");
    expect(draftToPlainText(run.draft)).toContain("2. Regrets the situation in Ukraine;");
  });

  it("applies friendly amendments without a vote and stops at the next undecided step", () => {
    const list = amendments.map((item) => (item.id === "A1" ? { ...item, status: "friendly" as const } : item));
    const run = runVotingSequence({ draft, amendments: list, order: ["R1"], outcomes: {} });
    expect(run.applied).toEqual(["A1"]);
    expect(draftToPlainText(run.draft)).toContain("7. Encourages continued dialogue within the Normandy format;");
    expect(run.next).toMatchObject({ key: amendmentKey("R1"), label: "Amendment R1 (Operative paragraph 2)" });
  });

  it("removes a part rejected in a separate vote before the whole; the numbering follows", () => {
    const run = runVotingSequence({ draft, amendments: [], order: [], parts: ["p10", "p11"], outcomes: { [partKey("p10")]: "rejected", [partKey("p11")]: "adopted" } });
    expect(run.steps.map((step) => [step.label, step.status])).toEqual([
      ["Operative paragraph 4", "rejected"],
      ["Operative paragraph 4", "adopted"],
      ["The draft resolution as amended", "next"],
    ]);
    expect(run.draft.operative).toHaveLength(9);
    expect(draftToPlainText(run.draft)).toContain("4. Decides further that the Russian Federation shall reverse");
  });

  it("rejects the draft as a whole when every operative part is rejected (GA rule 89)", () => {
    const small: typeof draft = { ...draft, operative: draft.operative.slice(0, 1) as typeof draft.operative };
    const run = runVotingSequence({ draft: small, amendments: [], order: [], parts: ["p7"], outcomes: { [partKey("p7")]: "rejected" } });
    expect(run.steps.at(-1)).toMatchObject({ status: "rejected", reason: expect.stringContaining("rejected as a whole") });
  });

  it("an adopted sub-amendment changes the text its amendment then inserts", () => {
    const [sub] = amendmentsFor(draft, [{ id: "A1a", sponsors: ["USA"], action: "insert", target: "op6", position: "after", amends: "A1", paragraph: { phrase: "Encourages", text: "continued dialogue" } }]);
    const list = [amendments[3], sub];
    const order2 = proposeOrderOfVoting(draft, list, "security-council").map((item) => item.id);
    const run = runVotingSequence({ draft, amendments: list, order: order2, outcomes: { [amendmentKey("A1a")]: "adopted", [amendmentKey("A1")]: "adopted" } });
    expect(order2).toEqual(["A1a", "A1"]);
    expect(draftToPlainText(run.draft)).toContain("7. Encourages continued dialogue;");
  });
});

describe("each vote decided by the Charter", () => {
  const setup = getCouncilVoteSetup(2022)!;
  const votes = (no: string[], abstain: string[] = []) =>
    setup.members.map(({ iso3 }) => ({ iso3, vote: no.includes(iso3) ? "N" : abstain.includes(iso3) ? "A" : "Y" }));
  const input = (no: string[], abstain: string[] = []) => ({ members: setup.members, required: setup.required, matter: "substantive" as const, votes: votes(no, abstain), names: setup.names });

  it("a permanent member's negative vote defeats an amendment to a substantive draft", () => {
    const decision = decideStepVote(input(["USA"]), "amendment", "Amendment R1");
    expect(decision.itemOutcome).toBe("rejected");
    expect(decision.statement).toBe("The amendment was not adopted, owing to the negative vote of a permanent member of the Council (United States of America).");
  });

  it("states an amendment, a part and the draft as amended in the UN's words", () => {
    expect(decideStepVote(input([], ["CHN", "IND", "ARE"]), "amendment", "").statement).toBe("The amendment was adopted by 12 votes to none, with 3 abstentions.");
    expect(decideStepVote(input(["GAB", "BRA"]), "part", "Operative paragraph 4").statement).toBe("Operative paragraph 4 was retained by 13 votes to 2.");
    expect(decideStepVote(input(["GAB", "BRA", "GHA", "KEN", "MEX", "IND", "ARE"]), "part", "Operative paragraph 4").statement).toMatch(/^Operative paragraph 4 was not retained, having failed to obtain the required number of votes/);
    expect(decideStepVote(input([]), "draft", "", true).statement).toBe("The draft resolution, as amended, was adopted unanimously.");
  });
});

describe("re-anchoring after edits", () => {
  it("follows the paragraph when one is inserted above: the number shifts, not the amendment", () => {
    const inserted = applyAmendment(draft, { id: "E1", action: "insert", targetId: "p7", position: "before", paragraph: { phrase: "Recalls", text: "its resolutions" } });
    if (!inserted.ok) throw new Error();
    const [state] = reanchorAmendments(inserted.draft, [amendments[0]]);
    expect(state).toMatchObject({ target: "op3", label: "Operative paragraph 3", needsReview: false });
    expect(amendmentInstruction(inserted.draft, amendments[0])).toMatch(/^Operative paragraph 3: Replace “Deplores in the strongest terms/);
  });

  it("marks 'needs review' when the target is rewritten or deleted, keeping what it was written against", () => {
    const rewritten = applyAmendment(draft, { id: "E2", action: "replace", targetId: "p8", paragraph: { text: "the military operation" } });
    const deleted = applyAmendment(draft, { id: "E3", action: "delete", targetId: "p10" });
    if (!rewritten.ok || !deleted.ok) throw new Error();
    expect(reanchorAmendments(rewritten.draft, [amendments[0]])[0]).toMatchObject({
      needsReview: true,
      review: "text-changed",
      writtenAgainst: { phrase: "Deplores", text: expect.stringContaining("in the strongest terms") },
      current: { phrase: "Deplores", text: "the military operation" },
    });
    expect(reanchorAmendments(deleted.draft, [amendments[1]])[0]).toMatchObject({ needsReview: true, review: "target-deleted", label: "Operative paragraph 4" });
    expect(reanchorAmendments(rewritten.draft, [confirmReviewed(rewritten.draft, amendments[0])!])[0].needsReview).toBe(false);
  });
});

describe("tracked changes and documents", () => {
  it("shows insertions and deletions word by word, filtered by status", () => {
    const view = trackChanges(draft, amendments.slice(0, 4), ["proposed"]);
    const op2 = view.rows.find((row) => row.id === "p8")!;
    expect(op2.change).toBe("changed");
    expect(op2.parts.filter((part) => part.kind === "inserted").map((part) => part.text.trim())).toContain("Regrets");
    expect(view.rows.find((row) => row.id === "p10")).toMatchObject({ change: "deleted", amendmentIds: ["R2"] });
    expect(view.rows.find((row) => row.id === "A1")).toMatchObject({ change: "inserted", amendmentIds: ["A1"], mark: "6." });
    expect(trackChanges(draft, amendments, ["adopted"]).rows.every((row) => row.change === "same")).toBe(true);
  });

  it("writes instructions as UN amendments do", () => {
    expect(amendmentInstruction(draft, amendments[1])).toBe("Delete operative paragraph 4");
    expect(amendmentInstruction(draft, amendments[3])).toBe("After operative paragraph 6, insert a new paragraph reading: “Encourages continued dialogue within the Normandy format”");
  });

  it("round-trips through the portable file with targets in the present numbering", () => {
    const { file, omitted } = toAmendmentsFile(draft, amendments);
    expect(omitted).toEqual([]);
    const again = resolveAmendments(draft, file.amendments);
    expect(again.ok && again.amendments.map((item) => item.targetId)).toEqual(amendments.map((item) => item.targetId));
  });
});

describe("division of the question", () => {
  it("Council rule 32: separate votes unless the original mover objects", () => {
    expect(ruleOnDivision({ body: "security-council", parts: ["p8"], objection: false }).divided).toBe(true);
    expect(ruleOnDivision({ body: "security-council", parts: ["p8"], objection: true })).toMatchObject({ divided: false, reason: expect.stringContaining("rule 32") });
  });
  it("Assembly rule 89: an objection puts the motion for division to the vote", () => {
    expect(ruleOnDivision({ body: "general-assembly", parts: ["p8"], objection: true })).toMatchObject({ divided: false, needsMotionVote: true });
    expect(ruleOnDivision({ body: "general-assembly", parts: ["p8"], objection: true, motionOutcome: "adopted" }).divided).toBe(true);
  });
});
