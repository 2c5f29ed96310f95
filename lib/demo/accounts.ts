/** The demo accounts, listed on the sign-in page while demo mode is on (DEMO is not "0"). */
export const DEMO_ACCOUNTS = [
  { role: "teacher", name: "Demo Teacher", email: "teacher@demo.example.org", password: "teach-the-council" },
  { role: "student", name: "Demo Student", email: "student@demo.example.org", password: "draft-a-resolution" },
] as const;

export function isDemoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DEMO !== "0";
}
