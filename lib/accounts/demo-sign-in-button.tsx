"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** One click into a demo account, for a first look without typing. */
export function DemoSignInButton({ email, password, label }: { email: string; password: string; label: string }) {
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");
  return (
    <>
      <button
        type="button"
        className="button button-quiet button-small"
        disabled={state === "busy"}
        onClick={async () => {
          setState("busy");
          const result = await signIn("credentials", { email, password, redirect: false }).catch(() => null);
          if (!result || result.error) {
            setState("failed");
            return;
          }
          // A full navigation, so that no page prefetched while signed out is reused.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign("/drafts");
        }}
      >
        {state === "busy" ? "Opening…" : label}
      </button>
      {state === "failed" ? <span className="field-error"> That demo account could not sign in.</span> : null}
    </>
  );
}
