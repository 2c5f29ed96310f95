"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { safeReturnPath } from "./return-path";

export function SignInForm({ callbackUrl, initialEmail = "" }: { callbackUrl?: string; initialEmail?: string }) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
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
    <form onSubmit={onSubmit} className="stack" noValidate aria-describedby={error ? "sign-in-error" : undefined}>
      {error ? (
        <div id="sign-in-error" className="notice notice-error" data-testid="sign-in-error" role="status">
          {error}
        </div>
      ) : null}
      <div>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <div>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
