import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  UnderlineType,
  type IParagraphStyleOptions,
} from "docx";
import { layoutDraft, type LaidOutParagraph } from "../draft/layout";
import type { PortableDraft } from "../draft/schema";
import { OPERATIVE_NUMBERING, modelUnNumberingLevels } from "./numbering";
import { MODEL_UN_MARGIN, pageSize, type Paper } from "./page-geometry";
import type { NameOf } from "../un/sponsor-line";
import { bodyName } from "../draft/layout";

/**
 * THIMUN-style resolution (UN_LAYOUT.md, Model UN styles — conference conventions, not UN
 * rules): FORUM / QUESTION OF / SUBMITTED BY lines, the organ in capitals, preambular phrases in
 * italics, operative phrases underlined, Times New Roman 12 with a blank line between clauses.
 */

export type ModelUnDraftOptions = {
  paper: Paper;
  conference?: string;
  author?: string;
  nameOf: NameOf;
};

export const MODEL_UN_STYLE = {
  clause: "MUNClause",
  subClause: "MUNSubClause",
  headerLine: "MUNHeaderLine",
  conference: "MUNConference",
} as const;

const FONT = "Times New Roman";
const SIZE = 24;
/** A blank line of 12 pt type between clauses. */
const BLANK_LINE = 240;

export function createModelUnDraftDocument(draft: PortableDraft, options: ModelUnDraftOptions): Document {
  const size = pageSize(options.paper);
  const symbol = draft.symbol?.trim() ?? "";
  return new Document({
    title: symbol || draft.title?.trim() || "Draft resolution",
    creator: options.author ?? "",
    lastModifiedBy: options.author ?? "",
    description: "Draft resolution",
    styles: modelUnStyles(),
    numbering: { config: [{ reference: OPERATIVE_NUMBERING, levels: modelUnNumberingLevels() }] },
    sections: [
      {
        properties: {
          page: {
            size: { width: size.width, height: size.height },
            margin: {
              top: MODEL_UN_MARGIN,
              bottom: MODEL_UN_MARGIN,
              left: MODEL_UN_MARGIN,
              right: MODEL_UN_MARGIN,
              header: 720,
              footer: 720,
              gutter: 0,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 20, children: [PageNumber.CURRENT, "/", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [...headerLines(draft, options), ...clauses(draft)],
      },
    ],
  });
}

function modelUnStyles() {
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: MODEL_UN_STYLE.clause,
      name: "Clause",
      basedOn: "Normal",
      next: MODEL_UN_STYLE.clause,
      quickFormat: true,
      paragraph: { spacing: { after: BLANK_LINE } },
    },
    {
      id: MODEL_UN_STYLE.subClause,
      name: "Sub-clause",
      basedOn: "Normal",
      next: MODEL_UN_STYLE.subClause,
      quickFormat: true,
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: MODEL_UN_STYLE.headerLine,
      name: "Resolution header line",
      basedOn: "Normal",
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: MODEL_UN_STYLE.conference,
      name: "Conference name",
      basedOn: "Normal",
      run: { bold: true, size: 28 },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: BLANK_LINE } },
    },
  ];
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles,
  };
}

function headerLines(draft: PortableDraft, options: ModelUnDraftOptions): Paragraph[] {
  const out: Paragraph[] = [];
  if (options.conference?.trim()) {
    out.push(new Paragraph({ style: MODEL_UN_STYLE.conference, children: [new TextRun(options.conference.trim())] }));
  }
  // Model UN lists the main submitter first, then the co-submitters in the order given.
  const names = [...new Set(draft.sponsors)].map((iso3) => options.nameOf(iso3));
  const line = (label: string, value: string) =>
    new Paragraph({
      style: MODEL_UN_STYLE.headerLine,
      children: [new TextRun({ text: `${label}:`, bold: true }), new TextRun(value ? ` ${value}` : "")],
    });
  out.push(line("FORUM", bodyName(draft.body)));
  out.push(line("QUESTION OF", draft.agendaItem?.trim() || draft.title?.trim() || ""));
  out.push(line("SUBMITTED BY", names[0] ?? ""));
  if (names.length > 1) out.push(line("CO-SUBMITTED BY", names.slice(1).join(", ")));
  return out;
}

function clauses(draft: PortableDraft): Paragraph[] {
  const laid = layoutDraft(draft);
  return laid.map((paragraph, index) => {
    const next = laid[index + 1];
    // Sub-clauses stay together; the blank line falls after the last one of a clause.
    const after = next?.kind === "subparagraph" ? 0 : BLANK_LINE;
    return clause(paragraph, after);
  });
}

function clause(paragraph: LaidOutParagraph, after: number): Paragraph {
  switch (paragraph.kind) {
    case "opening":
      return new Paragraph({
        style: MODEL_UN_STYLE.clause,
        // A blank line separates the header lines from the organ line.
        spacing: { before: BLANK_LINE, after },
        keepNext: true,
        children: [new TextRun(`${paragraph.organ.toUpperCase()},`)],
      });
    case "preambular":
      return new Paragraph({
        style: MODEL_UN_STYLE.clause,
        spacing: { after },
        children: phraseRuns(paragraph.phrase, paragraph.text, paragraph.punctuation, "italic"),
      });
    case "operative":
      return new Paragraph({
        style: MODEL_UN_STYLE.clause,
        spacing: { after },
        numbering: { reference: OPERATIVE_NUMBERING, level: 0 },
        children: phraseRuns(paragraph.phrase, paragraph.text, paragraph.punctuation, "underline"),
      });
    case "subparagraph":
      return new Paragraph({
        style: MODEL_UN_STYLE.subClause,
        spacing: { after },
        numbering: { reference: OPERATIVE_NUMBERING, level: Math.min(paragraph.level, 8) },
        children: [new TextRun(`${paragraph.text}${paragraph.punctuation}`)],
      });
    default: {
      const unreachable: never = paragraph;
      throw new Error(`unknown paragraph ${String(unreachable)}`);
    }
  }
}

type PhraseMark = "italic" | "underline";

function phraseRuns(phrase: string, text: string, punctuation: string, mark: PhraseMark): TextRun[] {
  if (!phrase) return [new TextRun(`${text}${punctuation}`)];
  const rest = text ? ` ${text}${punctuation}` : punctuation;
  return [new TextRun({ text: phrase, ...markOptions(mark) }), new TextRun(rest)];
}

function markOptions(mark: PhraseMark) {
  switch (mark) {
    case "italic":
      return { italics: true };
    case "underline":
      return { underline: { type: UnderlineType.SINGLE } };
    default: {
      const unreachable: never = mark;
      throw new Error(`unknown mark ${String(unreachable)}`);
    }
  }
}
