/**
 * Who may do what with a draft: the one place for the drafting feature's role rules.
 * Anyone without a role gets "not found", so that a draft's existence is never revealed.
 */
export const SHARE_ACCESS = ["editor", "reader"] as const;
export type ShareAccess = (typeof SHARE_ACCESS)[number];

export type DraftRole = "owner" | ShareAccess;

export type DraftPermission = "read" | "write" | "history" | "restore" | "share" | "delete" | "duplicate";

export function isShareAccess(value: string): value is ShareAccess {
  return (SHARE_ACCESS as readonly string[]).includes(value);
}

/** The role of a user on a draft, from its owner and the user's share (if any). */
export function roleOf(draft: { ownerId: string }, share: { access: string } | null | undefined, userId: string): DraftRole | null {
  if (draft.ownerId === userId) return "owner";
  if (share && isShareAccess(share.access)) return share.access;
  return null;
}

export function can(role: DraftRole | null, permission: DraftPermission): boolean {
  if (role === null) return false;
  switch (role) {
    case "owner":
      return true;
    case "editor":
      // A co-author writes, reads the history and restores, but neither shares nor deletes.
      return permission === "read" || permission === "write" || permission === "history" || permission === "restore" || permission === "duplicate";
    case "reader":
      return permission === "read" || permission === "duplicate";
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

export function roleLabel(role: DraftRole): string {
  switch (role) {
    case "owner":
      return "Owner";
    case "editor":
      return "Co-author";
    case "reader":
      return "Reader";
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}
