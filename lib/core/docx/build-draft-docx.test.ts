import { describe, expect, it } from "vitest";
import { layoutDraft } from "../draft/layout";
import { parsePortableDraft, type PortableDraft } from "../draft/schema";
import { buildDraftDocx, type DraftDocxOptions } from "./build-draft-docx";
import { modelUnLevelLabel, formatLevelLabel } from "./numbering";
import sample from "./fixtures/s-2022-155.json";
import {
  bodyParagraphs,
  child,
  childrenNamed,
  descendants,
  listLevels,
  openDocx,
  textOf,
  type DocxParagraph,
  type OpenedDocx,
} from "./read-docx.test-support";
import { UN_STYLE } from "./un-draft";

const NAMES: Record<string, string> = {
  ALB: "Albania",
  USA: "United States of America",
  FRA: "France",
  GBR: "United Kingdom of Great Britain and Northern Ireland",
  CIV: "Côte d'Ivoire",
  HRV: "Croatia",
};
const nameOf = (iso3: string) => NAMES[iso3] ?? iso3;

function s2022155(): PortableDraft {
  const parsed = parsePortableDraft(sample);
  if (!parsed.ok) throw new Error("fixture does not parse");
  return parsed.draft;
}

function draft(partial: Partial<PortableDraft>): PortableDraft {
  return { schemaVersion: 1, body: "security-council", sponsors: [], preamble: [], operative: [], ...partial };
}

async function build(input: PortableDraft, options: Partial<DraftDocxOptions> = {}): Promise<OpenedDocx> {
  return openDocx(await buildDraftDocx(input, { style: "un", paper: "a4", nameOf, ...options }));
}

/** Word's list counters: a level advances, the levels below it start again. */
function wordLabels(docx: OpenedDocx, paragraphs: DocxParagraph[]): string[] {
  const counters: number[] = [];
  return paragraphs
    .filter((paragraph) => paragraph.numbering)
    .map((paragraph) => {
      const { level, numId } = paragraph.numbering!;
      counters[level] = (counters[level] ?? 0) + 1;
      counters.length = level + 1;
      const definition = listLevels(docx, numId)[level];
      const value = counters[level] - 1;
      const rendered =
        definition.format === "decimal" ? String(value + 1) : definition.format === "lowerLetter" ? "abcdefghijklmnopqrstuvwxyz"[value % 26].repeat(Math.floor(value / 26) + 1) : roman(value + 1);
      return definition.text.replace(`%${level + 1}`, rendered);
    });
}

function roman(value: number): string {
  const table: [number, string][] = [[10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [amount, numeral] of table) {
    while (value >= amount) {
      out += numeral;
      value -= amount;
    }
  }
  return out;
}

const NESTED = draft({
  symbol: "S/2024/1",
  sponsors: ["FRA"],
  preamble: [{ phrase: "Recalling", text: "its resolutions" }],
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
});

describe("buildDraftDocx, UN style (S/2022/155)", () => {
  it("writes the first-page masthead: United Nations, the symbol, the organ and the distribution block", async () => {
    const docx = await build(s2022155());
    const first = docx.headers.first!;
    const texts = first.paragraphs.map((paragraph) => paragraph.text).filter(Boolean);
    expect(texts).toEqual(["United Nations", "S/2022/155", "Security Council", "Distr.: General", "25 February 2022", "Original: English"]);
    // The distribution block has an empty line between the date and "Original: English".
    const dateIndex = first.paragraphs.findIndex((paragraph) => paragraph.text === "25 February 2022");
    expect(first.paragraphs[dateIndex + 1].text).toBe("");
    expect(first.paragraphs[dateIndex + 2].text).toBe("Original: English");
  });

  it("sets the organ letter of the symbol at 20 pt and the rest at 10 pt, right-aligned", async () => {
    const docx = await build(s2022155());
    const symbol = docx.headers.first!.paragraphs.find((paragraph) => paragraph.text === "S/2022/155")!;
    expect(symbol.alignment).toBe("right");
    expect(symbol.runs.map((run) => [run.text, run.size])).toEqual([["S", 40], ["/2022/155", 20]]);
    const unitedNations = docx.headers.first!.paragraphs.find((paragraph) => paragraph.text === "United Nations")!;
    expect(unitedNations.runs[0].size).toBe(28);
    const organ = docx.headers.first!.paragraphs.find((paragraph) => paragraph.text === "Security Council")!;
    expect(organ.runs[0]).toMatchObject({ bold: true, size: 40 });
  });

  it("draws a ½ pt rule under masthead row 1 and a 1½ pt rule under row 2, in a borderless table", async () => {
    const docx = await build(s2022155());
    const rows = descendants(docx.headers.first!.root, "w:tr");
    expect(rows).toHaveLength(2);
    const bottoms = rows.map((row) =>
      descendants(row, "w:tcBorders").map((borders) => child(borders, "w:bottom")!.attributes["w:sz"]),
    );
    expect(bottoms).toEqual([["4", "4", "4"], ["12", "12", "12"]]);
    const tableBorders = descendants(docx.headers.first!.root, "w:tblBorders")[0];
    for (const side of tableBorders.children) expect(side.attributes["w:val"]).toBe("none");
    // The emblem cell stays empty: its use is restricted.
    const emblemCell = descendants(rows[1], "w:tc")[0];
    expect(textOf(emblemCell)).toBe("");
    expect(descendants(emblemCell, "w:drawing")).toHaveLength(0);
  });

  it("shows Provisional in place of the distribution for a draft in blue", async () => {
    const docx = await build(s2022155(), { distribution: "provisional" });
    expect(docx.headers.first!.text).toContain("Provisional");
    expect(docx.headers.first!.text).not.toContain("Distr.");
  });

  it("writes the sponsor line with UN names in alphabetical order", async () => {
    const docx = await build(s2022155());
    const sponsorLine = bodyParagraphs(docx).find((paragraph) => paragraph.style === UN_STYLE.sponsors)!;
    expect(sponsorLine.text).toBe("Albania and United States of America: draft resolution");
  });

  it("opens with the organ in italics and the comma in roman", async () => {
    const docx = await build(s2022155());
    const opening = bodyParagraphs(docx).find((paragraph) => paragraph.text === "The Security Council,")!;
    expect(opening.runs.map((run) => [run.text, run.italic])).toEqual([["The Security Council", true], [",", false]]);
  });

  it("sets each whole opening phrase as one italic run, and the rest roman", async () => {
    const docx = await build(s2022155());
    const paragraphs = bodyParagraphs(docx).filter((paragraph) => paragraph.style === UN_STYLE.body).slice(1);
    const source = s2022155();
    const phrases = [...source.preamble.map((p) => p.phrase), ...source.operative.map((p) => p.phrase)];
    expect(paragraphs).toHaveLength(phrases.length);
    paragraphs.forEach((paragraph, index) => {
      expect(paragraph.runs[0]).toMatchObject({ text: phrases[index], italic: true });
      expect(paragraph.runs.slice(1).every((run) => !run.italic)).toBe(true);
    });
    const callsUpon = paragraphs.find((paragraph) => paragraph.text.startsWith("Calls upon"))!;
    expect(callsUpon.runs[0].text).toBe("Calls upon");
    expect(callsUpon.runs[1].text.startsWith(" the parties")).toBe(true);
  });

  it("ends preambular paragraphs with commas, operative ones with semicolons and the last with a full stop", async () => {
    const docx = await build(s2022155());
    const paragraphs = bodyParagraphs(docx).filter((paragraph) => paragraph.style === UN_STYLE.body).slice(1);
    const endings = paragraphs.map((paragraph) => paragraph.text.slice(-1));
    expect(endings).toEqual([",", ",", ",", ",", ";", ";", ";", ";", ";", ";", ";", ";", "."]);
    expect(paragraphs.at(-1)!.text).toBe("Decides to remain seized of the matter.");
  });

  it("numbers operative paragraphs with Word numbering that reads as layoutDraft's labels", async () => {
    const docx = await build(NESTED);
    const expected = layoutDraft(NESTED).flatMap((paragraph) => ("label" in paragraph ? [paragraph.label] : []));
    expect(wordLabels(docx, bodyParagraphs(docx))).toEqual(expected);
    expect(expected).toEqual(["1.", "(a)", "(i)", "a.", "i.", "(b)", "2."]);
    const levels = bodyParagraphs(docx).flatMap((paragraph) => (paragraph.numbering ? [paragraph.numbering.level] : []));
    expect(levels).toEqual([0, 1, 2, 3, 4, 1, 0]);
  });

  it("puts the operative number at 0.33 in and its tab at 0.66 in from the body's left edge", async () => {
    const docx = await build(NESTED);
    const numId = bodyParagraphs(docx).find((paragraph) => paragraph.numbering)!.numbering!.numId;
    const num = childrenNamed(docx.numbering!, "w:num").find((item) => item.attributes["w:numId"] === numId)!;
    const abstractId = child(num, "w:abstractNumId")!.attributes["w:val"];
    const abstract = childrenNamed(docx.numbering!, "w:abstractNum").find((item) => item.attributes["w:abstractNumId"] === abstractId)!;
    const [operative, subparagraph] = childrenNamed(abstract, "w:lvl");
    const indent = (level: typeof operative) => child(child(level, "w:pPr"), "w:ind")!.attributes;
    const tab = (level: typeof operative) => descendants(level, "w:tab")[0].attributes["w:pos"];
    expect(indent(operative)).toMatchObject({ "w:left": "1267", "w:firstLine": "475" });
    expect(tab(operative)).toBe(String(1267 + 955));
    // One step (0.33 in) further in per level.
    expect(Number(indent(subparagraph)["w:firstLine"])).toBe(955);
    expect(Number(tab(subparagraph))).toBe(1267 + 955 + 480);
  });

  it("sets the body in Times New Roman 10 pt, exactly 12 pt line spacing, justified, 6 pt after", async () => {
    const docx = await build(s2022155());
    const fonts = descendants(docx.styles, "w:rPrDefault").flatMap((node) => descendants(node, "w:rFonts"));
    expect(fonts[0].attributes["w:ascii"]).toBe("Times New Roman");
    expect(descendants(descendants(docx.styles, "w:rPrDefault")[0], "w:sz")[0].attributes["w:val"]).toBe("20");
    const style = childrenNamed(docx.styles, "w:style").find((item) => item.attributes["w:styleId"] === UN_STYLE.body)!;
    const properties = child(style, "w:pPr")!;
    expect(child(properties, "w:spacing")!.attributes).toMatchObject({ "w:line": "240", "w:lineRule": "exact", "w:after": "120" });
    expect(child(properties, "w:jc")!.attributes["w:val"]).toBe("both");
  });

  it("writes running heads with the symbol and footers with PAGE/NUMPAGES, mirrored on even pages", async () => {
    const docx = await build(s2022155());
    expect(child(docx.settings, "w:evenAndOddHeaders")).toBeDefined();
    expect(descendants(docx.document.root, "w:titlePg")).toHaveLength(1);
    const odd = docx.headers.default!.paragraphs[0];
    const even = docx.headers.even!.paragraphs[0];
    expect([odd.text, odd.alignment]).toEqual(["S/2022/155", "right"]);
    expect([even.text, even.alignment]).toEqual(["S/2022/155", "left"]);
    const runningHead = childrenNamed(docx.styles, "w:style").find((item) => item.attributes["w:styleId"] === UN_STYLE.runningHead)!;
    expect(descendants(runningHead, "w:b")).toHaveLength(1);
    expect(descendants(runningHead, "w:sz")[0].attributes["w:val"]).toBe("17");
    expect(descendants(runningHead, "w:bottom")[0].attributes["w:sz"]).toBe("2");
    for (const footer of [docx.footers.default!, docx.footers.even!]) {
      const fields = footer.paragraphs[0].runs.flatMap((run) => (run.field ? [run.field] : []));
      expect(fields).toEqual(["PAGE", "NUMPAGES"]);
      expect(footer.paragraphs[0].text).toContain("/");
    }
    expect(docx.footers.default!.paragraphs[0].alignment).toBe("right");
    expect(docx.footers.even!.paragraphs[0].alignment).toBe("left");
  });

  it("uses A4 by default in these tests and US Letter when asked, in the section's page size", async () => {
    const a4 = descendants((await build(s2022155())).document.root, "w:pgSz")[0].attributes;
    const letter = descendants((await build(s2022155(), { paper: "letter" })).document.root, "w:pgSz")[0].attributes;
    expect([a4["w:w"], a4["w:h"]]).toEqual(["11906", "16838"]);
    expect([letter["w:w"], letter["w:h"]]).toEqual(["12240", "15840"]);
  });

  it("records the symbol as the title and the author in the document properties", async () => {
    const docx = await build(s2022155(), { author: "Permanent Mission of Albania" });
    expect(textOf(child(docx.core, "dc:title")!)).toBe("S/2022/155");
    expect(textOf(child(docx.core, "dc:creator")!)).toBe("Permanent Mission of Albania");
    const untitled = await build(draft({ title: "Protection of civilians" }));
    expect(textOf(child(untitled.core, "dc:title")!)).toBe("Protection of civilians");
  });

  it("contains no HTML or altChunk parts, only Word paragraphs", async () => {
    const docx = await build(s2022155());
    expect(docx.files.some((file) => /\.html?$|\.mht$|afchunk/i.test(file))).toBe(false);
    expect(docx.document.xml).not.toContain("altChunk");
  });

  it("uses the UN names of the reference data when no lookup is given", async () => {
    const bytes = await buildDraftDocx(s2022155(), { style: "un", paper: "letter" });
    const docx = await openDocx(bytes);
    expect(bodyParagraphs(docx).find((paragraph) => paragraph.style === UN_STYLE.sponsors)!.text).toBe(
      "Albania and United States of America: draft resolution",
    );
  });

  it("writes a draft without symbol, date or sponsors without placeholders", async () => {
    const docx = await build(draft({ operative: [{ phrase: "Decides", text: "to remain seized", subparagraphs: [] }] }));
    expect(docx.headers.first!.paragraphs.map((paragraph) => paragraph.text).filter(Boolean)).toEqual([
      "United Nations",
      "Security Council",
      "Distr.: General",
      "Original: English",
    ]);
    expect(bodyParagraphs(docx).find((paragraph) => paragraph.style === UN_STYLE.sponsors)!.text).toBe("Draft resolution");
    expect(textOf(child(docx.core, "dc:title")!)).toBe("Draft resolution");
  });
});

describe("buildDraftDocx, General Assembly draft", () => {
  const ga = draft({
    body: "general-assembly",
    symbol: "A/ES-11/L.1",
    date: "2022-03-01",
    session: "Eleventh emergency special session",
    agendaItemNumber: "5",
    agendaItem: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine",
    title: "Aggression against Ukraine",
    sponsors: ["USA", "FRA", "ALB"],
    preamble: [{ phrase: "Reaffirming", text: "the paramount importance of the Charter" }],
    operative: [{ phrase: "Deplores", text: "in the strongest terms the aggression", subparagraphs: [] }],
  });

  it("writes Distr.: Limited, the session and agenda item lines, the bold title and the organ", async () => {
    const docx = await build(ga);
    expect(docx.headers.first!.text).toContain("General Assembly");
    expect(docx.headers.first!.text).toContain("Distr.: Limited");
    expect(docx.headers.first!.paragraphs.find((p) => p.text === "A/ES-11/L.1")!.runs.map((run) => run.text)).toEqual(["A", "/ES-11/L.1"]);
    const texts = bodyParagraphs(docx).map((paragraph) => paragraph.text);
    expect(texts.slice(0, 6)).toEqual([
      "Eleventh emergency special session",
      "Agenda item 5",
      "Letter dated 28 February 2014 from the Permanent Representative of Ukraine",
      "Albania, France and United States of America: draft resolution",
      "Aggression against Ukraine",
      "The General Assembly,",
    ]);
    const title = bodyParagraphs(docx).find((paragraph) => paragraph.text === "Aggression against Ukraine")!;
    expect(title.style).toBe(UN_STYLE.title);
    expect(bodyParagraphs(docx)[0].runs[0].bold).toBe(true);
    expect(bodyParagraphs(docx)[1].runs[0].bold).toBe(false);
  });
});

describe("buildDraftDocx, THIMUN style", () => {
  it("writes the FORUM, QUESTION OF and SUBMITTED BY lines, the conference and the organ in capitals", async () => {
    const docx = await build({ ...s2022155(), sponsors: ["USA", "ALB", "FRA"] }, { style: "thimun", conference: "THIMUN The Hague 2026" });
    const texts = bodyParagraphs(docx).map((paragraph) => paragraph.text);
    expect(texts.slice(0, 6)).toEqual([
      "THIMUN The Hague 2026",
      "FORUM: Security Council",
      `QUESTION OF: ${s2022155().agendaItem}`,
      "SUBMITTED BY: United States of America",
      "CO-SUBMITTED BY: Albania, France",
      "THE SECURITY COUNCIL,",
    ]);
    expect(bodyParagraphs(docx)[1].runs[0]).toMatchObject({ text: "FORUM:", bold: true });
  });

  it("italicizes preambular phrases and underlines operative phrases, the rest plain", async () => {
    const docx = await build(s2022155(), { style: "thimun" });
    const paragraphs = bodyParagraphs(docx);
    const preambular = paragraphs.find((paragraph) => paragraph.text.startsWith("Recalling also"))!;
    expect(preambular.runs[0]).toMatchObject({ text: "Recalling also", italic: true, underline: false });
    expect(preambular.runs[1]).toMatchObject({ italic: false, underline: false });
    const operative = paragraphs.find((paragraph) => paragraph.text.startsWith("Calls upon"))!;
    expect(operative.runs[0]).toMatchObject({ text: "Calls upon", underline: true, italic: false });
    expect(operative.runs[1].underline).toBe(false);
    expect(paragraphs.at(-1)!.text).toBe("Decides to remain seized of the matter.");
  });

  it("numbers clauses 1., sub-clauses a) then i., in Times New Roman 12", async () => {
    const docx = await build(NESTED, { style: "thimun" });
    const laid = layoutDraft(NESTED).flatMap((paragraph) => {
      if (paragraph.kind === "operative") return [formatLevelLabel(modelUnLevelLabel(0), paragraph.index)];
      if (paragraph.kind === "subparagraph") return [formatLevelLabel(modelUnLevelLabel(paragraph.level), paragraph.path.at(-1)!)];
      return [];
    });
    expect(wordLabels(docx, bodyParagraphs(docx))).toEqual(laid);
    expect(laid).toEqual(["1.", "a)", "i.", "a)", "i.", "b)", "2."]);
    expect(descendants(descendants(docx.styles, "w:rPrDefault")[0], "w:sz")[0].attributes["w:val"]).toBe("24");
  });
});

describe("buildDraftDocx, an adopted text", () => {
  it("lays out resolution 2623 (2022): S/RES symbol, heading and adoption line, no sponsor line", async () => {
    const adopted = draft({
      symbol: "S/2022/160",
      date: "2022-02-27",
      sponsors: ["ALB", "USA"],
      preamble: [{ phrase: "Having considered", text: "the item on the agenda of its 8979th meeting" }],
      operative: [{ phrase: "Decides", text: "to call an emergency special session of the General Assembly", subparagraphs: [] }],
      adoption: { resolution: "2623", meeting: 8980, date: "2022-02-27" },
    });
    const docx = await build(adopted);
    expect(docx.headers.first!.text).toContain("S/RES/2623 (2022)");
    expect(docx.headers.first!.text).toContain("Distr.: General");
    const texts = bodyParagraphs(docx).map((paragraph) => paragraph.text);
    expect(texts.slice(0, 3)).toEqual([
      "Resolution 2623 (2022)",
      "Adopted by the Security Council at its 8980th meeting, on 27 February 2022",
      "The Security Council,",
    ]);
    expect(texts.join("\n")).not.toContain("draft resolution");
  });
});
