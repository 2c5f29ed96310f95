import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { DEMO_OFF_MESSAGE, isDemoAccountEmail, isDemoMode } from "@/lib/demo/accounts";
import { db } from "@/lib/server/db";
import { getAuthSecret } from "@/lib/server/auth-secret";
import { isHttpsDeployment } from "@/lib/server/deployment";
import { UNKNOWN_USER_HASH, verifyPassword } from "./password";
import { authRedirect } from "./return-path";
import { signInSchema, type Role } from "./schema";
import { clientAddressFrom } from "@/lib/server/client-address";
import { recordSignInSuccess, reserveSignInAttempt } from "./throttle";
import { GENERIC_SIGN_IN_ERROR } from "./throttle-policy";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const authOptions: NextAuthOptions = {
  secret: getAuthSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Secure (and __Secure- prefixed) session cookies when the app is served over HTTPS; proxy.ts
  // reads the cookie by the same rule.
  useSecureCookies: isHttpsDeployment(),
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(GENERIC_SIGN_IN_ERROR);
        const { email, password } = parsed.data;
        // Demo passwords are public: outside demo mode those accounts cannot sign in at all.
        if (isDemoAccountEmail(email) && !isDemoMode()) throw new Error(DEMO_OFF_MESSAGE);
        const now = new Date();
        const subject = { email, address: clientAddressFrom(new Headers(request?.headers ?? {})) };
        // Counted before the password is checked, so that parallel guesses are counted too.
        const decision = await reserveSignInAttempt(db, subject, now);
        if (decision.kind === "refuse") throw new Error(decision.message);
        if (decision.delayMs > 0) await sleep(decision.delayMs);

        const user = await db.user.findUnique({ where: { email } });
        // Compare against a fixed hash when the email is unknown: same time, same message.
        const isValid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
        if (!user || !isValid) throw new Error(GENERIC_SIGN_IN_ERROR);
        await recordSignInSuccess(db, subject, now);
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: Role }).role;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = (token.role as Role | undefined) ?? "student";
        session.user.sessionVersion = token.sessionVersion;
      }
      return session;
    },
    // Only this site's own paths, normalised: never another origin (lib/accounts/return-path.ts).
    async redirect({ url, baseUrl }) {
      return authRedirect(url, baseUrl);
    },
  },
};
