import { describe, expect, it } from "vitest";
import { applyFix } from "./apply-fix";
import { draftToPlainText } from "./layout";
import { sequentialIds, withIds } from "./schema";
import { pre, op, sub, SEIZED, council, assembly, codes, only } from "./checks.test-support";

describe("Chapter VII", () => {
  const determination = pre("Determining", "that the situation in Haiti constitutes a threat to international peace and security in the region");
  const actingUnder = pre("Acting", "under Chapter VII of the Charter of the United Nations");

  it("advises 'Acting under Chapter VII' as the last preambular paragraph, and the fix moves it there", () => {
    const draft = council({ preamble: [determination, actingUnder, pre("Recalling", "its resolution 2653 (2022)")] });
    const finding = only(draft, "chapter-vii-not-last");
    expect(finding).toMatchObject({ severity: "advice", paragraph: { section: "preamble", index: 1 } });
    expect(finding.message).toContain("1769 (2007)");
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

  it("accepts 'Acting under Chapter VII' opening an operative paragraph (resolution 1769 (2007), paragraph 15)", () => {
    const draft = council({
      preamble: [determination],
      operative: [
        op("Decides", "to establish an AU/UN Hybrid operation in Darfur"),
        op("Acting", "under Chapter VII of the Charter of the United Nations", [sub("decides that UNAMID is authorized to take the necessary action")]),
        SEIZED,
      ],
    });
    expect(codes(draft)).toEqual([]);
  });

  it("recognises 'Acting for these purposes under Chapter VII' (1244 (1999)) and 'Acting under Article 41' (2231 (2015))", () => {
    for (const form of ["for these purposes under Chapter VII of the Charter of the United Nations", "under Article 41 of the Charter of the United Nations"]) {
      const withoutDetermination = council({ preamble: [pre("Recalling", "its resolutions"), pre("Acting", form)] });
      expect(codes(withoutDetermination)).toEqual(["chapter-vii-without-determination"]);
      expect(codes(council({ preamble: [determination, pre("Acting", form), pre("Recalling", "its resolutions")] }))).toEqual(["chapter-vii-not-last"]);
    }
  });

  it("does not read 'Calls upon all States to take all necessary measures to prevent' as force", () => {
    const exhortation = council({ operative: [op("Calls upon", "all States to take all necessary measures to prevent the financing of terrorist acts"), SEIZED] });
    expect(codes(exhortation)).toEqual([]);
  });

  it("treats an authorization of 'all necessary measures' and measures under Articles 41 and 42 as Chapter VII measures", () => {
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

  it("asks no 'remain seized' of a recommendation on admission or on the Secretary-General", () => {
    const admission = council({ operative: [op("Recommends", "to the General Assembly that the Republic of South Sudan be admitted to membership in the United Nations")] });
    expect(codes(admission)).toEqual([]);
    const appointment = council({ operative: [op("Recommends", "to the General Assembly that Mr. António Guterres be appointed Secretary-General of the United Nations for a second term of office")] });
    expect(codes(appointment)).toEqual([]);
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
