import { describe, expect, it } from "vitest";
import { draftToPlainText } from "../draft/layout";
import { seededRandom } from "../seeded-random";
import { hasResolutionText, recogniseResolution, type LineAssignment } from "./recognise";
import { linesFromText, type SourceLine } from "./source";

const recogniseText = (text: string, assignments?: Map<number, LineAssignment>) => recogniseResolution(linesFromText(text), assignments);

const S_2022_155 = `United Nations
S/2022/155
Security Council
Distr.: General
25 February 2022
Original: English

Albania, Australia, Canada, Germany, United Kingdom of Great Britain and Northern Ireland and United States of America: draft resolution

The Security Council,
Reaffirming its commitment to the sovereignty, independence, unity and territorial integrity of Ukraine within its internationally recognized borders,
Recalling also its primary responsibility, under the Charter, for the maintenance of international peace and security,
1. Reaffirms its commitment to the sovereignty of Ukraine;
2. Deplores in the strongest terms the aggression by the Russian Federation against Ukraine in violation of Article 2, paragraph 4 of the Charter;
3. Decides to remain seized of the matter.`;

describe("recogniseResolution: a Security Council draft pasted as text", () => {
  const result = recogniseText(S_2022_155);

  it("reads the masthead: symbol, organ, date in UN form; Distr. and Original are recognised", () => {
    expect(result.draft.symbol).toBe("S/2022/155");
    expect(result.draft.body).toBe("security-council");
    expect(result.draft.date).toBe("2022-02-25");
    expect(result.lines.slice(0, 6).map((line) => line.part)).toEqual(["masthead", "symbol", "masthead", "masthead", "date", "masthead"]);
  });

  it("matches the sponsors' names to ISO codes, names holding 'and' included", () => {
    expect(result.draft.sponsors).toEqual(["ALB", "AUS", "CAN", "DEU", "GBR", "USA"]);
  });

  it("splits preambular and operative paragraphs into phrase and text, numbers and final punctuation removed", () => {
    expect(result.draft.preamble.map((paragraph) => paragraph.phrase)).toEqual(["Reaffirming", "Recalling also"]);
    expect(result.draft.preamble[1].text).toBe("its primary responsibility, under the Charter, for the maintenance of international peace and security");
    expect(result.draft.operative.map((paragraph) => [paragraph.phrase, paragraph.text])).toEqual([
      ["Reaffirms", "its commitment to the sovereignty of Ukraine"],
      ["Deplores", "in the strongest terms the aggression by the Russian Federation against Ukraine in violation of Article 2, paragraph 4 of the Charter"],
      ["Decides", "to remain seized of the matter"],
    ]);
    expect(result.unrecognised).toEqual([]);
    expect(hasResolutionText(result)).toBe(true);
  });
});

describe("recogniseResolution: General Assembly drafts and adopted texts", () => {
  it("reads A/ES-11/L.1: session, agenda item number and words, sponsors, title", () => {
    const result = recogniseText(`A/ES-11/L.1
General Assembly
Distr.: Limited
1 March 2022
Eleventh emergency special session
Agenda item 5
Letter dated 28 February 2014 from the Permanent Representative of Ukraine
Albania, Bosnia and Herzegovina and Ukraine: draft resolution
Aggression against Ukraine
The General Assembly,
Reaffirming the paramount importance of the Charter,
1. Reaffirms its commitment to the sovereignty of Ukraine;`);
    expect(result.draft).toMatchObject({
      body: "general-assembly",
      symbol: "A/ES-11/L.1",
      date: "2022-03-01",
      session: "Eleventh emergency special session",
      agendaItemNumber: "5",
      agendaItem: "Letter dated 28 February 2014 from the Permanent Representative of Ukraine",
      sponsors: ["ALB", "BIH", "UKR"],
      title: "Aggression against Ukraine",
    });
    expect(result.unrecognised).toEqual([]);
  });

  it("reads A/78/L.5 as an Assembly symbol", () => {
    expect(recogniseText("A/78/L.5\nThe General Assembly,\nRecalling its resolutions,").draft).toMatchObject({ symbol: "A/78/L.5", body: "general-assembly" });
  });

  it("reads an adopted Council resolution's heading and adoption line", () => {
    const result = recogniseText(`Resolution 2623 (2022)
Adopted by the Security Council at its 8980th meeting, on 27 February 2022
The Security Council,
Taking into account that the lack of unanimity of its permanent members at the 8979th meeting has prevented it from exercising its primary responsibility,
1. Decides to call an emergency special session of the General Assembly to examine the question contained in document S/Agenda/8979;
2. Requests the Secretary-General to inform Member States accordingly.`);
    expect(result.draft).toMatchObject({ symbol: "S/RES/2623 (2022)", body: "security-council", date: "2022-02-27" });
    expect(result.draft.preamble[0].phrase).toBe("Taking into account");
    expect(result.draft.operative.map((paragraph) => paragraph.phrase)).toEqual(["Decides", "Requests"]);
    expect(result.draft.operative[1].text).toBe("the Secretary-General to inform Member States accordingly");
  });

  it("reads an adopted Assembly resolution's heading", () => {
    const result = recogniseText("Resolution adopted by the General Assembly on 2 March 2022\nES-11/1. Aggression against Ukraine\nThe General Assembly,\nRecalling its resolutions,");
    expect(result.draft).toMatchObject({ symbol: "A/RES/ES-11/1", body: "general-assembly", date: "2022-03-02", title: "Aggression against Ukraine" });
  });
});

describe("recogniseResolution: Model UN (THIMUN) resolutions", () => {
  it("reads FORUM, QUESTION OF, SUBMITTED BY and CO-SUBMITTED BY, main submitter first", () => {
    const result = recogniseText(`FORUM: Security Council
QUESTION OF: The situation in Kazakhstan
SUBMITTED BY: Norway
CO-SUBMITTED BY: Albania, Ireland, Freedonia
THE SECURITY COUNCIL,
Guided by the purposes and principles of the Charter,
1. Condemns the deployment;
2. Calls upon the authorities of Kazakhstan:
a) to respect human rights;
b) to release all persons detained arbitrarily:
i. at once;
ii. without conditions.`);
    expect(result.draft).toMatchObject({ body: "security-council", agendaItem: "The situation in Kazakhstan", sponsors: ["NOR", "ALB", "IRL"] });
    expect(result.unrecognised).toEqual([{ line: 4, text: "Freedonia" }]);
    expect(result.draft.operative[1].subparagraphs).toEqual([
      { text: "to respect human rights", subparagraphs: [] },
      {
        text: "to release all persons detained arbitrarily",
        subparagraphs: [
          { text: "at once", subparagraphs: [] },
          { text: "without conditions", subparagraphs: [] },
        ],
      },
    ]);
  });
});

describe("recogniseResolution: subparagraphs", () => {
  it("places (a), (i), a., i. at their UN levels and drops the closing '; and'", () => {
    const result = recogniseText(`1. Decides:
(a) first;
(i) first of (a); and
(ii) second of (a):
a. deep;
i. deepest;
(b) second.`);
    expect(result.draft.operative[0].subparagraphs).toEqual([
      {
        text: "first",
        subparagraphs: [
          { text: "first of (a)", subparagraphs: [] },
          { text: "second of (a)", subparagraphs: [{ text: "deep", subparagraphs: [{ text: "deepest", subparagraphs: [] }] }] },
        ],
      },
      { text: "second", subparagraphs: [] },
    ]);
  });

  it("reads (i) after (h) as the ninth letter, not a numeral", () => {
    const labels = "abcdefghij".split("").map((letter) => `(${letter}) item ${letter};`);
    const result = recogniseText(["1. Decides:", ...labels].join("\n"));
    expect(result.draft.operative[0].subparagraphs.map((sub) => sub.text)).toEqual("abcdefghij".split("").map((letter) => `item ${letter}`));
  });

  it("follows Word's list levels when the numbers are Word's own", () => {
    const source: SourceLine[] = [
      { line: 1, text: "Calls upon the parties", listLevel: 0, emphasis: "Calls upon" },
      { line: 2, text: "to cease fire;", listLevel: 1 },
      { line: 3, text: "at once", listLevel: 2 },
      { line: 4, text: "Decides to remain seized of the matter.", listLevel: 0, emphasis: "Decides" },
    ];
    const result = recogniseResolution(source);
    expect(result.draft.operative).toEqual([
      { phrase: "Calls upon", text: "the parties", subparagraphs: [{ text: "to cease fire", subparagraphs: [{ text: "at once", subparagraphs: [] }] }] },
      { phrase: "Decides", text: "to remain seized of the matter", subparagraphs: [] },
    ]);
  });
});

describe("recogniseResolution: opening phrases", () => {
  it("takes italic words as a custom phrase; without italics a participle opens a preambular paragraph", () => {
    const result = recogniseResolution([
      { line: 1, text: "The Security Council," },
      { line: 2, text: "Mindful yet again of the suffering of civilians,", emphasis: "Mindful yet again" },
      { line: 3, text: "Applauding the mediators,", emphasis: "" },
    ]);
    expect(result.draft.preamble).toEqual([
      { phrase: "Mindful yet again", text: "of the suffering of civilians" },
      { phrase: "Applauding", text: "the mediators" },
    ]);
  });

  it("keeps the longer listed phrase unless an object or infinitive follows the verb", () => {
    const result = recogniseText("Noting with concern the reports,\n1. Requests the Secretary-General to report;");
    expect(result.draft.preamble[0]).toEqual({ phrase: "Noting with concern", text: "the reports" });
    expect(result.draft.operative[0]).toMatchObject({ phrase: "Requests", text: "the Secretary-General to report" });
  });

  it("joins a wrapped line to the paragraph it continues", () => {
    const result = recogniseText("Recalling its resolution 2202 (2015) and the\nfollow-up to the Minsk agreements,\nand a line after a finished paragraph");
    expect(result.draft.preamble).toEqual([{ phrase: "Recalling", text: "its resolution 2202 (2015) and the follow-up to the Minsk agreements" }]);
    expect(result.unrecognised).toEqual([{ line: 3, text: "and a line after a finished paragraph" }]);
  });
});

describe("recogniseResolution: what is not recognised", () => {
  const text = `The Security Council,
Reaffirming the Charter,
Draft prepared by the delegation of Ruritania — not for circulation
1. Condemns the attack;
See annex for the list of incidents`;

  it("lists each unrecognised line with its number and text, and nothing else", () => {
    const result = recogniseText(text);
    expect(result.unrecognised).toEqual([
      { line: 3, text: "Draft prepared by the delegation of Ruritania — not for circulation" },
      { line: 5, text: "See annex for the list of incidents" },
    ]);
  });

  it("places an assigned line where the user says, or drops it", () => {
    const result = recogniseText(
      text,
      new Map<number, LineAssignment>([
        [3, "drop"],
        [5, "subparagraph"],
      ]),
    );
    expect(result.unrecognised).toEqual([]);
    expect(result.draft.operative[0].subparagraphs).toEqual([{ text: "See annex for the list of incidents", subparagraphs: [] }]);
    expect(result.lines.find((line) => line.line === 3)?.part).toBe("dropped");
    const asOperative = recogniseText(text, new Map<number, LineAssignment>([[3, "preambular"], [5, "operative"]]));
    expect(asOperative.draft.preamble).toHaveLength(2);
    expect(asOperative.draft.operative.map((paragraph) => paragraph.text)).toEqual(["the attack", "See annex for the list of incidents"]);
  });

  it("finds no resolution in a letter", () => {
    const result = recogniseText("Dear colleagues,\nPlease find the agenda attached.\nBest regards");
    expect(hasResolutionText(result)).toBe(false);
    expect(result.unrecognised).toHaveLength(3);
  });
});

describe("recogniseResolution is lossless", () => {
  // Lines of every kind the recogniser knows, and lines it must not know.
  const POOL = [
    "S/2022/155", "United Nations", "25 February 2022", "Distr.: General", "Original: English",
    "Albania and Norway: draft resolution", "FORUM: Security Council", "SUBMITTED BY: Atlantis",
    "The Security Council,", "Recalling its resolution 2202 (2015),", "Gravely concerned by the reports,",
    "Welcoming the talks,", "1. Condemns the attack;", "2. Urges all parties to cease fire:", "(a) at once;",
    "(i) without conditions;", "a. everywhere;", "i. now;", "Decides to remain seized of the matter.",
    "continued text without end", "and more words here", "Lorem ipsum dolor sit amet", "12345", "— * —",
    "Note by the Secretariat", "THE GENERAL ASSEMBLY,", "Agenda item 5", "Resolution 2623 (2022)", "b) second;",
  ];

  const words = (text: string) => text.toLowerCase().match(/[a-z]{3,}/g) ?? [];

  it("puts every non-blank line in the draft, the masthead or the unrecognised list (500 random documents)", () => {
    const random = seededRandom(18);
    for (let run = 0; run < 500; run++) {
      const count = 1 + Math.floor(random() * 25);
      const sourceLines = Array.from({ length: count }, () => (random() < 0.1 ? "" : POOL[Math.floor(random() * POOL.length)]));
      const result = recogniseText(sourceLines.join("\n"));
      const nonBlank = sourceLines.map((text, index) => ({ text, line: index + 1 })).filter((line) => line.text.trim());
      expect(result.lines.map((line) => line.line)).toEqual(nonBlank.map((line) => line.line));

      const draftText = [
        draftToPlainText(result.draft),
        result.draft.symbol, result.draft.agendaItem, result.draft.title, result.draft.session,
      ].join(" ").toLowerCase();
      const unrecognisedText = result.unrecognised.map((line) => line.text).join(" ").toLowerCase();
      for (const line of result.lines) {
        switch (line.part) {
          case "preambular":
          case "operative":
          case "subparagraph":
          case "continuation":
            for (const word of words(line.text)) expect(draftText).toContain(word);
            break;
          case "unrecognised":
            expect(result.unrecognised.some((entry) => entry.line === line.line && entry.text === line.text)).toBe(true);
            break;
          case "sponsors":
          case "model-un-header":
            // Names that are no State's are listed; the rest became sponsor codes.
            for (const entry of result.unrecognised.filter((item) => item.line === line.line)) expect(unrecognisedText).toContain(entry.text.toLowerCase());
            break;
          case "dropped":
            throw new Error("nothing is dropped without an assignment");
          default:
            break;
        }
      }
    }
  });
});
