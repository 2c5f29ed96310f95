import { describe, expect, it } from "vitest";
import { applyFix } from "./apply-fix";
import { draftToPlainText } from "./layout";
import { sequentialIds, withIds } from "./schema";
import { pre, op, SEIZED, council, assembly, codes, only } from "./checks.test-support";

describe("Chapter VII", () => {
  const determination = pre("Determining", "that the situation in Haiti constitutes a threat to international peace and security in the region");
  const actingUnder = pre("Acting", "under Chapter VII of the Charter of the United Nations");

  it("requires 'Acting under Chapter VII' to be the last preambular paragraph, and the fix moves it there", () => {
    const draft = council({ preamble: [determination, actingUnder, pre("Recalling", "its resolution 2653 (2022)")] });
    const finding = only(draft, "chapter-vii-not-last");
    expect(finding).toMatchObject({ severity: "error", paragraph: { section: "preamble", index: 1 } });
    const fixed = applyFix(draft, finding);
    expect(fixed.preamble.map((paragraph) => paragraph.phrase)).toEqual(["Determining", "Recalling", "Acting"]);
    expect(codes(fixed)).toEqual([]);
  });

  it("accepts 'Acting under Chapter VII' after a determination (Art. 39)", () => {
    expect(codes(council({ preamble: [determination, actingUnder], operative: [op("Decides", "that all States shall prevent the supply of arms"), SEIZED] }))).toEqual([]);
  });

  it("refuses Chapter VII action without a determination and the fix adds one to complete", () => {
    const draft = council({ preamble: [pre("Recalling", "its resolutions"), actingUnder] });
    const finding = only(draft, "chapter-vii-without-determination");
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain("Art. 39");
    const fixed = applyFix(draft, finding);
    expect(fixed.preamble.map((paragraph) => paragraph.phrase)).toEqual(["Recalling", "Determining", "Acting"]);
    expect(codes(fixed)).toEqual(["unfilled-placeholder"]);
  });

  it("treats 'all necessary measures' and measures under Articles 41 and 42 as Chapter VII measures", () => {
    const force = council({ operative: [op("Authorizes", "Member States to use all necessary measures to protect civilians"), SEIZED] });
    expect(only(force, "chapter-vii-without-determination").paragraph).toEqual({ section: "operative", index: 0 });
    const sanctions = council({ operative: [op("Decides", "to adopt measures under Article 41 of the Charter"), SEIZED] });
    expect(only(sanctions, "chapter-vii-without-determination").message).toContain("Article 41");
  });

  it("does not count a preambular mention of Article 41 as a measure", () => {
    expect(codes(council({ preamble: [pre("Recalling", "Article 41 of the Charter")] }))).toEqual([]);
  });

  it("accepts a determination written as an operative paragraph", () => {
    const draft = council({
      preamble: [],
      operative: [op("Determines", "that the situation constitutes a breach of the peace"), op("Authorizes", "all necessary means"), SEIZED],
    });
    expect(codes(draft)).toEqual([]);
  });

  it("warns that the Assembly cannot act under Chapter VII, without asking it for a determination", () => {
    const found = codes(assembly({ preamble: [actingUnder] }));
    expect(found).toEqual(["chapter-vii-in-assembly"]);
  });
});

describe("the closing paragraph", () => {
  it("advises a Council draft to remain seized, and the fix adds the paragraph last", () => {
    const draft = council({ operative: [op("Deplores", "the attack")] });
    const finding = only(draft, "no-remain-seized");
    expect(finding.severity).toBe("advice");
    const fixed = applyFix(draft, finding);
    expect(draftToPlainText(fixed).split("\n").at(-1)).toBe("2. Decides to remain seized of the matter.");
    expect(codes(fixed)).toEqual([]);
  });

  it("gives the added paragraph an id in a stored draft", () => {
    const stored = withIds(council({ operative: [op("Deplores", "the attack")] }), sequentialIds("p"));
    const fixed = applyFix(stored, only(stored, "no-remain-seized"), sequentialIds("new"));
    expect(fixed.operative.at(-1)).toMatchObject({ id: "new1", phrase: "Decides" });
  });

  it("accepts 'remain actively seized' and asks nothing of the Assembly", () => {
    expect(codes(council({ operative: [op("Deplores", "x"), op("Decides", "to remain actively seized of the matter")] }))).toEqual([]);
    expect(codes(assembly())).toEqual([]);
  });

  it("advises moving 'remain seized' to the end", () => {
    const draft = council({ operative: [SEIZED, op("Deplores", "the attack")] });
    const fixed = applyFix(draft, only(draft, "remain-seized-not-last"));
    expect(fixed.operative.map((paragraph) => paragraph.phrase)).toEqual(["Deplores", "Decides"]);
  });

  it("does not ask a referral to an emergency special session to remain seized (resolution 2623)", () => {
    const draft = council({
      preamble: [pre("Having considered", "the item on the agenda of its 8979th meeting")],
      operative: [op("Decides", "to call an emergency special session of the General Assembly to examine the question")],
    });
    expect(codes(draft)).toEqual([]);
  });
});
