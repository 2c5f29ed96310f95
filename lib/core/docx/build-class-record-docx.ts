import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { Body } from "../draft/schema";
import { bodyName } from "../draft/layout";
import { packDocument } from "./pack";
import { UN_MARGIN_BOTTOM, UN_MARGIN_LEFT, UN_MARGIN_RIGHT, UN_MARGIN_TOP, pageSize, unTextWidth, type Paper } from "./page-geometry";
import { formatUnDate } from "../un/un-date";

/** The record of a live class's session: its agenda, tabled drafts and every vote with who voted how. */
export type ClassRecordBallot = {
  iso3: string;
  /** The seat's name ("Russian Federation", "USSR" in a class of 1980). */
  name: string;
  vote: "Y" | "N" | "A" | "NP";
  by: "delegate" | "bot" | "chair" | "none";
  /** The delegate who voted (or the chair who overrode a bot); null for a bot or nobody. */
  delegate: string | null;
  /** ISO time the ballot was cast; null for a seat that did not vote. */
  at: string | null;
};

export type ClassRecordVote = {
  title: string;
  kind: "draft" | "motion" | "referral";
  matter: "substantive" | "procedural";
  basis: "chapter-vi" | "chapter-vii" | null;
  openedAt: string;
  closedAt: string | null;
  result: { outcome: "adopted" | "vetoed" | "failed"; yes: number; no: number; abstain: number; notVoting: number; statement: string } | null;
  ballots: ClassRecordBallot[];
};

export type ClassRecord = {
  name: string;
  body: Body;
  year: number;
  agenda: string[];
  drafts: { title: string; symbol: string; sponsors: string[]; tabledBy: string; tabledAt: string }[];
  votes: ClassRecordVote[];
};

/** How the records write a vote, and who cast it. */
export function recordVoteLabel(vote: ClassRecordBallot["vote"]): string {
  switch (vote) {
    case "Y":
      return "In favour";
    case "N":
      return "Against";
    case "A":
      return "Abstaining";
    case "NP":
      return "Not participating";
    default: {
      const unreachable: never = vote;
      throw new Error(`unknown vote ${String(unreachable)}`);
    }
  }
}

export function castByLabel(ballot: Pick<ClassRecordBallot, "by" | "delegate">): string {
  switch (ballot.by) {
    case "delegate":
      return ballot.delegate ?? "Delegate";
    case "bot":
      return "Bot (from the record)";
    case "chair":
      return `Chair${ballot.delegate ? ` (${ballot.delegate})` : ""}, for the bot`;
    case "none":
      return "—";
    default: {
      const unreachable: never = ballot.by;
      throw new Error(`unknown caster ${String(unreachable)}`);
    }
  }
}

/** "09:41" in UTC: the record is read the day of the class, and UTC keeps the builder free of the clock's zone. */
function timeOf(iso: string | null): string {
  return iso ? `${iso.slice(11, 16)} UTC` : "—";
}

function dateOf(iso: string): string {
  return formatUnDate(iso.slice(0, 10)) ?? iso.slice(0, 10);
}

const FONT = "Times New Roman";
const SIZE = 20;
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

export async function buildClassRecordDocx(record: ClassRecord, options: { paper: Paper }): Promise<Uint8Array> {
  const size = pageSize(options.paper);
  const width = unTextWidth(options.paper);
  const line = (text: string, extra: { bold?: boolean; italic?: boolean; size?: number; before?: number; after?: number } = {}) =>
    new Paragraph({ spacing: { before: extra.before ?? 0, after: extra.after ?? 120 }, children: [new TextRun({ text, bold: extra.bold, italics: extra.italic, size: extra.size })] });
  const columns = [0.4, 0.18, 0.28, 0.14].map((share) => Math.round(width * share));
  columns[3] = width - columns[0] - columns[1] - columns[2];
  const cell = (text: string, index: number, bold: boolean, bottom: IBorderOptions = NONE) =>
    new TableCell({
      width: { size: columns[index], type: WidthType.DXA },
      borders: { top: NONE, left: NONE, right: NONE, bottom },
      margins: { top: 40, bottom: 40, left: 0, right: 80 },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });

  const children: (Paragraph | Table)[] = [
    line(`${bodyName(record.body)} of ${record.year}: record of the class session`, { bold: true, size: 28, after: 120 }),
    line(record.name, { bold: true, size: 24, after: 240 }),
    line("Agenda", { bold: true, before: 240 }),
    ...(record.agenda.length > 0 ? record.agenda.map((item, index) => line(`${index + 1}. ${item}`, { after: 40 })) : [line("No item was placed on the agenda.", { italic: true })]),
    line("Draft resolutions tabled", { bold: true, before: 240 }),
    ...(record.drafts.length > 0
      ? record.drafts.map((draft) =>
          line(
            `${draft.symbol ? `${draft.symbol}: ` : ""}${draft.title}. Sponsors: ${draft.sponsors.length > 0 ? draft.sponsors.join(", ") : "none"}. Tabled by ${draft.tabledBy} on ${dateOf(draft.tabledAt)}.`,
            { after: 60 },
          ),
        )
      : [line("No draft was tabled.", { italic: true })]),
  ];

  record.votes.forEach((vote, index) => {
    const matter = `${vote.matter === "procedural" ? "Procedural" : "Substantive"} matter${vote.basis === "chapter-vi" ? ", under Chapter VI" : vote.basis === "chapter-vii" ? ", under Chapter VII" : ""}`;
    children.push(
      line(`Vote ${index + 1}: ${vote.title}`, { bold: true, before: 360 }),
      line(`${matter}. Opened ${dateOf(vote.openedAt)}, ${timeOf(vote.openedAt)}${vote.closedAt ? `; closed ${timeOf(vote.closedAt)}` : "; still open"}.`),
    );
    if (vote.result) {
      children.push(
        line(`In favour: ${vote.result.yes}. Against: ${vote.result.no}. Abstaining: ${vote.result.abstain}. Not participating: ${vote.result.notVoting}.`, { after: 60 }),
        line(vote.result.statement, { bold: true }),
      );
    }
    children.push(
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: columns,
        layout: TableLayoutType.FIXED,
        rows: [
          new TableRow({ tableHeader: true, children: ["Seat", "Vote", "Cast by", "Time"].map((text, column) => cell(text, column, true, THIN)) }),
          ...vote.ballots.map(
            (ballot) =>
              new TableRow({
                cantSplit: true,
                children: [cell(ballot.name, 0, false), cell(recordVoteLabel(ballot.vote), 1, false), cell(castByLabel(ballot), 2, false), cell(timeOf(ballot.at), 3, false)],
              }),
          ),
        ],
      }),
    );
  });
  if (record.votes.length === 0) children.push(line("No vote was taken.", { italic: true, before: 240 }));

  const document = new Document({
    title: `Record: ${record.name}`,
    creator: "",
    lastModifiedBy: "",
    description: "Record of a class session",
    styles: { default: { document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { line: 240, lineRule: LineRuleType.EXACT } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: size.width, height: size.height },
            margin: { top: UN_MARGIN_TOP, bottom: UN_MARGIN_BOTTOM, left: UN_MARGIN_LEFT, right: UN_MARGIN_RIGHT, header: 720, footer: 720, gutter: 0 },
          },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ bold: true, size: 17, children: [PageNumber.CURRENT, "/", PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return packDocument(document);
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; lines end in CRLF. */
export function csvField(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per seat per vote: the vote, its result in the UN's words, the seat, who cast it and when. */
export function buildClassRecordCsv(record: ClassRecord): string {
  const header = ["vote_number", "vote_title", "matter", "opened_at", "closed_at", "outcome", "statement", "seat_iso3", "seat_name", "vote", "cast_by", "delegate", "cast_at"];
  const rows: (string | number | null)[][] = [header];
  record.votes.forEach((vote, index) => {
    for (const ballot of vote.ballots) {
      rows.push([index + 1, vote.title, vote.matter, vote.openedAt, vote.closedAt, vote.result?.outcome ?? "open", vote.result?.statement ?? "", ballot.iso3, ballot.name, ballot.vote, ballot.by, ballot.delegate, ballot.at]);
    }
  });
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
