import type { Role } from "./schema";

/**
 * What an account's role allows across the app (a class's own roles are in lib/classes/access.ts).
 * Teachers and conference organisers open classes; students join them.
 */
export function can(role: "teacher" | "student", action: "create-class"): boolean {
  switch (action) {
    case "create-class":
      return role === "teacher";
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

export type AccountRole = Role;
