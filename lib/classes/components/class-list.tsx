"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { ClassBody, ClassStatus } from "../view";
import { callClassApi } from "./class-api";
import { organName } from "./seat-display";

type ClassSummary = { id: string; name: string; body: ClassBody; year: number; status: ClassStatus; role: string };

/** My classes: those I teach, and those I joined. */
export function ClassList() {
  const [state, setState] = useState<{ kind: "loading" } | { kind: "ready"; classes: ClassSummary[] } | { kind: "error"; message: string }>({ kind: "loading" });
  useEffect(() => {
    void callClassApi<{ classes: ClassSummary[] }>("/api/classes").then((answer) =>
      setState(answer.ok ? { kind: "ready", classes: answer.data.classes } : { kind: "error", message: answer.message }),
    );
  }, []);
  if (state.kind === "loading")
    return (
      <p className="muted" role="status">
        Loading your classes…
      </p>
    );
  if (state.kind === "error")
    return (
      <p className="notice notice-error" role="alert">
        {state.message}
      </p>
    );
  if (state.classes.length === 0) return <p className="muted">No classes yet.</p>;
  return (
    <ul className="draft-list class-list" data-testid="class-list">
      {state.classes.map((item) => (
        <li key={item.id} className="draft-item">
          <div className="draft-item-main">
            <Link href={`/classes/${item.id}`} className="draft-item-name">
              {item.name}
            </Link>
            <div className="draft-item-meta small muted">
              <span>
                {organName(item.body)} {item.year}
              </span>
              <span className="badge">{roleWord(item.role)}</span>
              {item.status === "ended" ? <span className="badge">Ended</span> : <span className="badge badge-live">Open</span>}
            </div>
          </div>
          <Link href={`/classes/${item.id}/projector`} className="button button-quiet button-small">
            Projector
          </Link>
        </li>
      ))}
    </ul>
  );
}

function roleWord(role: string): string {
  if (role === "teacher") return "Teacher";
  if (role === "chair") return "Chair";
  return "Delegate";
}
