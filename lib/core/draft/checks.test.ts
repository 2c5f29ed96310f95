import { describe, expect, it } from "vitest";
import { applyFix } from "./apply-fix";
import { checkDraft } from "./checks";
import { formatFindingLocation, type FindingCode } from "./findings";
import { sequentialIds, withIds } from "./schema";
import { pre, op, sub, council, only } from "./checks.test-support";
import type { PortableDraft, Subparagraph } from "./schema";

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

describe("applyFix on a portable and on a stored draft", () => {
  const messy = council({
    title: "A title",
    sponsors: ["USA", "EUU"],
    preamble: [pre("Decides", "x"), pre("", "Recalling its resolutions,"), pre("Reafirming", "its commitment,"), pre("", ""), pre("Acting", "under Chapter VII of the Charter,")],
    operative: [
      op("Recalling", "earlier work,"),
      op("Requests", "the Secretary-General:", [sub("to report;"), sub("to monitor.", [sub("in the region;")])]),
      op("Decides", "that all States shall take the measures under Article 41;"),
      op("Urges", "all States;"),
    ],
  });
  const stored = withIds(messy, sequentialIds());

  /** What a reader sees: the text, in order, without the paragraph ids. */
  const text = (draft: PortableDraft) => {
    const subs = (list: Subparagraph[]): unknown[] => list.map((item) => [item.text, subs(item.subparagraphs ?? [])]);
    return {
      ...draft,
      preamble: draft.preamble.map((paragraph) => [paragraph.phrase, paragraph.text]),
      operative: draft.operative.map((paragraph) => [paragraph.phrase, paragraph.text, subs(paragraph.subparagraphs ?? [])]),
    };
  };
  const ids = (draft: PortableDraft): (string | undefined)[] => {
    const subs = (list: Subparagraph[]): (string | undefined)[] => list.flatMap((item) => [item.id, ...subs(item.subparagraphs ?? [])]);
    return [...draft.preamble.map((paragraph) => paragraph.id), ...draft.operative.flatMap((paragraph) => [paragraph.id, ...subs(paragraph.subparagraphs ?? [])])];
  };

  it("gives the same text whether the draft carries paragraph ids or not", () => {
    const portableFindings = checkDraft(messy).filter((item) => item.fix);
    const storedFindings = checkDraft(stored).filter((item) => item.fix);
    expect(new Set(portableFindings.map((item) => item.fix!.kind))).toEqual(
      new Set(["remove-sponsor", "remove-title", "move-paragraph", "split-phrase", "strip-final-punctuation", "replace-phrase", "delete-paragraph", "add-operative", "add-preambular"]),
    );
    expect(storedFindings.map((item) => item.code)).toEqual(portableFindings.map((item) => item.code));
    portableFindings.forEach((finding, index) => {
      const fromPortable = applyFix(messy, finding);
      const fromStored = applyFix(stored, storedFindings[index], sequentialIds("new"));
      expect(fromPortable, `${finding.code} changes the draft`).not.toBe(messy);
      expect(text(fromPortable), `${finding.code} ${formatFindingLocation(finding.paragraph)}`).toEqual(text(fromStored));
      expect(ids(fromPortable).every((id) => id === undefined), `${finding.code} leaves no id behind`).toBe(true);
      expect(ids(fromStored).every((id) => id !== undefined), `${finding.code} keeps every id`).toBe(true);
    });
  });

  it("keeps the ids a portable draft carries on some paragraphs only, and gives an added paragraph the id asked for", () => {
    const partly: PortableDraft = { ...messy, preamble: messy.preamble.map((paragraph, index) => (index === 2 ? { ...paragraph, id: "fix-1" } : paragraph)) };
    const fixed = applyFix(partly, only(partly, "unknown-phrase"));
    expect(fixed.preamble[2]).toEqual({ id: "fix-1", phrase: "Reaffirming", text: "its commitment," });
    expect(ids(fixed).filter((id) => id !== undefined)).toEqual(["fix-1"]);
    const added = applyFix(partly, only(partly, "no-remain-seized"), () => "added");
    expect(added.operative.at(-1)).toMatchObject({ id: "added", phrase: "Decides" });
    expect(ids(added).filter((id) => id !== undefined)).toEqual(["fix-1", "added"]);
  });
});
