import { describe, expect, it } from "vitest";
import { applyFix, checkDraft, counterpartPhrase, FINDING_SEVERITY, formatFindingLocation, type Finding, type FindingCode } from "./checks";
import { draftToPlainText } from "./layout";
import { sequentialIds, withIds, type PortableDraft, type Subparagraph } from "./schema";

type Operative = PortableDraft["operative"][number];

const pre = (phrase: string, text: string) => ({ phrase, text });
const op = (phrase: string, text: string, subparagraphs: Subparagraph[] = []): Operative => ({ phrase, text, subparagraphs });
const sub = (text: string, subparagraphs: Subparagraph[] = []): Subparagraph => ({ text, subparagraphs });
const SEIZED = op("Decides", "to remain seized of the matter");

/** A clean Council draft: the checks have nothing to say about it. */
function council(partial: Partial<PortableDraft> = {}): PortableDraft {
  return {
    schemaVersion: 1,
    body: "security-council",
    sponsors: ["ALB", "USA"],
    preamble: [pre("Reaffirming", "its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine")],
    operative: [op("Deplores", "the aggression against Ukraine"), SEIZED],
    ...partial,
  };
}

function assembly(partial: Partial<PortableDraft> = {}): PortableDraft {
  return council({ body: "general-assembly", title: "Aggression against Ukraine", operative: [op("Deplores", "the aggression")], ...partial });
}

function codes(draft: PortableDraft): FindingCode[] {
  return checkDraft(draft).map((item) => item.code);
}

function only(draft: PortableDraft, code: FindingCode): Finding {
  const found = checkDraft(draft).filter((item) => item.code === code);
  expect(found, `expected one ${code} in ${JSON.stringify(checkDraft(draft))}`).toHaveLength(1);
  return found[0];
}

describe("checkDraft on a clean draft", () => {
  it("finds nothing in a well-formed Council draft", () => {
    expect(checkDraft(council())).toEqual([]);
  });

  it("gives every finding the severity of its code and a reason", () => {
    const messy = council({
      title: "A title",
      symbol: "S-2022-155",
      sponsors: ["EUU", "VAT"],
      preamble: [pre("Decides", "x;"), pre("", "")],
      operative: [op("Recalling", "[State]")],
    });
    const findings = checkDraft(messy);
    expect(findings.length).toBeGreaterThan(5);
    for (const item of findings) {
      expect(item.severity).toBe(FINDING_SEVERITY[item.code]);
      expect(item.message.length).toBeGreaterThan(20);
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

describe("opening phrases", () => {
  it("flags an unknown preambular phrase as a warning, custom phrases being allowed", () => {
    const finding = only(council({ preamble: [pre("Reverberating", "the call of the Secretary-General")] }), "unknown-phrase");
    expect(finding.severity).toBe("warning");
    expect(finding.paragraph).toEqual({ section: "preamble", index: 0 });
    expect(finding.message).toContain('"Reverberating"');
    expect(finding.fix).toBeUndefined();
  });

  it("suggests the known phrase for a typing error and the fix puts it in", () => {
    const draft = council({ preamble: [pre("Reafirming", "its commitment")] });
    const finding = only(draft, "unknown-phrase");
    expect(finding.fix).toEqual({ kind: "replace-phrase", with: "Reaffirming" });
    expect(applyFix(draft, finding).preamble[0].phrase).toBe("Reaffirming");
  });

  it("accepts chained phrases and an opening split across phrase and text", () => {
    const draft = council({
      preamble: [pre("Recalling further", "its resolution 2202 (2015)"), pre("Acting", "under Chapter VII of the Charter of the United Nations")],
      operative: [op("Further requests", "the Secretary-General to report"), op("Calls", "upon all parties to exercise restraint"), SEIZED],
    });
    expect(codes(draft)).not.toContain("unknown-phrase");
  });

  it("refuses an operative phrase in the preamble and moves the paragraph to the operative part", () => {
    const draft = council({ preamble: [pre("Reaffirming", "its commitment"), pre("Welcomes", "the efforts of the Secretary-General")] });
    const finding = only(draft, "operative-phrase-in-preamble");
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain('"Welcoming"');
    expect(finding.fix).toEqual({ kind: "move-paragraph", to: "operative", position: "start" });
    const fixed = applyFix(draft, finding);
    expect(fixed.preamble.map((paragraph) => paragraph.phrase)).toEqual(["Reaffirming"]);
    expect(fixed.operative.map((paragraph) => paragraph.phrase)).toEqual(["Welcomes", "Deplores", "Decides"]);
    expect(codes(fixed)).toEqual([]);
  });

  it("refuses a preambular phrase in the operative part and moves it before a closing Chapter VII paragraph", () => {
    const draft = council({
      preamble: [
        pre("Determining", "that the situation constitutes a threat to international peace and security"),
        pre("Acting under Chapter VII of the Charter of the United Nations", ""),
      ],
      operative: [op("Recalling", "its resolution 2202 (2015)"), SEIZED],
    });
    const finding = only(draft, "preambular-phrase-in-operative");
    expect(finding.message).toContain('"Recalls"');
    const fixed = applyFix(draft, finding);
    expect(fixed.preamble.map((paragraph) => paragraph.phrase)).toEqual([
      "Determining",
      "Recalling",
      "Acting under Chapter VII of the Charter of the United Nations",
    ]);
    expect(codes(fixed)).toEqual([]);
  });

  it("replaces the phrase instead of moving a paragraph that has subparagraphs", () => {
    const draft = council({ operative: [op("Recalling", "its resolutions", [sub("2202 (2015)"), sub("2166 (2014)")]), SEIZED] });
    const finding = only(draft, "preambular-phrase-in-operative");
    expect(finding.fix).toEqual({ kind: "replace-phrase", with: "Recalls" });
    expect(applyFix(draft, finding).operative[0].phrase).toBe("Recalls");
  });

  it("moves an opening phrase typed into the text to the phrase field", () => {
    const draft = council({ operative: [op("", "Calls upon all parties to exercise restraint"), SEIZED] });
    const finding = only(draft, "missing-phrase");
    expect(finding.fix).toEqual({ kind: "split-phrase", phrase: "Calls upon" });
    const fixed = applyFix(draft, finding);
    expect(fixed.operative[0]).toMatchObject({ phrase: "Calls upon", text: "all parties to exercise restraint" });
  });

  it("reports a paragraph without any opening phrase", () => {
    const finding = only(council({ preamble: [pre("", "the situation in the region")] }), "missing-phrase");
    expect(finding.fix).toBeUndefined();
  });
});

describe("counterpartPhrase", () => {
  it.each([
    ["Recalling", "operative", "Recalls"],
    ["Expressing its grave concern", "operative", "Expresses its grave concern"],
    ["Welcomes", "preambular", "Welcoming"],
    ["Notes", "preambular", "Noting"],
    ["Regrets", "preambular", "Regretting"],
    ["Further recalls", "preambular", "Further recalling"],
  ] as const)("turns %s into the %s form %s", (phrase, target, expected) => {
    expect(counterpartPhrase(phrase, target)).toBe(expected);
  });

  it("offers nothing when the other form is not a known phrase", () => {
    expect(counterpartPhrase("Gravely concerned", "operative")).toBeUndefined();
    expect(counterpartPhrase("Demands", "preambular")).toBeUndefined();
  });
});

describe("empty paragraphs and final punctuation", () => {
  it("reports an empty paragraph as an error that the fix deletes", () => {
    const draft = council({ preamble: [pre("Reaffirming", "its commitment"), pre(" ", "")] });
    const finding = only(draft, "empty-paragraph");
    expect(finding.severity).toBe("error");
    expect(finding.paragraph).toEqual({ section: "preamble", index: 1 });
    expect(applyFix(draft, finding).preamble).toHaveLength(1);
  });

  it("reports an empty subparagraph and deletes it by its path", () => {
    const draft = council({ operative: [op("Requests", "the Secretary-General", [sub("to report"), sub("", []), sub("to monitor")]), SEIZED] });
    const finding = only(draft, "empty-paragraph");
    expect(finding.paragraph).toEqual({ section: "operative", index: 0, path: [1] });
    expect(applyFix(draft, finding).operative[0].subparagraphs.map((item) => item.text)).toEqual(["to report", "to monitor"]);
  });

  it("warns of an opening phrase left without text, but not of a complete opening", () => {
    expect(only(council({ operative: [op("Decides", ""), SEIZED] }), "missing-text").severity).toBe("warning");
    const complete = council({
      preamble: [
        pre("Determining", "that the situation constitutes a threat to international peace and security"),
        pre("Acting under Chapter VII of the Charter of the United Nations", ""),
      ],
      operative: [op("Deplores", "the attack"), op("Decides to remain seized of the matter", "")],
    });
    expect(codes(complete)).toEqual([]);
  });

  it("advises removing final punctuation typed by hand, in paragraphs and subparagraphs", () => {
    const draft = council({
      operative: [op("Requests", "the Secretary-General:", [sub("to report;")]), op("Decides", "to remain seized of the matter.")],
    });
    const found = checkDraft(draft).filter((item) => item.code === "final-punctuation");
    expect(found.map((item) => [item.severity, formatFindingLocation(item.paragraph)])).toEqual([
      ["advice", "operative 1"],
      ["advice", "operative 1 (a)"],
      ["advice", "operative 2"],
    ]);
    const fixed = found.reduce((current, item) => applyFix(current, item), draft);
    expect(codes(fixed)).toEqual([]);
    expect(draftToPlainText(fixed)).toContain("1. Requests the Secretary-General:\n(a) to report;\n2. Decides to remain seized of the matter.");
  });

  it("strips the punctuation from the phrase of a phrase-only paragraph", () => {
    const draft = council({ operative: [op("Deplores", "the attack"), op("Decides to remain seized of the matter.", "")] });
    const fixed = applyFix(draft, only(draft, "final-punctuation"));
    expect(fixed.operative[1].phrase).toBe("Decides to remain seized of the matter");
  });

  it("reports a draft with no operative paragraph as an error", () => {
    const finding = only(council({ operative: [] }), "no-operative");
    expect(finding).toMatchObject({ severity: "error", paragraph: { section: "operative" } });
  });
});

describe("placeholders", () => {
  it("reports unfilled placeholders in paragraphs, subparagraphs and the symbol", () => {
    const draft = council({
      symbol: "S/2022/[number]",
      preamble: [pre("Reaffirming", "the sovereignty of [State] since [date]")],
      operative: [op("Requests", "the Secretary-General", [sub("to report within [number] days")]), SEIZED],
    });
    const found = checkDraft(draft).filter((item) => item.code === "unfilled-placeholder");
    expect(found.map((item) => formatFindingLocation(item.paragraph))).toEqual(["symbol", "preamble 1", "operative 1 (a)"]);
    expect(found[1].message).toContain('"[State]" and "[date]"');
    expect(found.every((item) => item.severity === "error")).toBe(true);
    expect(codes(draft)).not.toContain("malformed-symbol");
  });

  it("leaves bracketed numbers alone", () => {
    expect(codes(council({ preamble: [pre("Recalling", "paragraph [1] of the annex")] }))).toEqual([]);
  });
});

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

describe("binding forms in a General Assembly draft", () => {
  it("warns of 'Demands' and offers a recommendation in its place", () => {
    const draft = assembly({ operative: [op("Demands", "that the Russian Federation cease its use of force")] });
    const finding = only(draft, "binding-form-in-assembly");
    expect(finding.severity).toBe("warning");
    expect(finding.message).toContain("Arts. 10–14");
    expect(applyFix(draft, finding).operative[0].phrase).toBe("Urges");
    expect(only(assembly({ operative: [op("Demands", "a ceasefire")] }), "binding-form-in-assembly").fix).toEqual({
      kind: "replace-phrase",
      with: "Calls for",
    });
  });

  it("warns of 'Decides that … shall' but not of the Assembly's own decisions", () => {
    expect(only(assembly({ operative: [op("Decides", "that all States shall refrain from recognizing the annexation")] }), "binding-form-in-assembly").fix).toBeUndefined();
    expect(codes(assembly({ operative: [op("Decides", "to adjourn the eleventh emergency special session temporarily")] }))).toEqual([]);
  });

  it("raises nothing for the same forms in a Council draft", () => {
    expect(codes(council({ operative: [op("Demands", "that all parties cease fire"), op("Decides", "that all States shall comply"), SEIZED] }))).toEqual([]);
  });

  it("warns of an Assembly determination of a threat to the peace (Art. 39)", () => {
    expect(codes(assembly({ operative: [op("Determines", "that the situation constitutes a threat to the peace")] }))).toEqual(["chapter-vii-in-assembly"]);
  });
});

describe("Charter citations", () => {
  it.each([
    ["Article 112 of the Charter", "111 articles"],
    ["Article 2(8)", "Article 2 has 7 paragraphs"],
    ["Article 51, paragraph 2, of the Charter", "Article 51 has no numbered paragraphs"],
    ["Chapter XX of the Charter", "19 chapters"],
  ])("refuses %s", (citation, reason) => {
    const finding = only(council({ preamble: [pre("Recalling", citation)] }), "unknown-charter-article");
    expect(finding.severity).toBe("error");
    expect(finding.message).toContain(reason);
  });

  it("accepts real articles and leaves other instruments alone", () => {
    const draft = council({
      preamble: [pre("Recalling", "Article 2, paragraph 4, Article 2(7), Articles 51 and 53 of the Charter, and article 120 of the Rome Statute")],
    });
    expect(codes(draft)).toEqual([]);
  });
});

describe("sponsors", () => {
  it("refuses a code that is not a State, and the fix removes it", () => {
    const draft = council({ sponsors: ["ALB", "EUU", "USA"] });
    const finding = only(draft, "sponsor-not-a-state");
    expect(finding.paragraph).toEqual({ section: "metadata", field: "sponsors", index: 1 });
    expect(finding.message).toContain("European Union");
    expect(applyFix(draft, finding).sponsors).toEqual(["ALB", "USA"]);
  });

  it("lists observer States with advice that they have no vote", () => {
    const found = checkDraft(council({ sponsors: ["VAT", "PSE"] }));
    expect(found.map((item) => [item.code, item.severity])).toEqual([
      ["sponsor-observer-state", "advice"],
      ["sponsor-observer-state", "advice"],
    ]);
    expect(found[1].message).toContain("State of Palestine");
  });

  it("warns of a sponsor listed twice and removes the repeat", () => {
    const draft = council({ sponsors: ["USA", "ALB", "USA"] });
    const finding = only(draft, "duplicate-sponsor");
    expect(finding.paragraph.index).toBe(2);
    expect(applyFix(draft, finding).sponsors).toEqual(["USA", "ALB"]);
  });
});

describe("subparagraph levels", () => {
  const nested = (levels: number): Subparagraph[] => (levels === 0 ? [] : [sub(`level ${6 - levels}`, nested(levels - 1))]);

  it("accepts four levels, (a), (i), a., i.", () => {
    expect(codes(council({ operative: [op("Requests", "the Secretary-General", [sub("level 1", nested(3))]), SEIZED] }))).toEqual([]);
  });

  it("refuses a fifth level once, at its first subparagraph (UN Editorial Manual)", () => {
    const finding = only(council({ operative: [op("Requests", "the Secretary-General", nested(6)), SEIZED] }), "too-deeply-nested");
    expect(finding.paragraph).toEqual({ section: "operative", index: 0, path: [0, 0, 0, 0, 0] });
    expect(finding.message).toContain("UN Editorial Manual");
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

describe("symbol, date and title", () => {
  it.each(["S/2022/155", "S/2022/155/Rev.1"])("accepts the Council symbol %s", (symbol) => {
    expect(codes(council({ symbol, date: "2022-02-25" }))).toEqual([]);
  });

  it("warns of a symbol that is not S/YYYY/N", () => {
    expect(only(council({ symbol: "S-2022-155" }), "malformed-symbol").message).toContain("S/YYYY/N");
  });

  it("warns when the symbol's year is not the date's", () => {
    expect(only(council({ symbol: "S/2022/155", date: "2023-02-25" }), "symbol-year-mismatch").severity).toBe("warning");
  });

  it("accepts Assembly symbols and refuses a Council one in an Assembly draft", () => {
    expect(codes(assembly({ symbol: "A/ES-11/L.1" }))).toEqual([]);
    expect(codes(assembly({ symbol: "A/C.3/76/L.12/Rev.1" }))).toEqual([]);
    expect(codes(assembly({ symbol: "S/2022/155" }))).toEqual(["malformed-symbol"]);
  });

  it("advises removing a title from a Council draft", () => {
    const draft = council({ title: "Aggression against Ukraine" });
    const finding = only(draft, "title-in-council-draft");
    const fixed = applyFix(draft, finding);
    expect("title" in fixed).toBe(false);
    expect(codes(fixed)).toEqual([]);
  });

  it("advises an Assembly draft to carry a title", () => {
    expect(codes(assembly({ title: undefined }))).toEqual(["missing-title"]);
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
