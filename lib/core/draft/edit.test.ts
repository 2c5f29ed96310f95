import { describe, expect, it } from "vitest";
import {
  addOperative,
  addPreambular,
  addSubparagraph,
  deleteParagraph,
  findParagraph,
  indentSubparagraph,
  moveParagraph,
  outdentSubparagraph,
  reorder,
  reorderSubparagraphs,
  updateParagraph,
  type EditResult,
} from "./edit";
import { layoutDraft } from "./layout";
import type { Draft, StoredSubparagraph } from "./schema";

const leaf = (id: string, subparagraphs: StoredSubparagraph[] = []): StoredSubparagraph => ({ id, text: id, subparagraphs });

/**
 * preamble: pa, pb
 * operative: o1 (a) s1 [(i) s1i, (ii) s1ii], (b) s2, (c) s3; o2; o3
 */
function sample(): Draft {
  return {
    schemaVersion: 1,
    body: "security-council",
    sponsors: ["ALB", "USA"],
    preamble: [
      { id: "pa", phrase: "Reaffirming", text: "its commitment" },
      { id: "pb", phrase: "Recalling", text: "its resolutions" },
    ],
    operative: [
      { id: "o1", phrase: "Requests", text: "the Secretary-General", subparagraphs: [leaf("s1", [leaf("s1i"), leaf("s1ii")]), leaf("s2"), leaf("s3")] },
      { id: "o2", phrase: "Demands", text: "a ceasefire", subparagraphs: [] },
      { id: "o3", phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
    ],
  };
}

function ok(result: EditResult): Draft {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.draft;
}

function errorCode(result: EditResult): string | undefined {
  return result.ok ? undefined : result.error.code;
}

/** The draft's shape as labels read: ["pa", "pb", "1 o1", "(a) s1", "(i) s1i", …]. */
function outline(draft: Draft): string[] {
  return layoutDraft(draft).flatMap((paragraph) => {
    switch (paragraph.kind) {
      case "opening":
        return [];
      case "preambular":
        return [paragraph.id!];
      case "operative":
        return [`${paragraph.number} ${paragraph.id}`];
      case "subparagraph":
        return [`${paragraph.label} ${paragraph.id}`];
    }
  });
}

describe("findParagraph", () => {
  it("finds preambular, operative and nested paragraphs with their place", () => {
    const draft = sample();
    expect(findParagraph(draft, "pb")).toMatchObject({ section: "preamble", index: 1 });
    expect(findParagraph(draft, "o2")).toMatchObject({ section: "operative", index: 1 });
    expect(findParagraph(draft, "s1ii")).toMatchObject({ section: "subparagraph", operativeIndex: 0, path: [0, 1], level: 2, parentId: "s1" });
    expect(findParagraph(draft, "s3")).toMatchObject({ section: "subparagraph", path: [2], level: 1, parentId: "o1" });
    expect(findParagraph(draft, "nope")).toBeUndefined();
  });
});

describe("adding paragraphs", () => {
  it("adds a preambular paragraph after another, or at the end with null", () => {
    const draft = sample();
    expect(ok(addPreambular(draft, "pa", "new")).preamble.map((paragraph) => paragraph.id)).toEqual(["pa", "new", "pb"]);
    const appended = ok(addPreambular(draft, null, "new", { phrase: "Noting", text: "the report" }));
    expect(appended.preamble.at(-1)).toEqual({ id: "new", phrase: "Noting", text: "the report" });
  });

  it("adds an operative paragraph with no subparagraphs", () => {
    const added = ok(addOperative(sample(), "o1", "new", { phrase: "Urges" }));
    expect(added.operative.map((paragraph) => paragraph.id)).toEqual(["o1", "new", "o2", "o3"]);
    expect(added.operative[1]).toEqual({ id: "new", phrase: "Urges", text: "", subparagraphs: [] });
  });

  it("refuses an id already used anywhere, an invalid id and an anchor in the other section", () => {
    expect(errorCode(addPreambular(sample(), null, "s1i"))).toBe("duplicate-id");
    expect(errorCode(addOperative(sample(), null, "has space"))).toBe("invalid-id");
    expect(errorCode(addOperative(sample(), "pa", "new"))).toBe("wrong-section");
    expect(errorCode(addPreambular(sample(), "missing", "new"))).toBe("not-found");
  });

  it("adds subparagraphs as last children, down to the fourth level and no further (UN Editorial Manual)", () => {
    let draft = ok(addSubparagraph(sample(), "o2", "x1"));
    draft = ok(addSubparagraph(draft, "x1", "x2"));
    draft = ok(addSubparagraph(draft, "x2", "x3"));
    draft = ok(addSubparagraph(draft, "x3", "x4", { text: "deepest" }));
    expect(outline(draft).slice(8, 13)).toEqual(["2 o2", "(a) x1", "(i) x2", "a. x3", "i. x4"]);
    expect(errorCode(addSubparagraph(draft, "x4", "x5"))).toBe("too-deep");
    expect(errorCode(addSubparagraph(draft, "pa", "x5"))).toBe("wrong-section");
  });
});

describe("deleting", () => {
  it("deletes a paragraph of any kind, with what it introduces", () => {
    expect(ok(deleteParagraph(sample(), "pa")).preamble.map((paragraph) => paragraph.id)).toEqual(["pb"]);
    expect(outline(ok(deleteParagraph(sample(), "o1")))).toEqual(["pa", "pb", "1 o2", "2 o3"]);
    expect(outline(ok(deleteParagraph(sample(), "s1"))).slice(2, 5)).toEqual(["1 o1", "(a) s2", "(b) s3"]);
    expect(errorCode(deleteParagraph(sample(), "nope"))).toBe("not-found");
  });
});

describe("moving", () => {
  it("moves paragraphs up and down within their own list", () => {
    expect(ok(moveParagraph(sample(), "pb", "up")).preamble.map((paragraph) => paragraph.id)).toEqual(["pb", "pa"]);
    expect(ok(moveParagraph(sample(), "o1", "down")).operative.map((paragraph) => paragraph.id)).toEqual(["o2", "o1", "o3"]);
    expect(outline(ok(moveParagraph(sample(), "s1ii", "up"))).slice(3, 6)).toEqual(["(a) s1", "(i) s1ii", "(ii) s1i"]);
  });

  it("never crosses the edge of a list", () => {
    expect(errorCode(moveParagraph(sample(), "pa", "up"))).toBe("at-edge");
    expect(errorCode(moveParagraph(sample(), "pb", "down"))).toBe("at-edge");
    expect(errorCode(moveParagraph(sample(), "s3", "down"))).toBe("at-edge");
    expect(errorCode(moveParagraph(sample(), "s1i", "up"))).toBe("at-edge");
  });

  it("reorders by drag and drop", () => {
    expect(ok(reorder(sample(), "operative", 2, 0)).operative.map((paragraph) => paragraph.id)).toEqual(["o3", "o1", "o2"]);
    expect(ok(reorder(sample(), "preamble", 0, 1)).preamble.map((paragraph) => paragraph.id)).toEqual(["pb", "pa"]);
    expect(errorCode(reorder(sample(), "preamble", 0, 2))).toBe("out-of-range");
    expect(errorCode(reorder(sample(), "operative", -1, 0))).toBe("out-of-range");
    expect(ok(reorderSubparagraphs(sample(), "o1", 0, 2)).operative[0].subparagraphs.map((item) => item.id)).toEqual(["s2", "s3", "s1"]);
    expect(errorCode(reorderSubparagraphs(sample(), "pa", 0, 1))).toBe("not-found");
  });
});

describe("indenting and outdenting", () => {
  it("makes a subparagraph the last child of its previous sibling, with its own children", () => {
    const indented = ok(indentSubparagraph(sample(), "s2"));
    expect(outline(indented).slice(2)).toEqual(["1 o1", "(a) s1", "(i) s1i", "(ii) s1ii", "(iii) s2", "(b) s3", "2 o2", "3 o3"]);
    const withChildren = ok(indentSubparagraph(sample(), "s2"));
    const twice = ok(indentSubparagraph(withChildren, "s3"));
    expect(outline(twice).slice(3, 8)).toEqual(["(a) s1", "(i) s1i", "(ii) s1ii", "(iii) s2", "(iv) s3"]);
  });

  it("refuses to indent a first subparagraph, an operative paragraph, or past the fourth level", () => {
    expect(errorCode(indentSubparagraph(sample(), "s1"))).toBe("no-previous-sibling");
    expect(errorCode(indentSubparagraph(sample(), "o2"))).toBe("not-a-subparagraph");
    let deep = ok(addSubparagraph(sample(), "s1i", "l3"));
    deep = ok(addSubparagraph(deep, "l3", "l4"));
    // s1ii would become s1i's child at level 3: allowed. s2 carrying a level-4 chain is not.
    expect(ok(indentSubparagraph(deep, "s1ii")).operative[0].subparagraphs[0].subparagraphs[0].subparagraphs.map((item) => item.id)).toEqual(["l3", "s1ii"]);
    let chain = ok(addSubparagraph(sample(), "s2", "c2"));
    chain = ok(addSubparagraph(chain, "c2", "c3"));
    chain = ok(addSubparagraph(chain, "c3", "c4"));
    expect(errorCode(indentSubparagraph(chain, "s2"))).toBe("too-deep");
  });

  it("makes a subparagraph the next sibling of its parent", () => {
    const outdented = ok(outdentSubparagraph(sample(), "s1i"));
    expect(outline(outdented).slice(2, 7)).toEqual(["1 o1", "(a) s1", "(i) s1ii", "(b) s1i", "(c) s2"]);
  });

  it("refuses to outdent a first-level subparagraph or a paragraph", () => {
    expect(errorCode(outdentSubparagraph(sample(), "s2"))).toBe("cannot-outdent");
    expect(errorCode(outdentSubparagraph(sample(), "pa"))).toBe("not-a-subparagraph");
    expect(errorCode(outdentSubparagraph(sample(), "nope"))).toBe("not-found");
  });

  it("undoes an indent with an outdent", () => {
    const there = ok(indentSubparagraph(sample(), "s2"));
    const back = ok(outdentSubparagraph(there, "s2"));
    expect(back).toEqual(sample());
  });
});

describe("updateParagraph", () => {
  it("changes phrase and text, only what is given", () => {
    const draft = ok(updateParagraph(sample(), "o2", { text: "an immediate ceasefire" }));
    expect(draft.operative[1]).toMatchObject({ phrase: "Demands", text: "an immediate ceasefire" });
    expect(ok(updateParagraph(sample(), "pa", { phrase: "Reaffirming also" })).preamble[0]).toEqual({ id: "pa", phrase: "Reaffirming also", text: "its commitment" });
    expect(ok(updateParagraph(sample(), "s1ii", { text: "changed" })).operative[0].subparagraphs[0].subparagraphs[1].text).toBe("changed");
  });

  it("refuses a phrase for a subparagraph and an unknown id", () => {
    expect(errorCode(updateParagraph(sample(), "s1", { phrase: "Decides" }))).toBe("no-phrase");
    expect(errorCode(updateParagraph(sample(), "nope", { text: "x" }))).toBe("not-found");
  });
});

describe("purity", () => {
  it("never changes its input and keeps untouched branches as they were", () => {
    const draft = sample();
    const snapshot = structuredClone(draft);
    const results = [
      addPreambular(draft, "pa", "n1"),
      addOperative(draft, null, "n2"),
      addSubparagraph(draft, "s1", "n3"),
      deleteParagraph(draft, "s1i"),
      moveParagraph(draft, "s2", "down"),
      indentSubparagraph(draft, "s3"),
      outdentSubparagraph(draft, "s1ii"),
      updateParagraph(draft, "s3", { text: "x" }),
      reorder(draft, "operative", 0, 2),
    ];
    expect(results.every((result) => result.ok)).toBe(true);
    expect(draft).toEqual(snapshot);
    const changed = ok(updateParagraph(draft, "s3", { text: "x" }));
    expect(changed.preamble).toBe(draft.preamble);
    expect(changed.operative[1]).toBe(draft.operative[1]);
    expect(changed.operative[0].subparagraphs[0]).toBe(draft.operative[0].subparagraphs[0]);
  });
});
