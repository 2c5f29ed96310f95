"use client";

import Link from "next/link";
import { useState } from "react";
import { DraftPreview } from "@/lib/drafts/components/draft-preview";
import type { TabledDraftDetail } from "../data";
import { classPath, downloadFile } from "./class-api";

/** `/classes/[id]/drafts/[tabledId]`: the draft as tabled, in UN form, with its Word file. */
export function TabledDraftScreen({ classId, draft, sponsorNames }: { classId: string; draft: TabledDraftDetail; sponsorNames: string[] }) {
  const [status, setStatus] = useState<string | null>(null);
  const path = classPath(classId, "drafts", draft.id);
  const back = (
    <p className="breadcrumb">
      <Link href={`/classes/${classId}`}>← Back to the class</Link>
    </p>
  );
  return (
    <div className="tabled-draft stack">
      {back}
      <div className="page-head">
        <div>
          <h1>{draft.title || draft.document.title || draft.symbol || "Draft resolution"}</h1>
          <p className="tabled-sponsors" data-testid="class-sponsors">
            Sponsored in this class by <strong>{sponsorNames.join(", ") || "no delegation"}</strong>
          </p>
          <p className="muted small">Tabled by {draft.tabledBy}. This is the text as tabled; later edits to the original draft do not change it.</p>
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
