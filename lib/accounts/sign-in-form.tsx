"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useIsHydrated } from "@/lib/shell/use-is-hydrated";
import { safeReturnPath } from "./return-path";

/**
 * The inputs are uncontrolled and read on submit, so that what is typed before the page has
 * hydrated is kept; the form posts (never GET) so that a password cannot end up in an address.
 */
export function SignInForm({ callbackUrl, initialEmail = "" }: { callbackUrl?: string; initialEmail?: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  // Marks the form once its handlers are attached (browser tests wait for it before typing).
  const isReady = useIsHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "");
    const password = String(data.get("password") ?? "");
    if (!email.trim() || !password) {
      setError("Enter your email address and password.");
      return;
    }
    setIsPending(true);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        setError(result?.error && result.error !== "CredentialsSignin" ? result.error : "Wrong email or password.");
        setIsPending(false);
        return;
      }
      // A full navigation, so that no page prefetched while signed out is reused.
      window.location.assign(safeReturnPath(callbackUrl));
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
      setIsPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} method="post" className="stack" noValidate data-ready={isReady || undefined} aria-describedby={error ? "sign-in-error" : undefined}>
      {error ? (
        <div id="sign-in-error" className="notice notice-error" data-testid="sign-in-error" role="status">
          {error}
        </div>
      ) : null}
      <div>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required defaultValue={initialEmail} />
      </div>
      <div>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
