import { describe, expect, it } from "vitest";
import { applyFix } from "./apply-fix";
import { checkDraft } from "./checks";
import { formatFindingLocation } from "./findings";
import { counterpartPhrase } from "./phrase-suggestions";
import { draftToPlainText } from "./layout";
import type { Subparagraph } from "./schema";
import { pre, op, sub, SEIZED, council, assembly, codes, only } from "./checks.test-support";

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

  it("lists three placeholders as the UN writes a list: commas, then \"and\" before the last", () => {
    const draft = council({ preamble: [pre("Recalling", "the letter of [name] of [date] to [body]")], operative: [SEIZED] });
    expect(only(draft, "unfilled-placeholder").message).toContain('placeholders "[name]", "[date]" and "[body]":');
  });

  it("leaves bracketed numbers alone", () => {
    expect(codes(council({ preamble: [pre("Recalling", "paragraph [1] of the annex")] }))).toEqual([]);
  });
});

describe("binding forms in a General Assembly draft", () => {
  it("takes 'Demands' as the Assembly's routine (ES-11/1): advice at most, no rewrite", () => {
    const draft = assembly({ operative: [op("Demands", "that the Russian Federation immediately cease its use of force against Ukraine")] });
    const finding = only(draft, "binding-form-in-assembly");
    expect(finding.severity).toBe("advice");
    expect(finding.message).toContain("ES-11/1");
    expect(finding.fix).toBeUndefined();
  });

  it("advises on 'Decides that … shall' as within the Assembly's powers over its own affairs", () => {
    const ownOrgan = only(assembly({ operative: [op("Decides", "that the Council shall consist of forty-seven Member States")] }), "binding-form-in-assembly");
    expect(ownOrgan.severity).toBe("advice");
    expect(ownOrgan.message).toContain("own affairs");
    expect(codes(assembly({ operative: [op("Decides", "to adjourn the eleventh emergency special session temporarily")] }))).toEqual([]);
    expect(codes(assembly({ operative: [op("Authorizes", "the Secretary-General to issue the report as a document of the Assembly")] }))).toEqual([]);
  });

  it("raises nothing for the same forms in a Council draft", () => {
    expect(codes(council({ operative: [op("Demands", "that all parties cease fire"), op("Decides", "that all States shall comply"), SEIZED] }))).toEqual([]);
  });

  it("reads an Assembly's 'Determines … threat to the peace' as a finding, not a binding decision", () => {
    const finding = only(assembly({ operative: [op("Determines", "that the situation constitutes a threat to the peace")] }), "assembly-finding");
    expect(finding.severity).toBe("advice");
    expect(finding.message).toContain("498 (V)");
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
