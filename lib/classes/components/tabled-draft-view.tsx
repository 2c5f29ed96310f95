"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { PortableDraft } from "@/lib/core/draft/schema";
import { DraftPreview } from "@/lib/drafts/draft-preview";
import { callClassApi, classPath, downloadFile } from "./class-api";

type TabledDraft = { id: string; document: PortableDraft; sponsors: string[]; title?: string; tabledBy?: string };
type State = { kind: "loading" } | { kind: "ready"; draft: TabledDraft } | { kind: "missing" } | { kind: "error"; message: string };

/** `/classes/[id]/drafts/[tabledId]`: the draft as tabled, in UN form, with its Word file. */
export function TabledDraftScreen({ classId, tabledId }: { classId: string; tabledId: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [status, setStatus] = useState<string | null>(null);
  const path = classPath(classId, "drafts", tabledId);

  useEffect(() => {
    let isCurrent = true;
    void callClassApi<TabledDraft>(path).then((answer) => {
      if (!isCurrent) return;
      if (answer.ok) setState({ kind: "ready", draft: answer.data });
      else if (answer.status === 401) router.replace(`/sign-in?callbackUrl=${encodeURIComponent(`/classes/${classId}/drafts/${tabledId}`)}`);
      else if (answer.status === 404 || answer.status === 400) setState({ kind: "missing" });
      else setState({ kind: "error", message: answer.message });
    });
    return () => {
      isCurrent = false;
    };
  }, [path, classId, tabledId, router]);

  const back = (
    <p className="breadcrumb">
      <Link href={`/classes/${classId}`}>← Back to the class</Link>
    </p>
  );
  if (state.kind === "loading")
    return (
      <div className="stack">
        {back}
        <p className="muted" role="status">
          Opening the draft…
        </p>
      </div>
    );
  if (state.kind === "missing" || state.kind === "error")
    return (
      <div className="narrow card stack">
        {back}
        <h1>{state.kind === "missing" ? "Draft not found" : "The draft could not be opened"}</h1>
        <p className="muted">{state.kind === "missing" ? "This draft is not tabled in a class you belong to." : state.message}</p>
      </div>
    );
  const { draft } = state;
  return (
    <div className="tabled-draft stack">
      {back}
      <div className="page-head">
        <div>
          <h1>{draft.document.title || draft.title || "Draft resolution"}</h1>
          <p className="muted small">Tabled{draft.tabledBy ? ` by ${draft.tabledBy}` : ""}. This is the text as tabled; later edits to the original draft do not change it.</p>
        </div>
        <button
          type="button"
          className="button"
          onClick={async () => {
            setStatus("Building the Word file…");
            const answer = await downloadFile(`${path}/docx`, "draft-resolution.docx");
            setStatus(answer.ok ? `Downloaded ${answer.name}.` : answer.message);
          }}
        >
          Download .docx
        </button>
      </div>
      <p className="small" role="status">
        {status}
      </p>
      <DraftPreview draft={draft.document} />
    </div>
  );
}
