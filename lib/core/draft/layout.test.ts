import { describe, expect, it } from "vitest";
import { classifyCouncilSubject } from "../vote/uniting-for-peace";
import { draftSubjectText, draftToPlainText, layoutDraft, letterLabel, romanLabel, subparagraphLabel } from "./layout";
import { parsePortableDraft, type PortableDraft } from "./schema";

function draft(partial: Partial<PortableDraft>): PortableDraft {
  return { schemaVersion: 1, body: "security-council", sponsors: [], preamble: [], operative: [], ...partial };
}

describe("draft layout", () => {
  it("opens with the organ, ends preambular paragraphs with commas and the last operative with a full stop", () => {
    const text = draftToPlainText(
      draft({
        preamble: [
          { phrase: "Reaffirming", text: "its commitment to the sovereignty of Ukraine" },
          { phrase: "Recalling", text: "Article 2, paragraph 4, of the Charter;" },
        ],
        operative: [
          { phrase: "Deplores", text: "the aggression", subparagraphs: [] },
          { phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
        ],
      }),
    );
    expect(text.split("\n")).toEqual([
      "The Security Council,",
      "Reaffirming its commitment to the sovereignty of Ukraine,",
      "Recalling Article 2, paragraph 4, of the Charter,",
      "1. Deplores the aggression;",
      "2. Decides to remain seized of the matter.",
    ]);
  });

  it("gives a paragraph that introduces subparagraphs a colon and labels four levels (a), (i), a., i.", () => {
    const laid = layoutDraft(
      draft({
        operative: [
          {
            phrase: "Requests",
            text: "the Secretary-General",
            subparagraphs: [
              {
                text: "to report",
                subparagraphs: [{ text: "monthly", subparagraphs: [{ text: "in writing", subparagraphs: [{ text: "in English", subparagraphs: [] }] }] }],
              },
              { text: "to brief the Council", subparagraphs: [] },
            ],
          },
          { phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
        ],
      }),
    );
    const lines = laid.map((p) => ("label" in p ? `${p.label}|${p.text}${p.punctuation}` : p.text));
    expect(lines).toEqual([
      "The Security Council,",
      "1.|the Secretary-General:",
      "(a)|to report:",
      "(i)|monthly:",
      "a.|in writing:",
      "i.|in English;",
      "(b)|to brief the Council;",
      "2.|to remain seized of the matter.",
    ]);
  });

  it("ends the very last subparagraph of the draft with a full stop", () => {
    const text = draftToPlainText(
      draft({
        operative: [
          { phrase: "Demands", text: "that all parties", subparagraphs: [{ text: "cease fire", subparagraphs: [] }, { text: "allow access", subparagraphs: [] }] },
        ],
      }),
    );
    expect(text.split("\n").slice(1)).toEqual(["1. Demands that all parties:", "(a) cease fire;", "(b) allow access."]);
  });

  it("derives labels past z and roman numerals", () => {
    expect(letterLabel(0)).toBe("a");
    expect(letterLabel(25)).toBe("z");
    expect(letterLabel(26)).toBe("aa");
    expect(romanLabel(3)).toBe("iv");
    expect(romanLabel(8)).toBe("ix");
    expect(romanLabel(13)).toBe("xiv");
    expect(subparagraphLabel(3, 1)).toBe("b.");
    expect(subparagraphLabel(4, 2)).toBe("iii.");
  });

  it("opens a General Assembly draft with The General Assembly", () => {
    expect(draftToPlainText(draft({ body: "general-assembly" }))).toBe("The General Assembly,");
  });

  it("reads what a draft is about from its title and agenda item as well as its paragraphs", () => {
    const admission = draft({
      title: "Admission of the State of Palestine to membership in the United Nations",
      agendaItem: "Admission of new Members",
      operative: [{ phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] }],
    });
    expect(draftSubjectText(admission)).toBe(
      "Admission of the State of Palestine to membership in the United Nations\nAdmission of new Members\nThe Security Council,\n1. Decides to remain seized of the matter.",
    );
    expect(classifyCouncilSubject(draftSubjectText(admission))).toBe("admission");
  });
});

describe("portable draft parsing", () => {
  it("accepts the minimal documented form", () => {
    const result = parsePortableDraft({
      schemaVersion: 1,
      body: "security-council",
      symbol: "S/2022/155",
      date: "2022-02-25",
      agendaItem: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine",
      sponsors: ["ALB", "USA"],
      preamble: [{ phrase: "Reaffirming", text: "its commitment to the sovereignty of Ukraine" }],
      operative: [{ phrase: "Decides", text: "that the Russian Federation shall immediately cease its use of force", subparagraphs: [{ text: "x", subparagraphs: [] }] }],
    });
    expect(result.ok).toBe(true);
  });

  it("names the field and what is wrong", () => {
    const result = parsePortableDraft({
      schemaVersion: 1,
      body: "security-council",
      date: "2022-02-30",
      sponsors: ["usa"],
      preamble: [],
      operative: [{ phrase: "Decides", text: 5 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath["date"]).toBe("is not a real calendar date");
    expect(byPath["sponsors[0]"]).toMatch(/alpha-3/);
    expect(byPath["operative[0].text"]).toBe("must be a string (got number)");
  });

  it("refuses something that is not an object", () => {
    const result = parsePortableDraft([1, 2]);
    expect(result).toEqual({ ok: false, issues: [{ path: "(document)", message: "must be a JSON object describing a draft" }] });
  });
});
