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
import type { Tally, VoteValue } from "../vote/vote-value";
import { packDocument } from "./pack";
import { UN_MARGIN_BOTTOM, UN_MARGIN_LEFT, UN_MARGIN_RIGHT, UN_MARGIN_TOP, pageSize, unTextWidth, type Paper } from "./page-geometry";
import { formatUnDate } from "../un/un-date";
import { bodyName } from "../draft/layout";
import { groupExplanations, type ExplanationTiming } from "../vote/explanations";

export type VoteRecordMember = { name: string; iso3: string; permanent?: boolean; vote: VoteValue };

export type VoteRecord = {
  title: string;
  symbol?: string;
  /** YYYY-MM-DD; printed in UN form ("25 February 2022"). */
  date: string;
  body: Body;
  matter?: string;
  members: VoteRecordMember[];
  tally: Tally;
  outcome: string;
  statement: string;
  /** Explanations of vote, with the speaker's name (rule 88). */
  explanations?: { name: string; timing: ExplanationTiming; text: string }[];
};

export type VoteRecordDocxOptions = { paper: Paper };

/** How the verbatim records write each vote (the "In favour / Against / Abstaining" lists). */
export function voteLabel(vote: VoteValue): string {
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

const FONT = "Times New Roman";
const SIZE = 20;
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

/** A record of a simulated vote: the draft, the date, each member's vote, the tally and outcome. */
export async function buildVoteRecordDocx(record: VoteRecord, options: VoteRecordDocxOptions): Promise<Uint8Array> {
  const size = pageSize(options.paper);
  const width = unTextWidth(options.paper);
  const date = formatUnDate(record.date) ?? record.date;
  const line = (text: string, extra: { bold?: boolean; size?: number; before?: number; after?: number } = {}) =>
    new Paragraph({
      spacing: { before: extra.before ?? 0, after: extra.after ?? 120 },
      children: [new TextRun({ text, bold: extra.bold, size: extra.size })],
    });
  const heading = [
    line(`${bodyName(record.body)}: record of vote`, { bold: true, size: 28, after: 240 }),
    line(record.symbol ? `${record.title} (${record.symbol})` : record.title, { bold: true, size: 24 }),
    ...(record.matter ? [line(record.matter)] : []),
    line(date, { after: 240 }),
  ];
  const columns = [Math.round(width * 0.6), width - Math.round(width * 0.6)];
  const cell = (text: string, index: number, bold: boolean, bottom: IBorderOptions = NONE) =>
    new TableCell({
      width: { size: columns[index], type: WidthType.DXA },
      borders: { top: NONE, left: NONE, right: NONE, bottom },
      margins: { top: 40, bottom: 40, left: 0, right: 80 },
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
    });
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: columns,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: [cell("Member", 0, true, THIN), cell("Vote", 1, true, THIN)] }),
      ...record.members.map(
        (member) =>
          new TableRow({
            cantSplit: true,
            // Permanent members are marked because their negative vote is a veto (Charter Art. 27(3)).
            children: [cell(member.permanent ? `${member.name} (permanent member)` : member.name, 0, false), cell(voteLabel(member.vote), 1, false)],
          }),
      ),
    ],
  });
  const tally = [
    line("Result of the vote", { bold: true, before: 360 }),
    line(`In favour: ${record.tally.yes}`, { after: 0 }),
    line(`Against: ${record.tally.no}`, { after: 0 }),
    line(`Abstaining: ${record.tally.abstain}`, { after: 0 }),
    line(`Not participating: ${record.tally.notVoting}`, { after: 240 }),
    line(record.outcome, { bold: true }),
    line(record.statement),
    ...groupExplanations(record.explanations ?? []).flatMap((group) => [
      line(group.heading, { bold: true, before: 240 }),
      ...group.items.map((item) => line(`${item.name}: ${item.text}`)),
    ]),
  ];
  const document = new Document({
    title: record.symbol ? `Vote on ${record.symbol}` : `Vote: ${record.title}`,
    creator: "",
    lastModifiedBy: "",
    description: "Record of vote",
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.EXACT } },
        },
      },
    },
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
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ bold: true, size: 17, children: [PageNumber.CURRENT, "/", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [...heading, table, ...tally],
      },
    ],
  });
  return packDocument(document);
}
