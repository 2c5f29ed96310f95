import { describe, expect, it } from "vitest";
import { draftToPlainText } from "../draft/layout";
import { seededRandom } from "../seeded-random";
import type { Draft } from "../draft/schema";
import { applyAmendment } from "./apply";
import { amendmentsFor, ukraineDraft } from "./amend.test-support";
import { listParagraphEntries, resolveTarget, indexParagraphs, describeTarget } from "./targets";
import { runVotingSequence } from "./sequence";

const withSubparagraphs = (): Draft => {
  const draft = ukraineDraft();
  draft.operative[1] = {
    ...draft.operative[1],
    subparagraphs: [
      { id: "s1", text: "the attack on Kyiv", subparagraphs: [] },
      { id: "s2", text: "the shelling of", subparagraphs: [{ id: "s3", text: "Kharkiv", subparagraphs: [] }, { id: "s4", text: "Mariupol", subparagraphs: [] }] },
    ],
  };
  return draft;
};

describe("printed targets", () => {
  it("resolves pp3, op2, op2(b) and op2(b)(i) to the ids of those paragraphs", () => {
    const index = indexParagraphs(withSubparagraphs());
    expect(resolveTarget(index, "pp3")).toBe("p3");
    expect(resolveTarget(index, "op2")).toBe("p8");
    expect(resolveTarget(index, "op2(b)")).toBe("s2");
    expect(resolveTarget(index, "op2(b)(i)")).toBe("s3");
    expect(resolveTarget(index, "OP 2 (b) (ii)")).toBe("s4");
    expect(resolveTarget(index, "op2(c)")).toBeUndefined();
    expect(resolveTarget(index, "pp7")).toBeUndefined();
  });

  it("names them as an amendment document does", () => {
    expect(describeTarget("op2(b)(i)")).toBe("Operative paragraph 2 (b) (i)");
    expect(listParagraphEntries(withSubparagraphs()).find((entry) => entry.id === "s3")?.label).toBe("Operative paragraph 2 (b) (i)");
  });
});

describe("applying an amendment", () => {
  it("replaces an opening phrase: the US draft's 'Condemns' softened to 'Deplores' (S/2022/155)", () => {
    const draft = ukraineDraft();
    draft.operative[1].phrase = "Condemns";
    const [amendment] = amendmentsFor(draft, [
      { id: "A1", sponsors: ["ARE"], action: "replace", target: "op2", paragraph: { phrase: "Deplores", text: draft.operative[1].text } },
    ]);
    const result = applyAmendment(draft, amendment);
    expect(result.ok && result.draft.operative[1].phrase).toBe("Deplores");
    expect(result.ok && result.draft.operative[1].id).toBe("p8");
    expect(draft.operative[1].phrase).toBe("Condemns");
  });

  it("inserts a paragraph after a target; the numbers after it shift", () => {
    const draft = ukraineDraft();
    const [amendment] = amendmentsFor(draft, [
      { id: "A2", sponsors: ["CHN"], action: "insert", target: "op5", position: "after", paragraph: { phrase: "Encourages", text: "the parties to pursue dialogue" } },
    ]);
    const result = applyAmendment(draft, amendment);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft.operative[5]).toMatchObject({ id: "A2", phrase: "Encourages" });
    expect(draftToPlainText(result.draft)).toContain("6. Encourages the parties to pursue dialogue;\n7. Calls upon");
  });

  it("inserts a subparagraph before (a) and relabels the others", () => {
    const draft = withSubparagraphs();
    const [amendment] = amendmentsFor(draft, [{ id: "A3", sponsors: ["FRA"], action: "insert", target: "op2(a)", position: "before", paragraph: { text: "the invasion" } }]);
    const result = applyAmendment(draft, amendment);
    if (!result.ok) throw new Error(result.error.message);
    expect(draftToPlainText(result.draft)).toContain("(a) the invasion;\n(b) the attack on Kyiv;\n(c) the shelling of:\n(i) Kharkiv;");
  });

  it("deletes a paragraph with its subparagraphs and reports what it removed", () => {
    const draft = withSubparagraphs();
    const [amendment] = amendmentsFor(draft, [{ id: "A4", sponsors: ["RUS"], action: "delete", target: "op2" }]);
    const result = applyAmendment(draft, amendment);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.removedIds).toEqual(["p8", "s1", "s2", "s3", "s4"]);
    expect(result.draft.operative).toHaveLength(9);
  });

  it("moves an operative paragraph before another", () => {
    const draft = ukraineDraft();
    const [amendment] = amendmentsFor(draft, [{ id: "A5", sponsors: ["IND"], action: "move", target: "op9", position: "before", to: "op1" }]);
    const result = applyAmendment(draft, amendment);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft.operative.map((paragraph) => paragraph.id).slice(0, 3)).toEqual(["p15", "p7", "p8"]);
  });

  it("refuses a target that does not exist and a move into another kind of paragraph", () => {
    const draft = ukraineDraft();
    expect(() => amendmentsFor(draft, [{ id: "X", sponsors: ["RUS"], action: "delete", target: "op12" }])).toThrow("the draft has no operative paragraph 12");
    expect(() => amendmentsFor(draft, [{ id: "Y", sponsors: ["RUS"], action: "move", target: "op1", position: "after", to: "pp2" }])).toThrow("cannot move among paragraphs of another kind");
  });
});

describe("properties", () => {
  const randomDraft = (seed: number): Draft => {
    const random = seededRandom(seed);
    const draft = ukraineDraft();
    let next = 100;
    const count = 1 + Math.floor(random() * 6);
    for (let i = 0; i < count; i++) {
      const at = Math.floor(random() * draft.operative.length);
      draft.operative[at].subparagraphs.push({ id: `q${next++}`, text: `item ${i}`, subparagraphs: random() < 0.5 ? [{ id: `q${next++}`, text: `sub ${i}`, subparagraphs: [] }] : [] });
    }
    return draft;
  };

  it("applying no amendment returns the draft unchanged", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const draft = randomDraft(seed);
      const run = runVotingSequence({ draft, amendments: [], order: [], outcomes: {} });
      expect(run.draft).toEqual(draft);
    }
  });

  it("inserting a paragraph anywhere, then deleting it, returns the original", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const draft = randomDraft(seed);
      const random = seededRandom(seed * 7919);
      const entries = listParagraphEntries(draft);
      const target = entries[Math.floor(random() * entries.length)];
      const insert = applyAmendment(draft, {
        id: "N1",
        action: "insert",
        targetId: target.id,
        position: random() < 0.5 ? "before" : "after",
        paragraph: { phrase: "Urges", text: `text ${seed}`, subparagraphs: random() < 0.3 ? [{ text: "a child" }] : undefined },
      });
      if (!insert.ok) throw new Error(insert.error.message);
      expect(indexParagraphs(insert.draft).byId.get("N1")?.text).toContain(`text ${seed}`);
      expect(insert.draft).not.toEqual(draft);
      const remove = applyAmendment(insert.draft, { id: "N2", action: "delete", targetId: "N1" });
      if (!remove.ok) throw new Error(remove.error.message);
      expect(remove.draft).toEqual(draft);
    }
  });
});
