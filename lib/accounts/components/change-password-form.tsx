"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useIsHydrated } from "@/lib/shell/use-is-hydrated";
import { changePasswordAction, type AccountActionState } from "../actions";
import { MIN_PASSWORD_LENGTH } from "../schema";

/**
 * Changing the password ends every session of the account (lib/accounts/mutations.ts); this
 * browser is then signed in again with the new password, so that only the others are signed out.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, setState] = useState<AccountActionState & { isDone?: boolean }>({ ok: false });
  const [isPending, setIsPending] = useState(false);
  const isReady = useIsHydrated();
  const errors = state.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const values = { currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") };
    setIsPending(true);
    try {
      const result = await changePasswordAction(values);
      if (result.isSignedOut) {
        // A full navigation: the session has ended, no page kept from it may be reused.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in?callbackUrl=%2Faccount");
        return;
      }
      if (!result.ok) {
        setState(result);
        setIsPending(false);
        return;
      }
      const signedIn = await signIn("credentials", { email, password: values.newPassword, redirect: false });
      if (!signedIn || signedIn.error) {
        // A full navigation: the session has ended, no page kept from it may be reused.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in?callbackUrl=%2Faccount");
        return;
      }
      form.reset();
      setState({ ok: true, isDone: true });
      setIsPending(false);
    } catch {
      setState({ ok: false, formError: "Could not reach the server. Check your connection and try again." });
      setIsPending(false);
    }
  }

  const describedBy = (field: "currentPassword" | "newPassword", hint?: string) =>
    [hint, errors[field] ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={onSubmit} method="post" className="stack" noValidate data-ready={isReady || undefined} aria-labelledby="change-password-heading">
      {state.isDone ? (
        <div className="notice notice-ok" role="status" data-testid="password-changed">
          Your password has been changed. Your other devices were signed out.
        </div>
      ) : null}
      {state.formError ? (
        <div className="notice notice-error" role="alert">
          {state.formError}
        </div>
      ) : null}
      <div>
        <label htmlFor="currentPassword">Current password</label>
        <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required aria-invalid={Boolean(errors.currentPassword)} aria-describedby={describedBy("currentPassword")} />
        {errors.currentPassword ? <p id="currentPassword-error" className="field-error">{errors.currentPassword}</p> : null}
      </div>
      <div>
        <label htmlFor="newPassword">New password</label>
        <input id="newPassword" name="newPassword" type="password" autoComplete="new-password" required aria-invalid={Boolean(errors.newPassword)} aria-describedby={describedBy("newPassword", "newPassword-hint")} />
        <p id="newPassword-hint" className="hint">At least {MIN_PASSWORD_LENGTH} characters, and not one of the most common passwords.</p>
        {errors.newPassword ? <p id="newPassword-error" className="field-error">{errors.newPassword}</p> : null}
      </div>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Changing your password…" : "Change password"}
      </button>
    </form>
  );
}
