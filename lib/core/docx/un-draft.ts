import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
} from "docx";
import { bodyName, layoutDraft, type LaidOutParagraph } from "../draft/layout";
import type { PortableDraft } from "../draft/schema";
import { OPERATIVE_NUMBERING, unNumberingLevels } from "./numbering";
import {
  MASTHEAD_EMBLEM_WIDTH,
  MASTHEAD_RIGHT_WIDTH,
  MASTHEAD_ROW1_HEIGHT,
  MASTHEAD_ROW2_HEIGHT,
  UN_BODY_INDENT_LEFT,
  UN_BODY_INDENT_RIGHT,
  UN_FOOTER_DISTANCE,
  UN_HEADER_DISTANCE,
  UN_INDENT_STEP,
  UN_MARGIN_BOTTOM,
  UN_MARGIN_LEFT,
  UN_MARGIN_RIGHT,
  UN_MARGIN_TOP,
  pageSize,
  unTextWidth,
  type Paper,
} from "./page-geometry";
import { formatSponsorLine, type NameOf } from "../un/sponsor-line";
import { asAdoptedDocument, resolutionHeading } from "../draft/adoption";
import { formatUnDate } from "../un/un-date";

export type Distribution = "general" | "limited" | "provisional";

export type UnDraftOptions = {
  paper: Paper;
  distribution: Distribution;
  author?: string;
  nameOf: NameOf;
};

/** Paragraph style ids; tests and users' own macros find paragraphs by them. */
export const UN_STYLE = {
  body: "UNSingleText",
  sponsors: "UNSponsorLine",
  title: "UNTitle",
  session: "UNSession",
  runningHead: "UNRunningHead",
  runningFoot: "UNRunningFoot",
} as const;

const FONT = "Times New Roman";
/** Half-points: body 10 pt, running heads 8.5 pt, masthead 14 and 20 pt, headings 12 pt. */
const SIZE_BODY = 20;
const SIZE_RUNNING = 17;
const SIZE_UNITED_NATIONS = 28;
const SIZE_ORGAN = 40;
const SIZE_HEADING = 24;
/** Body text: exactly 12 pt line spacing, 6 pt after (UN_LAYOUT.md, Body text). */
const LINE_EXACT = 240;
const SPACE_AFTER = 120;
/** Between heading blocks: about 18 pt before and 12 pt after. */
const HEADING_BEFORE = 360;
const HEADING_AFTER = 240;
/** Rules: ½ pt under masthead row 1, 1½ pt under row 2, ¼ pt under running heads (eighths of a point). */
const RULE_THIN = 4;
const RULE_THICK = 12;
const RULE_HAIRLINE = 2;


export function distributionLine(distribution: Distribution): string {
  switch (distribution) {
    case "general":
      return "Distr.: General";
    case "limited":
      return "Distr.: Limited";
    // A draft issued "in blue" shows "Provisional" in place of the distribution (S/2017/593).
    case "provisional":
      return "Provisional";
    default: {
      const unreachable: never = distribution;
      throw new Error(`unknown distribution ${String(unreachable)}`);
    }
  }
}

/** The UN draft as a Word document (UN_LAYOUT.md): masthead, sponsor line, body, running heads. */
export function createUnDraftDocument(asTabled: PortableDraft, draftOptions: UnDraftOptions): Document {
  // An adopted draft is laid out as the resolution: its symbol and date, its heading, no sponsors,
  // in general distribution.
  const draft = asAdoptedDocument(asTabled);
  const options: UnDraftOptions = draft.adoption ? { ...draftOptions, distribution: "general" } : draftOptions;
  return createUnDocument(draft, options, [...headingBlock(draft, options), ...bodyParagraphs(draft)], draft.adoption ? "Resolution" : "Draft resolution");
}

/**
 * A UN document with the masthead, running heads and styles of `draft` (its symbol, organ and
 * date) around other content: the amendment documents reuse it (lib/core/docx/build-amendment-docx.ts).
 */
export function createUnDocument(draft: PortableDraft, options: UnDraftOptions, children: (Paragraph | Table)[], description: string): Document {
  const size = pageSize(options.paper);
  const symbol = draft.symbol?.trim() ?? "";
  return new Document({
    title: symbol || draft.title?.trim() || description,
    creator: options.author ?? "",
    lastModifiedBy: options.author ?? "",
    description,
    // Sections use a different first page and different odd and even pages (UN_LAYOUT.md, Page).
    evenAndOddHeaderAndFooters: true,
    styles: unStyles(),
    numbering: { config: [{ reference: OPERATIVE_NUMBERING, levels: unNumberingLevels() }] },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: size.width, height: size.height },
            margin: {
              top: UN_MARGIN_TOP,
              bottom: UN_MARGIN_BOTTOM,
              left: UN_MARGIN_LEFT,
              right: UN_MARGIN_RIGHT,
              header: UN_HEADER_DISTANCE,
              footer: UN_FOOTER_DISTANCE,
              gutter: 0,
            },
          },
        },
        headers: {
          first: new Header({ children: [masthead(draft, options), closingHeaderParagraph()] }),
          default: runningHead(symbol, AlignmentType.RIGHT),
          even: runningHead(symbol, AlignmentType.LEFT),
        },
        footers: {
          // Real first pages carry the job number, barcode and "Please recycle": production marks a
          // workbench export leaves out (UN_LAYOUT.md, First-page masthead).
          first: new Footer({ children: [new Paragraph({ style: UN_STYLE.runningFoot })] }),
          default: runningFoot(AlignmentType.RIGHT),
          even: runningFoot(AlignmentType.LEFT),
        },
        children,
      },
    ],
  });
}

function unStyles() {
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: UN_STYLE.body,
      name: "Single Txt",
      basedOn: "Normal",
      next: UN_STYLE.body,
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { line: LINE_EXACT, lineRule: LineRuleType.EXACT, after: SPACE_AFTER },
        indent: { left: UN_BODY_INDENT_LEFT, right: UN_BODY_INDENT_RIGHT },
      },
    },
    {
      id: UN_STYLE.sponsors,
      name: "Sponsor line",
      basedOn: "Normal",
      next: UN_STYLE.body,
      quickFormat: true,
      run: { bold: true, size: SIZE_HEADING },
      paragraph: {
        keepNext: true,
        keepLines: true,
        spacing: { before: HEADING_BEFORE, after: HEADING_AFTER, line: 280, lineRule: LineRuleType.EXACT },
        indent: { left: UN_BODY_INDENT_LEFT, right: UN_BODY_INDENT_RIGHT },
      },
    },
    {
      id: UN_STYLE.title,
      name: "Resolution title",
      basedOn: UN_STYLE.sponsors,
      next: UN_STYLE.body,
      quickFormat: true,
      paragraph: { spacing: { before: 0, after: HEADING_AFTER, line: 280, lineRule: LineRuleType.EXACT } },
    },
    {
      id: UN_STYLE.session,
      name: "Session lines",
      basedOn: "Normal",
      next: UN_STYLE.session,
      paragraph: { spacing: { line: LINE_EXACT, lineRule: LineRuleType.EXACT } },
    },
    {
      id: UN_STYLE.runningHead,
      name: "Running head",
      basedOn: "Normal",
      run: { bold: true, size: SIZE_RUNNING },
      paragraph: {
        spacing: { line: 200, lineRule: LineRuleType.EXACT },
        border: { bottom: { style: BorderStyle.SINGLE, size: RULE_HAIRLINE, color: "000000", space: 1 } },
      },
    },
    {
      id: UN_STYLE.runningFoot,
      name: "Running foot",
      basedOn: "Normal",
      run: { bold: true, size: SIZE_RUNNING },
      paragraph: { spacing: { line: 200, lineRule: LineRuleType.EXACT } },
    },
  ];
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE_BODY },
        paragraph: { spacing: { line: LINE_EXACT, lineRule: LineRuleType.EXACT } },
      },
    },
    paragraphStyles,
  };
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;

function rule(size: number) {
  return { style: BorderStyle.SINGLE, size, color: "000000" } as const;
}

/** The first-page masthead: a borderless table with two rules (UN_LAYOUT.md, First-page masthead). */
function masthead(draft: PortableDraft, options: UnDraftOptions): Table {
  const width = unTextWidth(options.paper);
  const middleWidth = width - MASTHEAD_EMBLEM_WIDTH - MASTHEAD_RIGHT_WIDTH;
  const columns = [MASTHEAD_EMBLEM_WIDTH, middleWidth, MASTHEAD_RIGHT_WIDTH];
  const date = draft.date ? (formatUnDate(draft.date) ?? "") : "";
  const cell = (index: number, bottom: number, children: Paragraph[], align: "top" | "bottom") =>
    new TableCell({
      width: { size: columns[index], type: WidthType.DXA },
      verticalAlign: align === "top" ? VerticalAlignTable.TOP : VerticalAlignTable.BOTTOM,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: rule(bottom) },
      children,
    });
  const plain = (runs: TextRun[], extra: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number } = {}) =>
    new Paragraph({
      alignment: extra.alignment,
      spacing: { before: extra.before ?? 0, after: extra.after ?? 0, line: LINE_EXACT, lineRule: LineRuleType.EXACT },
      children: runs,
    });
  // The row-1 texts sit on the thin rule; 14 and 20 pt type need taller lines than the body's 12 pt.
  const tall = (runs: TextRun[], alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ alignment, spacing: { before: 0, after: 80, line: 440, lineRule: LineRuleType.EXACT }, children: runs });

  const row1 = new TableRow({
    height: { value: MASTHEAD_ROW1_HEIGHT, rule: HeightRule.ATLEAST },
    children: [
      cell(0, RULE_THIN, [plain([])], "bottom"),
      cell(1, RULE_THIN, [tall([new TextRun({ text: "United Nations", size: SIZE_UNITED_NATIONS })])], "bottom"),
      cell(2, RULE_THIN, [tall(symbolRuns(draft.symbol?.trim() ?? ""), AlignmentType.RIGHT)], "bottom"),
    ],
  });
  const distribution = [
    plain([new TextRun(distributionLine(options.distribution))], { before: 240 }),
    plain([new TextRun(date)]),
    plain([]),
    plain([new TextRun("Original: English")]),
  ];
  const row2 = new TableRow({
    height: { value: MASTHEAD_ROW2_HEIGHT, rule: HeightRule.ATLEAST },
    children: [
      // The emblem cell stays empty: the emblem's use is restricted (GA resolution 92 (I)).
      cell(0, RULE_THICK, [plain([])], "top"),
      cell(
        1,
        RULE_THICK,
        [
          new Paragraph({
            spacing: { before: 160, after: 0, line: 480, lineRule: LineRuleType.EXACT },
            children: [new TextRun({ text: bodyName(draft.body), bold: true, size: SIZE_ORGAN })],
          }),
        ],
        "top",
      ),
      cell(2, RULE_THICK, distribution, "top"),
    ],
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: [row1, row2],
  });
}

/** The organ letter at 20 pt, the rest of the symbol at 10 pt ("S" + "/2022/155"). */
export function splitSymbol(symbol: string): { organ: string; rest: string } {
  const match = /^([A-Z])(\/.*)$/s.exec(symbol);
  return match ? { organ: match[1], rest: match[2] } : { organ: "", rest: symbol };
}

function symbolRuns(symbol: string): TextRun[] {
  const { organ, rest } = splitSymbol(symbol);
  const runs: TextRun[] = [];
  if (organ) runs.push(new TextRun({ text: organ, size: SIZE_ORGAN }));
  if (rest) runs.push(new TextRun({ text: rest, size: SIZE_BODY }));
  return runs;
}

/** A header may not end with a table; a 1 pt paragraph closes it without pushing the body down. */
function closingHeaderParagraph(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] });
}

/** Later pages: the symbol in bold 8.5 pt over a ¼ pt rule, left on even pages, right on odd. */
function runningHead(symbol: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Header {
  return new Header({ children: [new Paragraph({ style: UN_STYLE.runningHead, alignment, children: [new TextRun(symbol)] })] });
}

/** The page number as "2/10" in bold 8.5 pt: PAGE and NUMPAGES fields, so Word keeps them right. */
function runningFoot(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: UN_STYLE.runningFoot,
        alignment,
        children: [new TextRun({ children: [PageNumber.CURRENT, "/", PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

/**
 * After the masthead. Security Council drafts: the sponsor line only (no session, agenda or
 * title). General Assembly drafts: session and agenda lines at the margin under the thick rule,
 * then the sponsor line and a bold title (UN_LAYOUT.md, After the masthead).
 */
function headingBlock(draft: PortableDraft, options: UnDraftOptions): Paragraph[] {
  if (draft.adoption) {
    // The adopted layout: the resolution's heading and the line saying when it was adopted; the
    // sponsors belong to the draft and are not printed (UN_LAYOUT.md; S/RES/2623 (2022)).
    const { heading, adoptedLine } = resolutionHeading(draft, draft.adoption);
    return [
      new Paragraph({ style: UN_STYLE.sponsors, children: [new TextRun(heading)] }),
      new Paragraph({ style: UN_STYLE.title, children: [new TextRun({ text: adoptedLine, bold: draft.body === "general-assembly" })] }),
    ];
  }
  const out: Paragraph[] = [];
  switch (draft.body) {
    case "security-council":
      break;
    case "general-assembly": {
      if (draft.session?.trim()) {
        out.push(new Paragraph({ style: UN_STYLE.session, children: [new TextRun({ text: draft.session.trim(), bold: true })] }));
      }
      if (draft.agendaItemNumber?.trim()) {
        out.push(new Paragraph({ style: UN_STYLE.session, children: [new TextRun(`Agenda item ${draft.agendaItemNumber.trim()}`)] }));
      }
      if (draft.agendaItem?.trim()) {
        out.push(new Paragraph({ style: UN_STYLE.session, children: [new TextRun({ text: draft.agendaItem.trim(), bold: true })] }));
      }
      break;
    }
    default: {
      const unreachable: never = draft.body;
      throw new Error(`unknown body ${String(unreachable)}`);
    }
  }
  out.push(new Paragraph({ style: UN_STYLE.sponsors, children: [new TextRun(formatSponsorLine(draft.sponsors, options.nameOf))] }));
  if (draft.body === "general-assembly" && draft.title?.trim()) {
    out.push(new Paragraph({ style: UN_STYLE.title, children: [new TextRun(draft.title.trim())] }));
  }
  return out;
}

function bodyParagraphs(draft: PortableDraft): Paragraph[] {
  return layoutDraft(draft).map((paragraph) => bodyParagraph(paragraph));
}

/**
 * One laid-out paragraph. The whole opening phrase is one italic run ("Calls upon", never
 * "Calls" alone); the space after it and the rest are roman (UN_LAYOUT.md, Body text).
 */
function bodyParagraph(paragraph: LaidOutParagraph): Paragraph {
  switch (paragraph.kind) {
    case "opening":
      return new Paragraph({
        style: UN_STYLE.body,
        keepNext: true,
        indent: FIRST_LINE_INDENT,
        children: [new TextRun({ text: paragraph.organ, italics: true }), new TextRun(",")],
      });
    case "preambular":
      return new Paragraph({
        style: UN_STYLE.body,
        indent: FIRST_LINE_INDENT,
        children: phraseRuns(paragraph.phrase, paragraph.text, paragraph.punctuation),
      });
    case "operative":
      return new Paragraph({
        style: UN_STYLE.body,
        numbering: { reference: OPERATIVE_NUMBERING, level: 0 },
        children: phraseRuns(paragraph.phrase, paragraph.text, paragraph.punctuation),
      });
    case "subparagraph":
      return new Paragraph({
        style: UN_STYLE.body,
        numbering: { reference: OPERATIVE_NUMBERING, level: Math.min(paragraph.level, 8) },
        children: [new TextRun(`${paragraph.text}${paragraph.punctuation}`)],
      });
    default: {
      const unreachable: never = paragraph;
      throw new Error(`unknown paragraph ${String(unreachable)}`);
    }
  }
}

/** The left and right indents repeated so that no reader has to merge them with the style's. */
const FIRST_LINE_INDENT = { left: UN_BODY_INDENT_LEFT, right: UN_BODY_INDENT_RIGHT, firstLine: UN_INDENT_STEP };

function phraseRuns(phrase: string, text: string, punctuation: string): TextRun[] {
  if (!phrase) return [new TextRun(`${text}${punctuation}`)];
  const rest = text ? ` ${text}${punctuation}` : punctuation;
  return [new TextRun({ text: phrase, italics: true }), new TextRun(rest)];
}
