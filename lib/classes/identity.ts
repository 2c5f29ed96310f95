import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getCurrentUser, type CurrentUser } from "@/lib/accounts/session";
import { db } from "@/lib/server/db";
import { canInClass, classRoleOf, isWrite, type ClassPermission, type ClassRole } from "./access";
import { ClassError, notFound } from "./errors";
import { idSchema } from "./schema";

/**
 * Who is calling, in one class: a signed-in user who is a member, or a guest whose cookie holds
 * the token of a delegate of THAT class. A guest cookie is named after its class and resolves to
 * nothing anywhere else; a revoked delegate resolves to nothing at all.
 */
/** Who a per-member limit counts: the account, or the guest delegate. */
export function exportSubject(member: Pick<ClassMember, "userId" | "delegateId">): string {
  return member.userId ? `user:${member.userId}` : `delegate:${member.delegateId}`;
}

export type ClassMember = {
  classId: string;
  delegateId: string;
  name: string;
  userId: string | null;
  isGuest: boolean;
  isTeacher: boolean;
  isChair: boolean;
  seat: string | null;
  role: ClassRole;
  classStatus: string;
  user: CurrentUser | null;
};

export const GUEST_COOKIE_PREFIX = "cw_guest_";

export function guestCookieName(classId: string): string {
  return `${GUEST_COOKIE_PREFIX}${classId}`;
}

export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The guest cookie: httpOnly, SameSite=Lax, for this class only; a year, or until revoked. */
export function guestCookieOptions(): { httpOnly: true; sameSite: "lax"; path: string; secure: boolean; maxAge: number } {
  return { httpOnly: true, sameSite: "lax", path: "/", secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false, maxAge: 60 * 60 * 24 * 365 };
}

const memberSelect = {
  id: true,
  classId: true,
  name: true,
  userId: true,
  guestTokenHash: true,
  isChair: true,
  seat: true,
  classroom: { select: { ownerId: true, status: true } },
} as const;

/** The caller as a member of the class; "unauthenticated" without any identity, "not found" for anyone else. */
export async function getClassMember(classIdInput: string): Promise<ClassMember> {
  const parsedId = idSchema.safeParse(classIdInput);
  if (!parsedId.success) throw notFound();
  const classId = parsedId.data;
  const jar = await cookies();
  // Guests carry no next-auth session: skip reading one (the ballots of a whole room arrive at once).
  const hasSession = jar.getAll().some((cookie) => cookie.name.includes("next-auth.session-token"));
  const user = hasSession ? await getCurrentUser() : null;
  if (user) {
    const delegate = await db.classDelegate.findFirst({ where: { classId, userId: user.id, revokedAt: null }, select: memberSelect });
    if (delegate) return toMember(delegate, user);
  }
  const token = jar.get(guestCookieName(classId))?.value;
  if (token && token.length <= 200) {
    const delegate = await db.classDelegate.findFirst({ where: { classId, guestTokenHash: hashGuestToken(token), revokedAt: null }, select: memberSelect });
    if (delegate) return toMember(delegate, user);
  }
  // A guest of another class is known, but not a member here: "not found", as for anyone else.
  const isGuestElsewhere = jar.getAll().some((cookie) => cookie.name.startsWith(GUEST_COOKIE_PREFIX));
  if (!user && !token && !isGuestElsewhere) throw new ClassError("unauthenticated", "Sign in, or join the class with its code.");
  throw notFound();
}

function toMember(
  delegate: { id: string; classId: string; name: string; userId: string | null; guestTokenHash: string | null; isChair: boolean; seat: string | null; classroom: { ownerId: string; status: string } },
  user: CurrentUser | null,
): ClassMember {
  const isTeacher = delegate.userId !== null && delegate.userId === delegate.classroom.ownerId;
  const isChair = isTeacher || delegate.isChair;
  return {
    classId: delegate.classId,
    delegateId: delegate.id,
    name: delegate.name,
    userId: delegate.userId,
    isGuest: delegate.guestTokenHash !== null,
    isTeacher,
    isChair,
    seat: delegate.seat,
    role: classRoleOf({ isTeacher, isChair }),
    classStatus: delegate.classroom.status,
    user: delegate.userId ? user : null,
  };
}

/** The member, if their role allows the permission; an ended class is read-only. */
export async function requireClassPermission(classId: string, permission: ClassPermission): Promise<ClassMember> {
  const member = await getClassMember(classId);
  assertPermission(member, permission);
  return member;
}

export function assertPermission(member: ClassMember, permission: ClassPermission): void {
  if (!canInClass(member.role, permission)) throw new ClassError("forbidden", forbiddenMessage(permission));
  if (isWrite(permission) && member.classStatus === "ended") throw new ClassError("closed", "This class has ended; its record is read-only.");
}

function forbiddenMessage(permission: ClassPermission): string {
  switch (permission) {
    case "update-class":
    case "end-class":
    case "regenerate-code":
    case "manage-delegates":
      return "Only the class's teacher may do this.";
    case "vote-own-seat":
    case "table-draft":
    case "queue-own-seat":
    case "view":
      return "You may not do this in this class.";
    case "see-join-code":
    case "see-hidden-tally":
    case "set-current-item":
    case "assign-seats":
    case "run-speakers":
    case "open-vote":
    case "close-vote":
    case "override-bot":
      return "Only the chair may do this.";
    default: {
      const unreachable: never = permission;
      return unreachable;
    }
  }
}
