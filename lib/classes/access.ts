/**
 * Who may do what in a class: the one place for the classroom's role rules. The teacher owns the
 * class; a chair (the teacher, or a student the teacher made chair) runs the meeting; a delegate
 * plays a seat. Anyone else is not a member and sees nothing ("not found").
 */
export type ClassRole = "teacher" | "chair" | "delegate";

export type ClassPermission =
  | "view"
  | "see-join-code"
  | "see-hidden-tally"
  | "update-class"
  | "end-class"
  | "regenerate-code"
  | "manage-delegates"
  | "set-current-item"
  | "assign-seats"
  | "run-speakers"
  | "open-vote"
  | "close-vote"
  | "override-bot"
  | "vote-own-seat"
  | "table-draft"
  | "queue-own-seat";

export function classRoleOf(member: { isTeacher: boolean; isChair: boolean }): ClassRole {
  if (member.isTeacher) return "teacher";
  return member.isChair ? "chair" : "delegate";
}

/** Permissions that only read: an ended class keeps them, it is read-only. */
const READ_ONLY: ReadonlySet<ClassPermission> = new Set(["view", "see-join-code", "see-hidden-tally"]);

export function isWrite(permission: ClassPermission): boolean {
  return !READ_ONLY.has(permission);
}

export function canInClass(role: ClassRole | null, permission: ClassPermission): boolean {
  if (role === null) return false;
  switch (role) {
    case "teacher":
      return true;
    case "chair":
      // A student chair runs the meeting but does not own the class: no renaming, ending, codes or roster.
      return !["update-class", "end-class", "regenerate-code", "manage-delegates"].includes(permission);
    case "delegate":
      return ["view", "vote-own-seat", "table-draft", "queue-own-seat"].includes(permission);
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}
