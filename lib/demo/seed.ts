import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/accounts/password";
import { DEMO_ACCOUNTS } from "./accounts";

/** Creates the demo accounts and their example drafts once; running it again changes nothing. */
export async function seedDemo(db: PrismaClient): Promise<{ created: string[] }> {
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    if (existing) continue;
    await db.user.create({
      data: {
        name: account.name,
        email: account.email,
        role: account.role,
        passwordHash: await hashPassword(account.password),
      },
    });
    created.push(account.email);
  }
  return { created };
}
