"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import type { ClassView } from "../view";
import { callClassApi, classPath } from "./class-api";

type State = { kind: "loading" } | { kind: "ready"; view: ClassView } | { kind: "missing" } | { kind: "error"; message: string };

/**
 * Loads the caller's `ClassView` (`GET /api/classes/{id}`), then renders the screen. Someone who is
 * not signed in and has no guest session for the class goes to sign-in and comes back here.
 */
export function ClassLoader({ classId, returnTo, children }: { classId: string; returnTo: string; children: (view: ClassView) => ReactNode }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    void callClassApi<ClassView>(classPath(classId)).then((answer) => {
      if (!isCurrent) return;
      if (answer.ok) setState({ kind: "ready", view: answer.data });
      else if (answer.status === 401) router.replace(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
      else if (answer.status === 404 || answer.status === 400) setState({ kind: "missing" });
      else setState({ kind: "error", message: answer.message });
    });
    return () => {
      isCurrent = false;
    };
  }, [classId, returnTo, router, attempt]);

  switch (state.kind) {
    case "loading":
      return (
        <p className="muted class-loading" role="status">
          Opening the class…
        </p>
      );
    case "missing":
      return (
        <div className="narrow card stack">
          <h1>Class not found</h1>
          <p className="muted">This class does not exist, or you are not one of its members. Ask your teacher for the join code.</p>
          <p>
            <Link href="/join">Join with a code</Link>
          </p>
        </div>
      );
    case "error":
      return (
        <div className="narrow card stack" role="alert">
          <h1>The class could not be opened</h1>
          <p>{state.message}</p>
          <button type="button" className="button" onClick={() => setAttempt((value) => value + 1)}>
            Try again
          </button>
        </div>
      );
    case "ready":
      return <>{children(state.view)}</>;
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}
