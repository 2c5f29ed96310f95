import { can, type DraftRole } from "@/lib/drafts/access";

/**
 * Who may do what with the amendments to a draft: the one place for these rules.
 * - Anyone who can read a draft may propose an amendment to it (a reader too: delegates amend
 *   drafts they did not write).
 * - The draft's side (owner and co-authors, who speak for its sponsors) accepts an amendment as
 *   friendly and records the results of votes.
 * - Its author or the draft's owner withdraws it; its author or the draft's side confirms it after
 *   the paragraph it amends was rewritten.
 * - The draft's side, who record the votes, also set the order of voting as the chair rules it.
 */
export type AmendmentPermission = "propose" | "accept-friendly" | "withdraw" | "confirm-review" | "record-votes" | "rule-order";

export function canOnAmendment(role: DraftRole | null, permission: AmendmentPermission, isAuthor = false): boolean {
  if (role === null || !can(role, "read")) return false;
  switch (permission) {
    case "propose":
      return true;
    case "accept-friendly":
    case "record-votes":
    case "rule-order":
      return can(role, "write");
    case "withdraw":
      return isAuthor || role === "owner";
    case "confirm-review":
      return isAuthor || can(role, "write");
    default: {
      const unreachable: never = permission;
      return unreachable;
    }
  }
}
