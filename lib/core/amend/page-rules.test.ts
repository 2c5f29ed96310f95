import { describe, expect, it } from "vitest";
import { draftToPlainText } from "../draft/layout";
import { getState } from "../un/states";
import { amendmentsFor, ukraineDraft } from "./amend.test-support";
import { decideMotionForDivision, ruleOnDivision } from "./division";
import { amendmentInstruction } from "./instructions";
import { applyChairOrder, checkChairOrder, proposeOrderOfVoting } from "./order";
import { importAmendments, toAmendmentsFile } from "./portable";
import { amendmentKey, runVotingSequence } from "./sequence";
import { buildSubAmendment, checkAmendable, withAdoptedSubAmendment } from "./sub-amendment";
import { AS_AMENDED_STATUSES, applyByStatus } from "./tracked";

const draft = ukraineDraft();
const amendments = amendmentsFor(draft, [
  { id: "R1", sponsors: ["RUS"], action: "replace", target: "op2", paragraph: { phrase: "Regrets", text: "the situation in Ukraine" } },
  { id: "R2", sponsors: ["RUS"], action: "delete", target: "op4" },
  { id: "A1", sponsors: ["ARE"], action: "insert", target: "op6", position: "after", paragraph: { phrase: "Encourages", text: "continued dialogue within the Normandy format" } },
  { id: "B1", sponsors: ["BRA"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: "the aggression against Ukraine" } },
]);
const importOptions = { at: "2026-11-30T10:00:00.000Z", by: "Ana", isKnownState: (iso3: string) => getState(iso3) !== undefined };

describe("an amendment to an amendment", () => {
  it("can amend only a pending amendment that proposes text, to two degrees", () => {
    expect(checkAmendable(amendments, "R1")).toMatchObject({ ok: true });
    expect(checkAmendable(amendments, "R2")).toEqual({ ok: false, message: "Amendment R2 deletes a paragraph and proposes no text: only an amendment that inserts or replaces text can be amended" });
    expect(checkAmendable(amendments, "Z9")).toEqual({ ok: false, message: "There is no amendment Z9 to amend" });
    const adopted = amendments.map((item) => (item.id === "A1" ? { ...item, status: "adopted" as const } : item));
    expect(checkAmendable(adopted, "A1")).toEqual({ ok: false, message: "Amendment A1 is adopted: only an amendment still to be voted on can be amended" });
    const sub = buildSubAmendment(amendments[0], { id: "R1a", sponsors: ["USA"], paragraph: { phrase: "Deplores", text: "the situation in Ukraine" }, history: [] });
    expect(checkAmendable([...amendments, sub], "R1a")).toEqual({ ok: false, message: "Amendment R1a is itself an amendment to amendment R1: amend R1 instead" });
  });

  it("is voted on before its amendment, reads against its text, and once adopted the text as amended takes it in", () => {
    const sub = buildSubAmendment(amendments[0], { id: "R1a", sponsors: ["USA"], paragraph: { phrase: "Deplores", text: "the situation in Ukraine" }, history: [] });
    expect(sub).toMatchObject({ action: "replace", targetId: amendments[0].targetId, amends: "R1", status: "proposed", writtenAgainst: amendments[0].writtenAgainst });
    const list = [...amendments, sub];
    expect(amendmentInstruction(draft, sub, list)).toBe("Amendment R1: Replace “Regrets the situation in Ukraine” with “Deplores the situation in Ukraine”");
    const order = proposeOrderOfVoting(draft, list, "security-council").map((item) => item.id);
    expect(order.indexOf("R1a")).toBe(order.indexOf("R1") - 1);
    const run = runVotingSequence({ draft, amendments: list, order, outcomes: { ...Object.fromEntries(order.map((id) => [amendmentKey(id), "rejected" as const])), [amendmentKey("R1a")]: "adopted", [amendmentKey("R1")]: "adopted" } });
    expect(draftToPlainText(run.draft)).toContain("2. Deplores the situation in Ukraine;");
    // Saved results: R1a and R1 adopted; the text as amended follows the sub-amendment, not R1's own words.
    const saved = run.amendments;
    expect(draftToPlainText(applyByStatus(draft, saved, AS_AMENDED_STATUSES).draft)).toContain("2. Deplores the situation in Ukraine;");
    expect(draftToPlainText(applyByStatus(draft, saved, AS_AMENDED_STATUSES).draft)).not.toContain("Regrets");
  });

  it("gives the same text as amended whether the sub-amendment was adopted in the sequence or saved as adopted; the last adopted wins", () => {
    const first = buildSubAmendment(amendments[0], { id: "R1a", sponsors: ["USA"], paragraph: { phrase: "Deplores", text: "the situation in Ukraine" }, history: [] });
    const second = buildSubAmendment(amendments[0], { id: "R1b", sponsors: ["FRA"], paragraph: { phrase: "Condemns", text: "the situation in Ukraine" }, history: [] });
    expect(withAdoptedSubAmendment(amendments[0], [first, second, amendments[1]]).paragraph).toEqual(second.paragraph);
    expect(withAdoptedSubAmendment(amendments[3], [first, second])).toBe(amendments[3]);
    const list = [...amendments, first, second];
    const order = ["R1a", "R1b", "R1"];
    const run = runVotingSequence({ draft, amendments: list, order, outcomes: { [amendmentKey("R1a")]: "adopted", [amendmentKey("R1b")]: "adopted", [amendmentKey("R1")]: "adopted" } });
    expect(draftToPlainText(run.draft)).toContain("2. Condemns the situation in Ukraine;");
    expect(draftToPlainText(applyByStatus(draft, run.amendments, AS_AMENDED_STATUSES).draft)).toBe(draftToPlainText(run.draft));
  });
});

describe("the chair's ruling on the order of voting", () => {
  const proposed = proposeOrderOfVoting(draft, amendments, "security-council");

  it("without a ruling, the rules' order stands", () => {
    expect(applyChairOrder(proposed, null, amendments)).toEqual({ items: proposed, isRuled: false, sinceRuling: [] });
  });

  it("a ruling sets the order and gives its reason for each amendment", () => {
    const ruled = checkChairOrder(proposed, ["B1", "R1", "R2", "A1"], amendments, "Brazil's text is furthest removed");
    expect(ruled).toEqual({ ok: true, order: ["B1", "R1", "R2", "A1"] });
    const order = applyChairOrder(proposed, { order: ["B1", "R1", "R2", "A1"], reason: "Brazil's text is furthest removed" }, amendments);
    expect(order.items.map((item) => item.id)).toEqual(["B1", "R1", "R2", "A1"]);
    expect(order.items[0].reason).toBe("Order as ruled by the chair: Brazil's text is furthest removed");
  });

  it("drops amendments decided since, and puts those proposed since after the ruled ones, a sub-amendment before its amendment", () => {
    const sub = buildSubAmendment(amendments[0], { id: "R1a", sponsors: ["USA"], paragraph: { text: "the war" }, history: [] });
    const later = amendmentsFor(draft, [{ id: "C1", sponsors: ["CHN"], action: "delete", target: "op5" }])[0];
    const now = [...amendments.map((item) => (item.id === "R2" ? { ...item, status: "withdrawn" as const } : item)), sub, later];
    const order = applyChairOrder(proposeOrderOfVoting(draft, now, "security-council"), { order: ["B1", "R1", "R2", "A1"], reason: "as agreed" }, now);
    expect(order.items.map((item) => item.id)).toEqual(["B1", "R1a", "R1", "A1", "C1"]);
    expect(order.sinceRuling.sort()).toEqual(["C1", "R1a"]);
    expect(order.items.find((item) => item.id === "C1")!.reason).toMatch(/^Proposed after the chair's ruling: /);
  });
});

describe("the vote on a motion for division (GA rule 89)", () => {
  it("is decided by a simple majority of the Members present and voting, abstentions not counted", () => {
    const carried = decideMotionForDivision({ yes: 70, no: 55, abstain: 30 });
    expect(carried).toMatchObject({ ok: true, decision: { outcome: "adopted", statement: "The motion for division was adopted by a recorded vote of 70 to 55, with 30 abstentions." } });
    const lost = decideMotionForDivision({ yes: 40, no: 60, abstain: 80 });
    expect(lost).toMatchObject({ ok: true, decision: { outcome: "rejected", statement: "The motion for division was rejected by a recorded vote of 40 to 60, with 80 abstentions." } });
    if (!carried.ok || !lost.ok) throw new Error();
    expect(ruleOnDivision({ body: "general-assembly", parts: ["p8"], objection: true, motionOutcome: carried.decision.outcome }).divided).toBe(true);
    expect(ruleOnDivision({ body: "general-assembly", parts: ["p8"], objection: true, motionOutcome: lost.decision.outcome })).toMatchObject({ divided: false, reason: expect.stringContaining("as a whole") });
  });

  it("an equally divided vote rejects the motion (rule 95)", () => {
    expect(decideMotionForDivision({ yes: 50, no: 50, abstain: 0 })).toMatchObject({ ok: true, decision: { outcome: "rejected", statement: "The motion for division was rejected, the vote being equally divided (50 in favour, 50 against)." } });
  });

  it("refuses counts that are not whole numbers or exceed the Assembly's membership", () => {
    expect(decideMotionForDivision({ yes: 1.5, no: 0, abstain: 0 })).toEqual({ ok: false, message: "The number of Members in favour must be a whole number, 0 or more" });
    expect(decideMotionForDivision({ yes: 100, no: 100, abstain: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/^200 votes were counted, but the Assembly has 19\d Members$/) });
  });
});

describe("amendments carried by an imported draft", () => {
  it("come in with the draft, targets resolved to its paragraphs, statuses and sub-amendments kept", () => {
    const sub = buildSubAmendment(amendments[0], { id: "R1a", sponsors: ["USA"], paragraph: { text: "the war" }, history: [] });
    const { file } = toAmendmentsFile(draft, [{ ...amendments[1], status: "rejected" }, amendments[0], sub]);
    const result = importAmendments(draft, file.amendments, importOptions);
    expect(result.notImported).toEqual([]);
    expect(result.amendments.map((item) => [item.id, item.status, item.targetId, item.amends])).toEqual([
      ["A1", "rejected", amendments[1].targetId, undefined],
      ["A2", "proposed", amendments[0].targetId, undefined],
      ["A3", "proposed", amendments[0].targetId, "A2"],
    ]);
    expect(result.renamed).toEqual([
      { from: "R2", to: "A1" },
      { from: "R1", to: "A2" },
      { from: "R1a", to: "A3" },
    ]);
    expect(result.amendments[2].history).toEqual([{ status: "proposed", at: importOptions.at, by: "Ana", note: "Imported with the draft (was R1a)" }]);
  });

  it("leaves out each bad amendment with its reason, and keeps the good ones", () => {
    const result = importAmendments(
      draft,
      [
        { id: "A1", sponsors: ["RUS"], action: "delete", target: "op12" },
        { id: "A2", sponsors: ["XXX"], action: "delete", target: "op3" },
        { id: "A3", sponsors: ["IND"], action: "insert", target: "op1" },
        "not an amendment",
        { id: "A5", sponsors: ["BRA"], action: "replace", target: "op2", paragraph: { text: "x" }, amends: "A1" },
        { id: "A6", sponsors: ["FRA"], action: "delete", target: "op3" },
        { id: "A6", sponsors: ["FRA"], action: "delete", target: "op4" },
        { id: "A7", sponsors: ["GBR"], action: "move", target: "pp1", position: "after", to: "op1" },
      ],
      importOptions,
    );
    expect(result.amendments.map((item) => item.id)).toEqual(["A1"]);
    expect(result.renamed).toEqual([{ from: "A6", to: "A1" }]);
    expect(result.notImported).toEqual([
      { id: "A1", reason: 'the draft has no operative paragraph 12 ("op12")' },
      { id: "A2", reason: "no State has the code XXX" },
      { id: "A3", reason: "paragraph: is required for insert; position: is required for insert (before or after)" },
      { id: "amendments[3]", reason: expect.stringContaining("expected object") },
      { id: "A6", reason: 'the id "A6" is used twice; only the first is imported' },
      { id: "A7", reason: "Preambular paragraph 1 cannot move among paragraphs of another kind (op1)" },
      { id: "A5", reason: "it amends amendment A1, which was not imported" },
    ]);
  });

  it("says so when the amendments field is not a list, and imports nothing of it", () => {
    expect(importAmendments(draft, { A1: {} }, importOptions)).toEqual({ amendments: [], renamed: [], notImported: [{ id: "(all)", reason: "amendments must be a list of amendments; none was imported" }] });
    expect(importAmendments(draft, undefined, importOptions)).toEqual({ amendments: [], renamed: [], notImported: [] });
  });
});
