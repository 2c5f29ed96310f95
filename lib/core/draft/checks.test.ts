import { describe, expect, it } from "vitest";
import { applyFix } from "./apply-fix";
import { checkDraft } from "./checks";
import { formatFindingLocation, type FindingCode } from "./findings";
import { sequentialIds, withIds } from "./schema";
import { pre, op, council, only } from "./checks.test-support";

describe("checkDraft on a clean draft", () => {
  it("finds nothing in a well-formed Council draft", () => {
    expect(checkDraft(council())).toEqual([]);
  });

  it("tells each problem of a messy draft with its severity and a reason, and each fix removes its finding", () => {
    const messy = council({
      title: "A title",
      symbol: "S-2022-155",
      sponsors: ["EUU", "VAT"],
      preamble: [pre("Decides", "x;"), pre("", "")],
      operative: [op("Recalling", "[State]")],
    });
    const findings = checkDraft(messy);
    const seen = findings.map((item) => [item.code, item.severity, formatFindingLocation(item.paragraph)]);
    expect(seen).toEqual([
      ["malformed-symbol", "warning", "symbol"],
      ["sponsor-not-a-state", "error", "sponsors"],
      ["sponsor-observer-state", "advice", "sponsors"],
      ["title-in-council-draft", "advice", "title"],
      ["operative-phrase-in-preamble", "error", "preamble 1"],
      ["final-punctuation", "advice", "preamble 1"],
      ["empty-paragraph", "error", "preamble 2"],
      ["unfilled-placeholder", "error", "operative 1"],
      ["preambular-phrase-in-operative", "error", "operative 1"],
      ["no-remain-seized", "advice", "operative part"],
    ]);
    const message = (code: FindingCode) => findings.find((item) => item.code === code)?.message;
    expect(message("malformed-symbol")).toContain("S/YYYY/N");
    expect(message("sponsor-not-a-state")).toContain('"EUU"');
    expect(message("sponsor-observer-state")).toContain("Holy See");
    expect(message("unfilled-placeholder")).toContain('"[State]"');
    for (const item of findings.filter((candidate) => candidate.fix)) {
      const after = checkDraft(applyFix(messy, item)).filter((other) => other.code === item.code && formatFindingLocation(other.paragraph) === formatFindingLocation(item.paragraph));
      expect(after, `${item.code} after its fix`).toEqual([]);
    }
  });

  it("lists findings in document order: metadata, preamble, operative", () => {
    const findings = checkDraft(
      council({
        symbol: "S-1",
        preamble: [pre("Reaffirming", "one;"), pre("", "")],
        operative: [op("Deplores", "[State]"), op("Decides", "to remain seized of the matter.")],
      }),
    );
    expect(findings.map((item) => formatFindingLocation(item.paragraph))).toEqual([
      "symbol",
      "preamble 1",
      "preamble 2",
      "operative 1",
      "operative 2",
    ]);
  });
});

describe("applyFix", () => {
  it("leaves the draft untouched when the finding has no fix or no longer matches", () => {
    const draft = council({ preamble: [pre("Reafirming", "its commitment")] });
    const finding = only(draft, "unknown-phrase");
    expect(applyFix(draft, { ...finding, fix: undefined })).toBe(draft);
    expect(applyFix(draft, { ...finding, paragraph: { section: "preamble", index: 7 } })).toBe(draft);
  });

  it("finds the paragraph by id when the finding carries one", () => {
    const stored = withIds(council({ preamble: [pre("Reafirming", "its commitment")] }), sequentialIds());
    const finding = only(stored, "unknown-phrase");
    expect(finding.paragraph.id).toBe("p1");
    const moved = { ...stored, preamble: [{ id: "p9", phrase: "Recalling", text: "x" }, ...stored.preamble] };
    expect(applyFix(moved, finding).preamble.map((paragraph) => paragraph.phrase)).toEqual(["Recalling", "Reaffirming"]);
  });

  it("does not change its input", () => {
    const draft = council({ operative: [op("Deplores", "the attack;")] });
    const snapshot = structuredClone(draft);
    for (const item of checkDraft(draft)) applyFix(draft, item);
    expect(draft).toEqual(snapshot);
  });
});
