"use client";

import { useState } from "react";
import { signOutOfThisBrowser } from "../sign-out";
import { signOutEverywhereAction } from "../actions";

/** Ends every session of the account, then signs this browser out as the ordinary sign-out does. */
export function SignOutEverywhere() {
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="stack">
      {error ? (
        <div className="notice notice-error" role="alert">
          {error}
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="button button-quiet"
          disabled={isPending}
          onClick={async () => {
            setIsPending(true);
            setError(null);
            try {
              const result = await signOutEverywhereAction();
              if (!result.ok && !result.isSignedOut) {
                setError(result.formError ?? "Your devices could not be signed out just now. Please try again.");
                setIsPending(false);
                return;
              }
              await signOutOfThisBrowser();
            } catch {
              setError("Could not reach the server. Check your connection and try again.");
              setIsPending(false);
            }
          }}
        >
          {isPending ? "Signing out everywhere…" : "Sign out everywhere"}
        </button>
      </div>
    </div>
  );
}
