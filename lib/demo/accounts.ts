import { isLocalOnly } from "@/lib/server/deployment";

/** The demo accounts, created by `npm start` and listed on the sign-in page while demo mode is on. */
export const DEMO_ACCOUNTS = [
  { role: "teacher", name: "Demo Teacher", email: "teacher@demo.example.org", password: "teach-the-council" },
  { role: "student", name: "Demo Student", email: "student@demo.example.org", password: "draft-a-resolution" },
] as const;

type Env = Record<string, string | undefined>;

/**
 * Demo mode, the one rule: `DEMO=1` turns it on and `DEMO=0` off; otherwise it is on only while the
 * app is served to this machine (NEXTAUTH_URL unset or a loopback address), so that a deployment
 * never offers accounts whose passwords are public. While it is off, the demo accounts are not
 * created or listed and cannot sign in, even where they exist from an earlier start.
 */
export function isDemoMode(env: Env = process.env): boolean {
  const demo = env.DEMO?.trim().toLowerCase();
  if (demo === "1" || demo === "true" || demo === "on") return true;
  if (demo === "0" || demo === "false" || demo === "off") return false;
  return isLocalOnly(env);
}

export function isDemoAccountEmail(email: string): boolean {
  const normalised = email.trim().toLowerCase();
  return DEMO_ACCOUNTS.some((account) => account.email === normalised);
}

/** Said when a demo account tries to sign in while demo mode is off. */
export const DEMO_OFF_MESSAGE = "Demo accounts are switched off on this installation. Sign in with your own account.";
