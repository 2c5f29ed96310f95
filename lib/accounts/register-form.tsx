"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { useIsHydrated } from "@/lib/shell/use-is-hydrated";
import { registerAction, type RegisterState } from "./actions";
import { MIN_PASSWORD_LENGTH } from "./schema";

/** Uncontrolled inputs read on submit: what is typed before the page hydrates is kept. */
export function RegisterForm() {
  const [state, setState] = useState<RegisterState>({ ok: false });
  const [isPending, setIsPending] = useState(false);
  // Marks the form once its handlers are attached (browser tests wait for it before typing).
  const isReady = useIsHydrated();
  const errors = state.fieldErrors ?? {};

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values = {
      name: String(data.get("name") ?? ""),
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
      role: String(data.get("role") ?? ""),
    };
    setIsPending(true);
    try {
      const result = await registerAction(values);
      setState(result);
      if (!result.ok) {
        setIsPending(false);
        return;
      }
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (!signedIn || signedIn.error) {
        // A full navigation: no page prefetched while signed out may be reused.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/sign-in");
        return;
      }
      // A full navigation: no page prefetched while signed out may be reused.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.assign("/drafts");
    } catch {
      setState({ ok: false, formError: "Could not reach the server. Check your connection and try again." });
      setIsPending(false);
    }
  }

  const describedBy = (field: string, hint?: boolean) =>
    [errors[field as keyof typeof errors] ? `${field}-error` : null, hint ? `${field}-hint` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={onSubmit} method="post" className="stack" noValidate data-ready={isReady || undefined}>
      {state.formError ? (
        <div className="notice notice-error" role="status" data-testid="register-error">
          {state.formError}
        </div>
      ) : null}
      <div>
        <label htmlFor="name">Name</label>
        <input id="name" name="name" type="text" autoComplete="name" aria-invalid={Boolean(errors.name)} aria-describedby={describedBy("name")} />
        {errors.name ? <p id="name-error" className="field-error">{errors.name}</p> : null}
      </div>
      <div>
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" aria-invalid={Boolean(errors.email)} aria-describedby={describedBy("email")} />
        {errors.email ? <p id="email-error" className="field-error">{errors.email}</p> : null}
      </div>
      <div>
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="new-password" aria-invalid={Boolean(errors.password)} aria-describedby={describedBy("password", true)} />
        <p id="password-hint" className="hint">At least {MIN_PASSWORD_LENGTH} characters.</p>
        {errors.password ? <p id="password-error" className="field-error">{errors.password}</p> : null}
      </div>
      <fieldset aria-describedby={describedBy("role")}>
        <legend>I am a</legend>
        <label className="choice">
          <input type="radio" name="role" value="student" /> Student or delegate
        </label>
        <label className="choice">
          <input type="radio" name="role" value="teacher" /> Teacher or conference organiser
        </label>
        {errors.role ? <p id="role-error" className="field-error">{errors.role}</p> : null}
      </fieldset>
      <button type="submit" className="button" disabled={isPending}>
        {isPending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
