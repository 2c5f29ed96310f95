import { describe, expect, it } from "vitest";
import { countParagraphs, MAX_PARAGRAPHS, MAX_TOTAL_PARAGRAPHS, parsePortableDraft, type Subparagraph } from "./schema";

const operative = (subparagraphs: Subparagraph[] = []) => ({ phrase: "Decides", text: "to remain seized of the matter", subparagraphs });
const sub = (subparagraphs: Subparagraph[] = []): Subparagraph => ({ text: "item", subparagraphs });
const draft = (fields: object) => ({ schemaVersion: 1, body: "security-council", ...fields });

describe("the total size of a draft", () => {
  it("counts paragraphs and subparagraphs at every level", () => {
    const document = { preamble: [{ phrase: "Recalling", text: "x" }], operative: [operative([sub([sub(), sub()]), sub()]), operative()] };
    expect(countParagraphs(document)).toBe(1 + 2 + 4);
  });

  it("accepts a draft at the cap", () => {
    const preamble = Array.from({ length: MAX_TOTAL_PARAGRAPHS - 1 }, () => ({ phrase: "Recalling", text: "x" }));
    expect(parsePortableDraft(draft({ preamble, operative: [operative()] })).ok).toBe(true);
  });

  it("refuses a draft whose levels are each under the per-level cap but whose total is over the cap", () => {
    // 10 operative paragraphs × 300 subparagraphs: no list is longer than 2,000, 3,010 in all.
    const wide = Array.from({ length: 10 }, () => operative(Array.from({ length: 300 }, () => sub())));
    expect(Math.max(...wide.map((paragraph) => paragraph.subparagraphs.length))).toBeLessThan(MAX_PARAGRAPHS);
    const result = parsePortableDraft(draft({ operative: wide }));
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "(document)", message: `has 3010 paragraphs and subparagraphs in all; a draft may have at most ${MAX_TOTAL_PARAGRAPHS}` }],
    });
  });

  it("refuses nesting that multiplies paragraphs", () => {
    const nested = operative(Array.from({ length: 50 }, () => sub(Array.from({ length: 50 }, () => sub()))));
    expect(parsePortableDraft(draft({ operative: [nested] })).ok).toBe(false);
  });
});
