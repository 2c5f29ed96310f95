import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/accounts/session";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { ROLE_LABELS } from "@/lib/accounts/schema";
import { DemoSignInButton } from "@/lib/accounts/demo-sign-in-button";
import { SignInForm } from "@/lib/accounts/sign-in-form";
import { DEMO_ACCOUNTS, isDemoMode } from "@/lib/demo/accounts";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const returnTo = typeof callbackUrl === "string" ? callbackUrl : undefined;
  if (await getCurrentUser()) redirect(safeReturnPath(returnTo));
  return (
    <div className="narrow stack">
      <div className="card stack">
        <h1>Sign in</h1>
        <SignInForm callbackUrl={returnTo} />
        <p className="small muted">
          New here? <Link href="/register">Create an account</Link>.
        </p>
      </div>
      {isDemoMode() ? (
        <section className="card demo-accounts" aria-labelledby="demo-heading" data-testid="demo-accounts">
          <h2 id="demo-heading">Demo accounts</h2>
          <p className="muted">This installation runs in demo mode. Try it with:</p>
          <ul>
            {DEMO_ACCOUNTS.map((account) => (
              <li key={account.email}>
                {ROLE_LABELS[account.role]}: <code>{account.email}</code> / <code>{account.password}</code>{" "}
                <DemoSignInButton email={account.email} password={account.password} label={`Open the demo ${account.role} account`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
