import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { isDemoMode } from "@/lib/demo/accounts";
import { db } from "@/lib/server/db";
import { authOptions } from "./auth-options";
import type { Role } from "./schema";
import { isSessionAccepted } from "./session-rules";

export type CurrentUser = { id: string; name: string; email: string; role: Role };

/**
 * The signed-in user, checked against the database on every call: a deleted account, a session
 * from before "sign out everywhere" or a password change, or a demo account while demo mode is
 * off is signed out (lib/accounts/session-rules.ts).
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true },
  });
  if (!user || !isSessionAccepted(session.user.sessionVersion, user, isDemoMode())) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
