import { describe, expect, it } from "vitest";
import { checkDraft } from "./checks";
import { draftToPlainText } from "./layout";
import { parsePortableDraft, sequentialIds, type PortableDraft } from "./schema";
import {
  fillPlaceholder,
  findPlaceholders,
  instantiateTemplate,
  isTemplateId,
  listDraftPlaceholders,
  listTemplates,
  TEMPLATE_IDS,
} from "./templates";

/** A fixed value per placeholder, as a delegate would type it. */
const VALUES: Record<string, string> = {
  "[State]": "Ruritania",
  "[Intervening State]": "Borduria",
  "[Regional organization]": "the Regional Security Organization",
  "[date]": "3 March 2031",
  "[number]": "30",
  "[meeting number]": "9999th",
  "[region]": "the north of Ruritania",
};

function fillAll<T extends PortableDraft>(draft: T): T {
  return listDraftPlaceholders(draft).reduce((current, placeholder) => fillPlaceholder(current, placeholder, VALUES[placeholder] ?? "X"), draft);
}

describe("templates", () => {
  it("lists the four templates with a name and a description", () => {
    const templates = listTemplates();
    expect(templates.map((template) => template.id)).toEqual(["condemn-intervention", "charter-principles", "uniting-for-peace", "ceasefire-humanitarian"]);
    for (const template of templates) {
      expect(template.name.length).toBeGreaterThan(10);
      expect(template.description.length).toBeGreaterThan(40);
    }
  });

  it("tells template ids from other strings", () => {
    expect(isTemplateId("uniting-for-peace")).toBe(true);
    expect(isTemplateId("resolution-2623")).toBe(false);
  });

  describe.each(TEMPLATE_IDS)("%s", (id) => {
    const draft = instantiateTemplate(id, sequentialIds("t"));

    it("is a valid portable draft with an id on every paragraph", () => {
      expect(parsePortableDraft(JSON.parse(JSON.stringify(draft)))).toMatchObject({ ok: true });
      expect(draft.preamble.every((paragraph) => /^t\d+$/.test(paragraph.id ?? ""))).toBe(true);
      expect(draft.operative.every((paragraph) => /^t\d+$/.test(paragraph.id ?? ""))).toBe(true);
    });

    it("leaves placeholders to fill, which the checks report as errors", () => {
      const placeholders = listDraftPlaceholders(draft);
      expect(placeholders.length).toBeGreaterThan(0);
      expect(placeholders.every((placeholder) => placeholder in VALUES)).toBe(true);
      const findings = checkDraft(draft);
      expect(findings.filter((item) => item.severity === "error").every((item) => item.code === "unfilled-placeholder")).toBe(true);
      expect(findings.some((item) => item.code === "unfilled-placeholder")).toBe(true);
    });

    it("has no finding at all once its placeholders are filled", () => {
      const filled = fillAll(draft);
      expect(listDraftPlaceholders(filled)).toEqual([]);
      expect(checkDraft(filled)).toEqual([]);
    });
  });

  it("reads as a Uniting for Peace referral in the manner of resolution 2623 (2022)", () => {
    const text = draftToPlainText(fillAll(instantiateTemplate("uniting-for-peace", sequentialIds())));
    expect(text).toContain("permanent members");
    expect(text).toContain("emergency special session of the General Assembly");
    expect(text).toContain("S/Agenda/9999th");
    expect(text).not.toContain("remain seized");
  });

  it("cites the Charter principles the brief lists", () => {
    const text = draftToPlainText(instantiateTemplate("charter-principles", sequentialIds()));
    for (const citation of ["Article 2, paragraph 1", "Article 2, paragraph 3", "Article 2, paragraph 4", "Article 2, paragraph 7", "Article 51", "Article 53, paragraph 1"]) {
      expect(text).toContain(citation);
    }
  });

  it("words self-defence as Article 51 does, with its limit, and takes no side on intervention by invitation", () => {
    const text = draftToPlainText(instantiateTemplate("charter-principles", sequentialIds()));
    expect(text).toContain("until the Security Council has taken measures necessary to maintain international peace and security");
    expect(text).not.toMatch(/arises only if/);
    // Article 53(1) recited in the Charter's words, not applied to a deployment the host Government requested.
    expect(text).not.toMatch(/\[Regional organization\] to act accordingly/);
    expect(text).toContain("Article 54");
  });
});

describe("findPlaceholders", () => {
  it("finds square-bracketed words and phrases with their offsets", () => {
    const text = "the forces of [Intervening State] entered [State] on [date]";
    expect(findPlaceholders(text)).toEqual([
      { start: 14, end: 33, text: "[Intervening State]" },
      { start: 42, end: 49, text: "[State]" },
      { start: 53, end: 59, text: "[date]" },
    ]);
    for (const match of findPlaceholders(text)) expect(text.slice(match.start, match.end)).toBe(match.text);
  });

  it("ignores bracketed numbers, empty brackets and text without brackets", () => {
    expect(findPlaceholders("see note [1], [] and [ 2 ] or S/2022/155")).toEqual([]);
  });

  it("does not join two placeholders across a line or nest them", () => {
    expect(findPlaceholders("[a\nb] [[State]]").map((match) => match.text)).toEqual(["[State]"]);
  });
});

describe("fillPlaceholder", () => {
  it("fills every occurrence, in phrases, texts, subparagraphs and the metadata, with or without brackets", () => {
    const draft = instantiateTemplate("ceasefire-humanitarian", sequentialIds());
    const withSymbol = { ...draft, agendaItem: "The situation in [State]" };
    const filled = fillPlaceholder(withSymbol, "State", "Ruritania");
    expect(JSON.stringify(filled)).not.toContain("[State]");
    expect(filled.agendaItem).toBe("The situation in Ruritania");
    expect(filled.operative[0].text).toContain("throughout Ruritania");
    const number = fillPlaceholder(filled, "[number]", "60");
    expect(number.operative[4].subparagraphs[1].text).toContain("within 60 days");
  });

  it("keeps ids and leaves the input unchanged", () => {
    const draft = instantiateTemplate("condemn-intervention", sequentialIds());
    const snapshot = structuredClone(draft);
    const filled = fillPlaceholder(draft, "[State]", "Ruritania");
    expect(draft).toEqual(snapshot);
    expect(filled.preamble.map((paragraph) => paragraph.id)).toEqual(draft.preamble.map((paragraph) => paragraph.id));
  });

  it("fills nothing when the placeholder is absent", () => {
    const draft = instantiateTemplate("uniting-for-peace", sequentialIds());
    expect(fillPlaceholder(draft, "[State]", "Ruritania")).toEqual(draft);
  });
});
