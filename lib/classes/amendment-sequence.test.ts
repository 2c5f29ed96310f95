import { describe, expect, it } from "vitest";
import { amendmentsFor, ukraineDraft } from "@/lib/core/amend/amend.test-support";
import { tabledSequence, toSequenceView } from "./amendment-sequence";

const draft = ukraineDraft();
const amendments = amendmentsFor(draft, [
  { id: "A1", sponsors: ["RUS"], action: "delete", target: "op6" },
  { id: "A2", sponsors: ["CHN"], action: "replace", target: "op6", paragraph: { phrase: "Calls for", text: "restraint" } },
]);
const tabled = { id: "t1", document: JSON.stringify(draft), amendments: JSON.stringify(amendments) };
const result = (outcome: "adopted" | "vetoed" | "failed", statement: string) =>
  JSON.stringify({ outcome, yes: 15, no: 0, abstain: 0, notVoting: 0, vetoedBy: [], statement, ballots: {} });

describe("a tabled draft's sequence as the class's screens see it", () => {
  it("is absent for a draft tabled without amendments to vote", () => {
    expect(tabledSequence({ ...tabled, amendments: null }, [])).toBeNull();
    expect(tabledSequence({ ...tabled, amendments: JSON.stringify(amendments.map((item) => ({ ...item, status: "withdrawn" }))) }, [])).toBeNull();
  });

  it("reads the class's closed votes on this draft only: statements, lapses with their reason, the next item, the text as amended", () => {
    const votes = [
      { tabledDraftId: "t1", status: "closed", sequenceStep: JSON.stringify({ key: "amendment:A1", kind: "amendment", label: "Amendment A1 (Operative paragraph 6)", amended: false }), result: result("adopted", "The amendment was adopted unanimously.") },
      { tabledDraftId: "other", status: "closed", sequenceStep: JSON.stringify({ key: "draft", kind: "draft", label: "The draft resolution", amended: false }), result: result("adopted", "x") },
      { tabledDraftId: "t1", status: "closed", sequenceStep: null, result: result("vetoed", "A plain vote on the draft, outside the sequence.") },
    ];
    const view = toSequenceView(tabledSequence(tabled, votes)!);
    expect(view.items).toEqual([
      { key: "amendment:A1", kind: "amendment", label: "Amendment A1 (Operative paragraph 6)", status: "adopted", statement: "The amendment was adopted unanimously." },
      { key: "amendment:A2", kind: "amendment", label: "Amendment A2 (Operative paragraph 6)", status: "lapsed", reason: "Not put to the vote: Operative paragraph 6, which it amends, was deleted by amendment A1, adopted" },
      { key: "draft", kind: "draft", label: "The draft resolution as amended", status: "next" },
    ]);
    expect(view.next).toEqual({ key: "draft", kind: "draft", label: "The draft resolution as amended" });
    expect(view.amended).toBe(true);
    expect(view.text.split("\n").filter((line) => /^\d+\. /.test(line))).toHaveLength(draft.operative.length - 1);
  });
});
