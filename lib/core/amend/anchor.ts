import type { Draft } from "../draft/schema";
import type { Amendment } from "./schema";
import { indexParagraphs } from "./targets";

/**
 * Amendments follow the paragraph, not its number: they keep the target's stable id, so a
 * paragraph inserted above only changes the printed number they show. An amendment whose target was
 * deleted, or whose text was rewritten since it was proposed, needs review: it shows what it was
 * written against beside the text as it now reads.
 */

export type AnchorReview = "target-deleted" | "text-changed" | "destination-deleted";

export type AnchorState = {
  id: string;
  /** The printed target now ("op4"), absent when the target is gone. */
  target?: string;
  label: string;
  needsReview: boolean;
  review?: AnchorReview;
  writtenAgainst: Amendment["writtenAgainst"];
  current?: { phrase: string; text: string };
};

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/** Only amendments still to be decided, or accepted into the text, follow later edits. */
export const followsEdits = (amendment: Amendment) => amendment.status === "proposed" || amendment.status === "friendly";

export function reanchorAmendments(draft: Draft, amendments: readonly Amendment[]): AnchorState[] {
  const index = indexParagraphs(draft);
  return amendments.map((amendment) => {
    const entry = index.byId.get(amendment.targetId);
    const base = { id: amendment.id, writtenAgainst: amendment.writtenAgainst };
    if (!entry) {
      return { ...base, label: amendment.writtenAgainst.label, needsReview: followsEdits(amendment), review: "target-deleted" as const };
    }
    const current = { phrase: entry.phrase, text: entry.text };
    const state: AnchorState = { ...base, target: entry.target, label: entry.label, needsReview: false, current };
    if (!followsEdits(amendment)) return state;
    if (normalize(entry.phrase) !== normalize(amendment.writtenAgainst.phrase) || normalize(entry.text) !== normalize(amendment.writtenAgainst.text)) {
      return { ...state, needsReview: true, review: "text-changed" };
    }
    if (amendment.action === "move" && amendment.destinationId && !index.byId.has(amendment.destinationId)) {
      return { ...state, needsReview: true, review: "destination-deleted" };
    }
    return state;
  });
}

/** The proposer has read the new text: the amendment is now written against it. */
export function confirmReviewed(draft: Draft, amendment: Amendment): Amendment | undefined {
  const entry = indexParagraphs(draft).byId.get(amendment.targetId);
  if (!entry) return undefined;
  return { ...amendment, writtenAgainst: { label: entry.label, phrase: entry.phrase, text: entry.text } };
}

export function describeReview(review: AnchorReview): string {
  switch (review) {
    case "target-deleted":
      return "The paragraph it amends was deleted from the draft";
    case "text-changed":
      return "The paragraph it amends was rewritten since the amendment was proposed";
    case "destination-deleted":
      return "The paragraph it moves next to was deleted from the draft";
    default: {
      const unreachable: never = review;
      return unreachable;
    }
  }
}
