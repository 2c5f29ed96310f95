import "server-only";
import type { JWT } from "next-auth/jwt";
import { isDemoMode } from "@/lib/demo/accounts";
import { db } from "@/lib/server/db";
import { isSessionAccepted } from "./session-rules";

/** For the proxy, which reads the token itself: the token's account exists and accepts it. */
export async function isTokenAccepted(token: JWT | null): Promise<boolean> {
  if (!token?.sub) return false;
  const account = await db.user.findUnique({ where: { id: token.sub }, select: { email: true, sessionVersion: true } });
  return account !== null && isSessionAccepted(token.sessionVersion, account, isDemoMode());
}
