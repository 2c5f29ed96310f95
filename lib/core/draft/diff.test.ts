import { describe, expect, it } from "vitest";
import { diffDrafts, formatSponsorNames, formatUnDate, type ParagraphDiff } from "./diff";
import { getExample } from "./examples";
import type { PortableDraft } from "./schema";

function base(partial: Partial<PortableDraft> = {}): PortableDraft {
  return {
    schemaVersion: 1,
    body: "security-council",
    symbol: "S/2022/155",
    date: "2022-02-25",
    sponsors: ["ALB", "USA"],
    preamble: [
      { id: "p1", phrase: "Reaffirming", text: "its commitment to the sovereignty of Ukraine" },
      { id: "p2", phrase: "Recalling", text: "its resolution 2202 (2015)" },
    ],
    operative: [
      { id: "o1", phrase: "Deplores", text: "the aggression", subparagraphs: [] },
      { id: "o2", phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
    ],
    ...partial,
  };
}

function byKey(paragraphs: ParagraphDiff[], key: string): ParagraphDiff {
  const found = paragraphs.find((paragraph) => paragraph.key === key);
  if (!found) throw new Error(`no line ${key} in ${paragraphs.map((paragraph) => paragraph.key).join(", ")}`);
  return found;
}

function render(diff: ParagraphDiff): string {
  return diff.parts.map((part) => (part.kind === "same" ? part.text : part.kind === "added" ? `{+${part.text}+}` : `[-${part.text}-]`)).join("");
}

describe("diffDrafts", () => {
  it("reports every line as the same for identical drafts, metadata first", () => {
    const { paragraphs } = diffDrafts(base(), base());
    expect(paragraphs.map((paragraph) => paragraph.key)).toEqual([
      "meta:symbol",
      "meta:date",
      "meta:sponsors",
      "opening",
      "id:p1",
      "id:p2",
      "id:o1",
      "id:o2",
    ]);
    expect(paragraphs.every((paragraph) => paragraph.change === "same")).toBe(true);
    expect(diffDrafts(base(), base({ sponsors: ["USA", "ALB"] })).paragraphs.every((paragraph) => paragraph.change === "same")).toBe(true);
    expect(byKey(paragraphs, "meta:date").parts).toEqual([{ kind: "same", text: "25 February 2022" }]);
    expect(byKey(paragraphs, "meta:sponsors").parts[0].text).toBe("Albania and United States of America");
    expect(byKey(paragraphs, "id:o2")).toMatchObject({ label: "Operative paragraph 2", parts: [{ text: "2. Decides to remain seized of the matter." }] });
  });

  it("marks changed words within a paragraph", () => {
    const after = base();
    after.operative[0] = { ...after.operative[0], text: "in the strongest terms the aggression" };
    const diff = byKey(diffDrafts(base(), after).paragraphs, "id:o1");
    expect(diff.change).toBe("changed");
    expect(render(diff)).toBe("1. Deplores {+in +}the {+strongest terms the +}aggression;");
  });

  it("shows an added paragraph, and the renumbering and punctuation it causes", () => {
    const after = base();
    after.operative.push({ id: "o3", phrase: "Requests", text: "the Secretary-General to report", subparagraphs: [] });
    const { paragraphs } = diffDrafts(base(), after);
    expect(byKey(paragraphs, "id:o3")).toMatchObject({ change: "added", parts: [{ kind: "added", text: "3. Requests the Secretary-General to report." }] });
    expect(render(byKey(paragraphs, "id:o2"))).toBe("2. Decides to remain seized of the matter[-.-]{+;+}");
  });

  it("places a removed paragraph where it stood", () => {
    const after = base();
    after.preamble = [after.preamble[1]];
    const { paragraphs } = diffDrafts(base(), after);
    expect(paragraphs.map((paragraph) => `${paragraph.key} ${paragraph.change}`).slice(3, 6)).toEqual(["opening same", "id:p1 removed", "id:p2 same"]);
    expect(byKey(paragraphs, "id:p1")).toMatchObject({ label: "Preambular paragraph 1", parts: [{ kind: "removed" }] });
  });

  it("follows a moved paragraph by its id rather than by its place", () => {
    const after = base();
    after.preamble = [after.preamble[1], after.preamble[0]];
    const { paragraphs } = diffDrafts(base(), after);
    expect(paragraphs.map((paragraph) => paragraph.key).slice(4, 6)).toEqual(["id:p2", "id:p1"]);
    expect(paragraphs.every((paragraph) => paragraph.change === "same")).toBe(true);
  });

  it("aligns by position when the drafts carry no ids", () => {
    const strip = (draft: PortableDraft): PortableDraft => ({
      ...draft,
      preamble: draft.preamble.map(({ phrase, text }) => ({ phrase, text })),
      operative: draft.operative.map(({ phrase, text, subparagraphs }) => ({ phrase, text, subparagraphs })),
    });
    const after = strip(base());
    after.preamble[1] = { phrase: "Recalling also", text: "its resolution 2202 (2015)" };
    const { paragraphs } = diffDrafts(strip(base()), after);
    expect(byKey(paragraphs, "preamble#1").change).toBe("changed");
    expect(render(byKey(paragraphs, "preamble#1"))).toBe("Recalling {+also +}its resolution 2202 (2015),");
  });

  it("compares subparagraphs with their labels", () => {
    const before = base();
    before.operative[0] = { ...before.operative[0], subparagraphs: [{ id: "a", text: "first", subparagraphs: [] }] };
    const after = base();
    after.operative[0] = { ...after.operative[0], subparagraphs: [{ id: "a", text: "first", subparagraphs: [] }, { id: "b", text: "second", subparagraphs: [] }] };
    const { paragraphs } = diffDrafts(before, after);
    expect(byKey(paragraphs, "id:b")).toMatchObject({ label: "Subparagraph 1 (b)", change: "added", parts: [{ text: "(b) second;" }] });
  });

  it("reports metadata that appears, disappears or changes", () => {
    const after = base({ symbol: undefined, agendaItem: "The situation in Ukraine", sponsors: ["USA", "ALB", "UKR"] });
    const { paragraphs } = diffDrafts(base(), after);
    expect(byKey(paragraphs, "meta:symbol").change).toBe("removed");
    expect(byKey(paragraphs, "meta:agendaItem")).toMatchObject({ change: "added", label: "Agenda item" });
    expect(render(byKey(paragraphs, "meta:sponsors"))).toBe("Albania{+, Ukraine +}and United States of America");
  });

  it("compares the two example drafts without losing a line", () => {
    const before = getExample("kazakhstan-2022");
    const after = getExample("ukraine-2022");
    const { paragraphs } = diffDrafts(before, after);
    const kept = paragraphs.filter((paragraph) => paragraph.change !== "added").length;
    const shown = paragraphs.filter((paragraph) => paragraph.change !== "removed").length;
    expect(kept).toBe(3 + 1 + 8 + 6 + 3);
    expect(shown).toBe(4 + 1 + 6 + 10);
  });
});

describe("formatting helpers", () => {
  it("writes dates and sponsor lists as UN documents do", () => {
    expect(formatUnDate("2022-01-06")).toBe("6 January 2022");
    expect(formatUnDate("soon")).toBe("soon");
    expect(formatSponsorNames(["ALB"])).toBe("Albania");
    expect(formatSponsorNames(["USA", "NOR", "ALB"])).toBe("Albania, Norway and United States of America");
    expect(formatSponsorNames(["XXX"])).toBe("XXX");
  });
});
