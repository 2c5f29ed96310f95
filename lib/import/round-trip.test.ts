import { describe, expect, it } from "vitest";
import { buildDraftDocx, type DraftDocxStyle } from "@/lib/core/docx/build-draft-docx";
import { EXAMPLE_IDS, getExample } from "@/lib/core/draft/examples";
import { draftToPlainText } from "@/lib/core/draft/layout";
import type { PortableDraft } from "@/lib/core/draft/schema";
import { instantiateTemplate, TEMPLATE_IDS } from "@/lib/core/draft/templates";
import { unNameOf, sortUnNames } from "@/lib/core/un/sponsor-line";
import { recogniseResolution } from "@/lib/core/import/recognise";
import { linesFromText } from "@/lib/core/import/source";
import { importFile } from "./read-file";

/** A General Assembly draft with every field the Assembly's layout prints and four subparagraph levels. */
const ASSEMBLY_DRAFT: PortableDraft = {
  schemaVersion: 1,
  body: "general-assembly",
  symbol: "A/ES-11/L.1",
  date: "2022-03-01",
  session: "Eleventh emergency special session",
  agendaItemNumber: "5",
  agendaItem: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)",
  sponsors: ["ALB", "BIH", "TTO", "UKR"],
  title: "Aggression against Ukraine",
  preamble: [
    { phrase: "Reaffirming", text: "the paramount importance of the Charter of the United Nations in the promotion of the rule of law among nations" },
    { phrase: "Recalling", text: "the obligation of all States under Article 2 of the Charter" },
  ],
  operative: [
    {
      phrase: "Demands",
      text: "that the Russian Federation",
      subparagraphs: [
        { text: "immediately cease its use of force against Ukraine", subparagraphs: [] },
        {
          text: "withdraw all of its military forces",
          subparagraphs: [
            { text: "at once", subparagraphs: [{ text: "completely", subparagraphs: [{ text: "and without conditions", subparagraphs: [] }] }] },
            { text: "from the territory of Ukraine", subparagraphs: [] },
          ],
        },
      ],
    },
    { phrase: "Decides", text: "to adjourn the eleventh emergency special session of the General Assembly temporarily", subparagraphs: [] },
  ],
};

const stripIds = (draft: PortableDraft): PortableDraft => JSON.parse(JSON.stringify(draft, (key, value) => (key === "id" ? undefined : value)));

const CASES: { name: string; draft: PortableDraft }[] = [
  ...TEMPLATE_IDS.map((id) => {
    let next = 0;
    return { name: `template ${id}`, draft: stripIds(instantiateTemplate(id, () => `t${++next}`)) };
  }),
  ...EXAMPLE_IDS.map((id) => ({ name: `example ${id}`, draft: getExample(id) })),
  { name: "a General Assembly draft", draft: ASSEMBLY_DRAFT },
];

/** What each layout prints, and so what can come back. */
function expectedBack(draft: PortableDraft, style: DraftDocxStyle | "text"): PortableDraft {
  const { schemaVersion, body, preamble, operative } = draft;
  const paragraphs = { schemaVersion, body, preamble, operative: operative.map((paragraph) => ({ ...paragraph, subparagraphs: paragraph.subparagraphs ?? [] })) };
  switch (style) {
    case "text":
      return { ...paragraphs, sponsors: [] };
    case "un": {
      // The UN layout lists sponsors alphabetically and gives Council drafts no agenda line.
      const sponsors = sortUnNames(draft.sponsors.map(unNameOf)).map((name) => draft.sponsors.find((code) => unNameOf(code) === name)!);
      const assembly = body === "general-assembly" ? { agendaItem: draft.agendaItem, title: draft.title, session: draft.session, agendaItemNumber: draft.agendaItemNumber } : {};
      return dropUndefined({ ...paragraphs, symbol: draft.symbol, date: draft.date, sponsors, ...assembly });
    }
    case "thimun":
      // THIMUN header lines: FORUM, QUESTION OF (the agenda item, else the title), SUBMITTED BY, CO-SUBMITTED BY.
      return dropUndefined({
        ...paragraphs,
        sponsors: [...new Set(draft.sponsors)],
        agendaItem: draft.agendaItem || draft.title || undefined,
      });
    default: {
      const unreachable: never = style;
      throw new Error(String(unreachable));
    }
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

describe("round trip: export, import, the same portable draft", () => {
  for (const { name, draft } of CASES) {
    for (const style of ["un", "thimun"] as const) {
      it(`${name}, Word ${style === "un" ? "UN" : "THIMUN"} style`, async () => {
        const bytes = await buildDraftDocx(draft, { style, paper: "a4" });
        const { result } = await importFile("draft.docx", bytes);
        expect(result.unrecognised).toEqual([]);
        expect(result.draft).toEqual(expectedBack(draft, style));
      });
    }
    it(`${name}, plain text`, () => {
      const result = recogniseResolution(linesFromText(draftToPlainText(draft)));
      expect(result.unrecognised).toEqual([]);
      expect(result.draft).toEqual(expectedBack(draft, "text"));
    });
  }
});
