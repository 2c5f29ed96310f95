"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useIsHydrated } from "@/lib/shell/use-is-hydrated";
import { JOIN_CODE_LENGTH as CODE_LENGTH, normalizeJoinCode } from "@/lib/core/classroom/join-code";
import { callClassApi } from "./class-api";

/** What a person types, kept forgiving while they type: upper case, without spaces, dashes and dots. */
function tidyTypedCode(text: string): string {
  return text.toUpperCase().replace(/[\s\-–—_.]/g, "");
}

/** Code (and a display name when not signed in) → joins → the class. */
export function JoinForm({ initialCode = "", isSignedIn, userName, focusFirstField = false }: { initialCode?: string; isSignedIn: boolean; userName?: string; focusFirstField?: boolean }) {
  const router = useRouter();
  const id = useId();
  const isHydrated = useIsHydrated();
  const [code, setCode] = useState(tidyTypedCode(initialCode).slice(0, CODE_LENGTH));
  const [name, setName] = useState("");
  const [error, setError] = useState<{ field: "code" | "name" | "form"; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const codeFromLink = initialCode !== "" && normalizeJoinCode(initialCode) !== null;

  async function submit() {
    const typed = tidyTypedCode(code);
    const normalized = normalizeJoinCode(typed);
    if (normalized === null) {
      setError({
        field: "code",
        message:
          typed.length !== CODE_LENGTH
            ? `The code has ${CODE_LENGTH} characters; you typed ${typed.length}.`
            : "That is not a class code: codes use letters and the digits 2–9 (never 0, O, 1, I or L).",
      });
      return;
    }
    if (!isSignedIn && !name.trim()) {
      setError({ field: "name", message: "Type the name the class will see, e.g. your first name." });
      return;
    }
    setBusy(true);
    setError(null);
    const answer = await callClassApi<{ classId: string; delegateId: string }>("/api/classes/join", { method: "POST", body: { code: normalized, ...(name.trim() ? { name: name.trim() } : {}) } });
    if (!answer.ok) {
      setBusy(false);
      const message =
        answer.status === 404
          ? `No class has the code ${normalized}. Check it with your teacher.`
          : answer.status === 423
            ? "This class is locked: the teacher is not letting anyone new join. Ask them to unlock it."
            : answer.message;
      setError({ field: answer.status === 404 ? "code" : answer.code === "invalid-request" && !isSignedIn ? "name" : "form", message });
      return;
    }
    router.push(`/classes/${encodeURIComponent(answer.data.classId)}`);
  }

  return (
    <form
      className="join-form stack"
      data-ready={isHydrated ? "" : undefined}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div>
        <label htmlFor={`${id}-code`}>Class code</label>
        <input
          id={`${id}-code`}
          className="code-input"
          type="text"
          inputMode="text"
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          maxLength={12}
          value={code}
          autoFocus={focusFirstField && !codeFromLink}
          aria-invalid={error?.field === "code" ? true : undefined}
          aria-describedby={`${id}-code-hint${error?.field === "code" ? ` ${id}-error` : ""}`}
          onChange={(event) => setCode(tidyTypedCode(event.target.value).slice(0, CODE_LENGTH))}
        />
        <p className="hint" id={`${id}-code-hint`}>
          6 letters or digits, as on the board. Upper or lower case, spaces don’t matter.
        </p>
      </div>
      {isSignedIn ? (
        <p className="muted small">You will join as {userName ?? "yourself"}.</p>
      ) : (
        <div>
          <label htmlFor={`${id}-name`}>Your name</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="given-name"
            maxLength={60}
            value={name}
            autoFocus={focusFirstField && codeFromLink}
            aria-invalid={error?.field === "name" ? true : undefined}
            aria-describedby={`${id}-name-hint${error?.field === "name" ? ` ${id}-error` : ""}`}
            onChange={(event) => setName(event.target.value)}
          />
          <p className="hint" id={`${id}-name-hint`}>
            The class sees this name. No account or password needed.
          </p>
        </div>
      )}
      {error ? (
        <p className="notice notice-error" role="alert" id={`${id}-error`} data-testid="join-error">
          {error.message}
        </p>
      ) : null}
      <button type="submit" className="button button-big" disabled={busy}>
        {busy ? "Joining…" : "Join the class"}
      </button>
    </form>
  );
}
