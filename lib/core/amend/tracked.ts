import { joinPhrase } from "../draft/layout";
import type { Draft } from "../draft/schema";
import { applyAmendment } from "./apply";
import type { Amendment, AmendmentStatus } from "./schema";
import { withAdoptedSubAmendment } from "./sub-amendment";
import { listParagraphEntries, type ParagraphEntry } from "./targets";
import { diffWordParts } from "./word-diff";

/**
 * The draft with amendments shown as tracked changes: insertions (underlined), deletions (struck
 * through), a paragraph's words compared one by one. Which amendments are shown is chosen by status;
 * the numbering is that of the text as amended, and a deleted paragraph shows where it stood.
 */

export type TrackedPart = { kind: "same" | "inserted" | "deleted"; text: string };
export type TrackedChange = "same" | "inserted" | "deleted" | "changed" | "moved";

export type TrackedRow = {
  id: string;
  section: "preamble" | "operative";
  level: number;
  /** "Operative paragraph 3 (a)", in the amended numbering (the old one for a deleted paragraph). */
  label: string;
  /** "3.", "(a)", "" for a preambular paragraph. */
  mark: string;
  change: TrackedChange;
  parts: TrackedPart[];
  /** The amendments that touch this paragraph. */
  amendmentIds: string[];
};

export type TrackedView = { rows: TrackedRow[]; shown: string[]; notApplicable: string[] };

/** Friendly ones are in the text; adopted and proposed ones are shown as they would change it. */
export const DEFAULT_SHOWN_STATUSES: readonly AmendmentStatus[] = ["friendly", "adopted", "proposed"];

function markOf(entry: ParagraphEntry): string {
  if (entry.level === 0) return entry.section === "operative" ? `${entry.target.slice(2)}.` : "";
  return entry.target.slice(entry.target.lastIndexOf("("));
}

const fullText = (entry: ParagraphEntry) => joinPhrase(entry.phrase.trim(), entry.text.trim());

export function trackChanges(draft: Draft, amendments: readonly Amendment[], statuses: readonly AmendmentStatus[] = DEFAULT_SHOWN_STATUSES): TrackedView {
  const { draft: amended, selected, shown } = applyByStatus(draft, amendments, statuses);

  const before = listParagraphEntries(draft);
  const after = listParagraphEntries(amended);
  const beforeById = new Map(before.map((entry) => [entry.id, entry]));
  const afterById = new Map(after.map((entry) => [entry.id, entry]));
  const touching = new Map<string, string[]>();
  const touch = (id: string, amendmentId: string) => touching.set(id, [...(touching.get(id) ?? []), amendmentId]);
  for (const amendment of selected.filter((item) => shown.includes(item.id))) {
    if (amendment.action !== "insert") touch(amendment.targetId, amendment.id);
    for (const entry of after) if (!beforeById.has(entry.id) && (entry.id === amendment.id || entry.id.startsWith(`${amendment.id}-`))) touch(entry.id, amendment.id);
  }
  const moved = new Set(selected.filter((item) => item.action === "move" && shown.includes(item.id)).map((item) => item.targetId));

  // Rows in the order of the amended text; a deleted paragraph right after the one that preceded it.
  const order = after.map((entry) => entry.id);
  let anchor: string | undefined;
  for (const entry of before) {
    if (!afterById.has(entry.id)) order.splice(anchor === undefined ? 0 : order.indexOf(anchor) + 1, 0, entry.id);
    anchor = entry.id;
  }

  const rows = order.map((id): TrackedRow => {
    const old = beforeById.get(id);
    const next = afterById.get(id);
    const entry = (next ?? old)!;
    const base = { id, section: entry.section, level: entry.level, label: entry.label, mark: markOf(entry), amendmentIds: touching.get(id) ?? [] };
    if (old && next) {
      const oldText = fullText(old);
      const newText = fullText(next);
      if (oldText === newText) return { ...base, change: moved.has(id) ? "moved" : "same", parts: [{ kind: "same", text: newText }] };
      return {
        ...base,
        change: "changed",
        parts: diffWordParts(oldText, newText),
      };
    }
    if (next) return { ...base, change: "inserted", parts: [{ kind: "inserted", text: fullText(next) }] };
    return { ...base, change: "deleted", parts: [{ kind: "deleted", text: fullText(old!) }] };
  });
  return { rows, shown, notApplicable: selected.filter((item) => !shown.includes(item.id)).map((item) => item.id) };
}

/**
 * The text with the amendments of the given statuses applied: friendly ones first (they are
 * already part of the text), the others in their given order. "The text as amended" is
 * `applyByStatus(draft, amendments, ["friendly", "adopted"])`.
 */
export function applyByStatus(draft: Draft, amendments: readonly Amendment[], statuses: readonly AmendmentStatus[]): { draft: Draft; selected: Amendment[]; shown: string[] } {
  const wanted = new Set(statuses);
  // An amendment to an amendment changes the text of the amendment, not the draft: it is never applied
  // on its own; once adopted, the amendment it amends proposes its text (sub-amendment.ts).
  const selected = [
    ...amendments.filter((amendment) => amendment.status === "friendly" && wanted.has("friendly") && amendment.amends === undefined),
    ...amendments.filter((amendment) => amendment.status !== "friendly" && wanted.has(amendment.status) && amendment.amends === undefined),
  ];
  const adoptedSubAmendments = amendments.filter((amendment) => amendment.amends !== undefined && amendment.status === "adopted");
  let amended = draft;
  const shown: string[] = [];
  for (const amendment of selected) {
    const result = applyAmendment(amended, withAdoptedSubAmendment(amendment, adoptedSubAmendments));
    if (result.ok) {
      amended = result.draft;
      shown.push(amendment.id);
    }
  }
  return { draft: amended, selected, shown };
}

export const AS_AMENDED_STATUSES: readonly AmendmentStatus[] = ["friendly", "adopted"];
