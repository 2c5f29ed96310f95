import type { Role } from "./schema";

/**
 * What a user may do by their account's role: the one place for user-level role rules. Rules on
 * one thing (a draft, a class) are checked beside it as well: `can(role, "open-class-vote")` says a
 * teacher may open votes, the class's data layer checks that this teacher runs this class.
 */
export const USER_ACTIONS = [
  /** Open a live class with a join code. */
  "create-class",
  /** Assign countries to delegates, rename or close a class. */
  "manage-class",
  /** Open and close a roll-call vote in a class. */
  "open-class-vote",
  /** See every delegate's vote and the class record. */
  "view-class-record",
  /** Join a class with its code, as a delegate. */
  "join-class",
  /** Cast the vote of the country one was assigned. */
  "cast-class-vote",
  /** Write drafts and share them. */
  "create-draft",
  /** Save simulated votes. */
  "save-simulation",
] as const;

export type UserAction = (typeof USER_ACTIONS)[number];

export function can(role: Role | null | undefined, action: UserAction): boolean {
  if (!role) return false;
  switch (action) {
    case "create-class":
    case "manage-class":
    case "open-class-vote":
    case "view-class-record":
      return role === "teacher";
    case "join-class":
    case "cast-class-vote":
      // A teacher may sit in another teacher's class as a delegate; running one's own is checked by the class.
      return role === "student" || role === "teacher";
    case "create-draft":
    case "save-simulation":
      return true;
    default: {
      const unreachable: never = action;
      throw new Error(`unhandled action ${String(unreachable)}`);
    }
  }
}
