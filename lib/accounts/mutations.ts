import "server-only";
import { db, isUniqueViolation } from "@/lib/server/db";
import { hashPassword, verifyPassword } from "./password";
import type { RegisterInput } from "./schema";

export type CreateUserResult = { ok: true; userId: string } | { ok: false; code: "email-taken" };

export async function createUser(input: RegisterInput): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: input.role },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, code: "email-taken" };
    throw error;
  }
}

export type ChangePasswordResult = { ok: true } | { ok: false; code: "wrong-password" | "not-found" };

/**
 * Sets a new password once the current one is proven, and raises the session version: every
 * session of the account, on every device, ends (the caller signs this browser in again). The
 * update is conditional on the hash that was checked, so two changes at once cannot both win.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, code: "not-found" };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) return { ok: false, code: "wrong-password" };
  const passwordHash = await hashPassword(newPassword);
  const { count } = await db.user.updateMany({
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  return count === 1 ? { ok: true } : { ok: false, code: "wrong-password" };
}

/** Ends every session of the account, on every device, this one included. */
export async function signOutEverywhere(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
