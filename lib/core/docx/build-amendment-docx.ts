import { Paragraph, TextRun } from "docx";
import { amendmentInstruction } from "../amend/instructions";
import type { Amendment, AmendmentStatus } from "../amend/schema";
import { AS_AMENDED_STATUSES, applyByStatus, trackChanges, type TrackedRow } from "../amend/tracked";
import { bodyName } from "../draft/layout";
import type { Draft } from "../draft/schema";
import { joinWithAnd } from "../un/list-format";
import { sponsorNames, unNameOf, type NameOf } from "../un/sponsor-line";
import { buildDraftDocx } from "./build-draft-docx";
import { packDocument } from "./pack";
import { UN_BODY_INDENT_LEFT, UN_BODY_INDENT_RIGHT, UN_INDENT_STEP, type Paper } from "./page-geometry";
import { createUnDocument, UN_STYLE } from "./un-draft";

/**
 * The Word documents of amendments, in UN layout (UN_LAYOUT.md), on the masthead of the draft they
 * amend:
 * - the amendment document: "Amendment to draft resolution S/2022/155", then for each amendment
 *   its sponsors line and its instruction ("Operative paragraph 3: Replace “…” with “…”"), in the
 *   form of the UN's own amendment documents;
 * - the draft as amended (friendly and adopted amendments applied), as any draft;
 * - the tracked-changes view: insertions underlined, deletions struck through.
 */

export type AmendmentDocxOptions = {
  paper: Paper;
  author?: string;
  nameOf?: NameOf;
  /** Every amendment of the draft, when `amendments` is a selection: an amendment to an amendment reads against it. */
  allAmendments?: readonly Amendment[];
};

const FIRST_LINE = { left: UN_BODY_INDENT_LEFT, right: UN_BODY_INDENT_RIGHT, firstLine: UN_INDENT_STEP };

/** "draft resolution S/2022/155", or "the draft resolution" before it has a symbol. */
function draftReference(draft: Draft): string {
  const symbol = draft.symbol?.trim();
  return symbol ? `draft resolution ${symbol}` : "the draft resolution";
}

export function amendmentDocumentTitle(draft: Draft, count: number): string {
  const reference = draftReference(draft);
  return `${count === 1 ? "Amendment" : "Amendments"} to ${reference}`;
}

export async function buildAmendmentDocumentDocx(draft: Draft, amendments: readonly Amendment[], options: AmendmentDocxOptions): Promise<Uint8Array> {
  const nameOf = options.nameOf ?? unNameOf;
  const children: Paragraph[] = [new Paragraph({ style: UN_STYLE.sponsors, children: [new TextRun(amendmentDocumentTitle(draft, amendments.length))] })];
  amendments.forEach((amendment, index) => {
    const sponsors = joinWithAnd(sponsorNames(amendment.sponsors, nameOf));
    children.push(
      new Paragraph({
        style: UN_STYLE.body,
        keepNext: true,
        spacing: { before: index === 0 ? 0 : 240 },
        children: [new TextRun({ text: `${sponsors}: amendment ${amendment.id}`, bold: true })],
      }),
      new Paragraph({ style: UN_STYLE.body, indent: FIRST_LINE, children: [new TextRun(amendmentInstruction(draft, amendment, options.allAmendments ?? amendments))] }),
    );
  });
  if (amendments.length === 0) children.push(new Paragraph({ style: UN_STYLE.body, children: [new TextRun("No amendment has been proposed.")] }));
  return packDocument(createUnDocument(draft, { paper: options.paper, distribution: "general", author: options.author, nameOf }, children, amendmentDocumentTitle(draft, amendments.length)));
}

/** The draft as amended by its friendly and adopted amendments. */
export async function buildAmendedDraftDocx(draft: Draft, amendments: readonly Amendment[], options: AmendmentDocxOptions): Promise<Uint8Array> {
  const amended = applyByStatus(draft, amendments, AS_AMENDED_STATUSES).draft;
  return buildDraftDocx(amended, { style: "un", paper: options.paper, author: options.author, nameOf: options.nameOf });
}

function trackedParagraph(row: TrackedRow): Paragraph {
  const runs: TextRun[] = [];
  if (row.mark) runs.push(new TextRun({ text: `${row.mark}${row.level === 0 ? "\t" : " "}`, strike: row.change === "deleted" }));
  for (const part of row.parts) {
    runs.push(
      new TextRun({
        text: part.text,
        underline: part.kind === "inserted" ? {} : undefined,
        strike: part.kind === "deleted",
        italics: false,
      }),
    );
  }
  if (row.amendmentIds.length > 0) runs.push(new TextRun({ text: ` [${row.amendmentIds.join(", ")}]`, size: 16 }));
  const indent = row.level === 0 ? FIRST_LINE : { left: UN_BODY_INDENT_LEFT + row.level * UN_INDENT_STEP, right: UN_BODY_INDENT_RIGHT };
  return new Paragraph({ style: UN_STYLE.body, indent, children: runs });
}

/** The draft with the amendments of the given statuses as tracked changes. */
export async function buildTrackedChangesDocx(
  draft: Draft,
  amendments: readonly Amendment[],
  statuses: readonly AmendmentStatus[],
  options: AmendmentDocxOptions,
): Promise<Uint8Array> {
  const nameOf = options.nameOf ?? unNameOf;
  const view = trackChanges(draft, amendments, statuses);
  const children: Paragraph[] = [
    new Paragraph({ style: UN_STYLE.sponsors, children: [new TextRun(`${draftReference(draft).replace(/^./, (first) => first.toUpperCase())}: amendments shown as changes`)] }),
    new Paragraph({
      style: UN_STYLE.body,
      children: [new TextRun({ text: "Insertions are underlined, deletions struck through; amendments shown: " }), new TextRun(view.shown.length ? view.shown.join(", ") : "none")],
    }),
    new Paragraph({ style: UN_STYLE.body, indent: FIRST_LINE, children: [new TextRun({ text: `The ${bodyName(draft.body)}`, italics: true }), new TextRun(",")] }),
    ...view.rows.map(trackedParagraph),
  ];
  return packDocument(createUnDocument(draft, { paper: options.paper, distribution: "general", author: options.author, nameOf }, children, "Draft resolution with amendments"));
}
