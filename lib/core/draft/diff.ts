import { diffWords } from "diff";
import { sponsorNames, unNameOf } from "../docx/sponsor-line";
import { joinWithAnd } from "../un/list-format";
import { formatUnDate as formatUnDateOrUndefined } from "../docx/un-date";
import { layoutDraft, paragraphText, type LaidOutParagraph } from "./layout";
import type { PortableDraft } from "./schema";

/**
 * Word-level comparison of two versions of a draft, for the revision history. Each paragraph is
 * compared as it reads in the document (label, phrase, text and punctuation), so a renumbering
 * shows as a change of "3." to "4."; metadata lines (symbol, date, agenda, sponsors) come first.
 */

export type DiffPartKind = "same" | "added" | "removed";
export type DiffPart = { kind: DiffPartKind; text: string };
export type ParagraphChange = "added" | "removed" | "changed" | "same";
export type ParagraphDiff = { key: string; label: string; change: ParagraphChange; parts: DiffPart[] };
export type DraftDiff = { paragraphs: ParagraphDiff[] };

type Line = { key: string; label: string; text: string };

/** "2022-02-25" → "25 February 2022" (UN Editorial Manual); text that is not such a date is returned as given. */
export function formatUnDate(isoDate: string): string {
  return formatUnDateOrUndefined(isoDate) ?? isoDate;
}

/** "Albania and United States of America": UN names in English alphabetical order, as the sponsor line prints them. */
export function formatSponsorNames(codes: readonly string[]): string {
  return joinWithAnd(sponsorNames(codes, unNameOf));
}

function metadataLines(draft: PortableDraft): Line[] {
  const lines: Line[] = [];
  const push = (key: string, label: string, value: string | undefined) => {
    if (value && value.trim()) lines.push({ key: `meta:${key}`, label, text: value.trim() });
  };
  push("symbol", "Symbol", draft.symbol);
  push("date", "Date", draft.date ? formatUnDate(draft.date) : undefined);
  push("session", "Session", draft.session);
  push("agendaItemNumber", "Agenda item number", draft.agendaItemNumber);
  push("agendaItem", "Agenda item", draft.agendaItem);
  // As the sponsor line prints them: UN names in English alphabetical order (UN Editorial Manual).
  push("sponsors", "Sponsors", formatSponsorNames(draft.sponsors ?? []));
  push("title", "Title", draft.title);
  return lines;
}

function paragraphKey(paragraph: LaidOutParagraph): string {
  switch (paragraph.kind) {
    case "opening":
      return "opening";
    case "preambular":
      return paragraph.id ? `id:${paragraph.id}` : `preamble#${paragraph.index}`;
    case "operative":
      return paragraph.id ? `id:${paragraph.id}` : `operative#${paragraph.index}`;
    case "subparagraph":
      return paragraph.id ? `id:${paragraph.id}` : `operative#${paragraph.path.join("/")}`;
    default: {
      const unreachable: never = paragraph;
      return unreachable;
    }
  }
}

function paragraphLabel(paragraph: LaidOutParagraph, operativeLabel: string): string {
  switch (paragraph.kind) {
    case "opening":
      return "Opening";
    case "preambular":
      return `Preambular paragraph ${paragraph.index + 1}`;
    case "operative":
      return `Operative paragraph ${paragraph.number}`;
    case "subparagraph":
      return `Subparagraph ${operativeLabel} ${paragraph.label}`;
    default: {
      const unreachable: never = paragraph;
      return unreachable;
    }
  }
}

function draftLines(draft: PortableDraft): Line[] {
  const lines = metadataLines(draft);
  const seen = new Set<string>();
  let operativeLabel = "";
  for (const paragraph of layoutDraft(draft)) {
    if (paragraph.kind === "operative") operativeLabel = String(paragraph.number);
    // A portable draft may repeat an id by mistake; a repeat is compared as a paragraph of its own.
    let key = paragraphKey(paragraph);
    while (seen.has(key)) key = `${key}~`;
    seen.add(key);
    lines.push({ key, label: paragraphLabel(paragraph, operativeLabel), text: paragraphText(paragraph) });
  }
  return lines;
}

/**
 * Lines in the order of the newer version; a removed line is placed right after the line that
 * preceded it in the older version, so deletions show where they happened.
 */
function alignedKeys(before: Line[], after: Line[]): string[] {
  const order = after.map((line) => line.key);
  const inAfter = new Set(order);
  let anchor: string | undefined;
  for (const line of before) {
    if (!inAfter.has(line.key)) {
      const at = anchor === undefined ? 0 : order.indexOf(anchor) + 1;
      order.splice(at, 0, line.key);
    }
    anchor = line.key;
  }
  return order;
}

export function diffDrafts(before: PortableDraft, after: PortableDraft): DraftDiff {
  const beforeLines = draftLines(before);
  const afterLines = draftLines(after);
  const beforeByKey = new Map(beforeLines.map((line) => [line.key, line]));
  const afterByKey = new Map(afterLines.map((line) => [line.key, line]));
  const paragraphs = alignedKeys(beforeLines, afterLines).map((key): ParagraphDiff => {
    const old = beforeByKey.get(key);
    const next = afterByKey.get(key);
    if (old && next) {
      if (old.text === next.text) return { key, label: next.label, change: "same", parts: [{ kind: "same", text: next.text }] };
      return { key, label: next.label, change: "changed", parts: wordParts(old.text, next.text) };
    }
    if (next) return { key, label: next.label, change: "added", parts: [{ kind: "added", text: next.text }] };
    return { key, label: old!.label, change: "removed", parts: [{ kind: "removed", text: old!.text }] };
  });
  return { paragraphs };
}

function wordParts(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}
