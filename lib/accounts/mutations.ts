import "server-only";
import { db, isUniqueViolation } from "@/lib/server/db";
import { hashPassword } from "./password";
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
