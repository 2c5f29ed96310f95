"use client";

import { useId, useState } from "react";
import type { PortableDraft } from "@/lib/core/draft/schema";

type Props = { draftId: string; document: PortableDraft };

/** "Download .docx": style and paper choice, a visible state while the file is built, errors in words. */
export function WordDownload({ draftId, document }: Props) {
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [style, setStyle] = useState<"un" | "thimun">("un");
  const [paper, setPaper] = useState<"a4" | "letter">("a4");
  const [provisional, setProvisional] = useState(false);
  const [conference, setConference] = useState("");
  const [state, setState] = useState<{ kind: "idle" } | { kind: "building" } | { kind: "done"; name: string } | { kind: "error"; message: string }>({ kind: "idle" });

  async function download() {
    setState({ kind: "building" });
    try {
      const response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}/docx`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ document, style, paper, provisional, conference }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { message?: string } | null;
        setState({ kind: "error", message: body?.message ?? "The Word file could not be built. Please try again." });
        return;
      }
      const blob = await response.blob();
      const disposition = response.headers.get("Content-Disposition") ?? "";
      const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? "draft-resolution.docx";
      const url = URL.createObjectURL(blob);
      const link = window.document.createElement("a");
      link.href = url;
      link.download = name;
      window.document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: "done", name });
    } catch {
      setState({ kind: "error", message: "No connection: the Word file could not be downloaded. Your draft is safe; try again." });
    }
  }

  return (
    <div className="word-download">
      <button type="button" className="button button-quiet" aria-expanded={isOpen} aria-controls={`${id}-panel`} onClick={() => setIsOpen((open) => !open)}>
        Download .docx
      </button>
      {isOpen ? (
        <div id={`${id}-panel`} className="word-download-panel card stack" role="group" aria-label="Word export options">
          <fieldset>
            <legend>Style</legend>
            <label className="choice">
              <input type="radio" name={`${id}-style`} checked={style === "un"} onChange={() => setStyle("un")} /> UN document (masthead, S/ symbol)
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-style`} checked={style === "thimun"} onChange={() => setStyle("thimun")} /> Model UN (THIMUN style)
            </label>
          </fieldset>
          <fieldset>
            <legend>Paper</legend>
            <label className="choice">
              <input type="radio" name={`${id}-paper`} checked={paper === "a4"} onChange={() => setPaper("a4")} /> A4
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-paper`} checked={paper === "letter"} onChange={() => setPaper("letter")} /> US Letter
            </label>
          </fieldset>
          {style === "un" ? (
            <label className="choice">
              <input type="checkbox" checked={provisional} onChange={(event) => setProvisional(event.target.checked)} /> Mark as “Provisional” (a draft in blue)
            </label>
          ) : (
            <div>
              <label htmlFor={`${id}-conference`}>Conference name (optional)</label>
              <input id={`${id}-conference`} type="text" value={conference} maxLength={120} onChange={(event) => setConference(event.target.value)} />
            </div>
          )}
          <button type="button" className="button" onClick={download} disabled={state.kind === "building"}>
            {state.kind === "building" ? "Building the Word file…" : "Download"}
          </button>
          <p className="small" role="status" data-testid="word-download-status">
            {state.kind === "done" ? `Downloaded ${state.name}.` : state.kind === "error" ? state.message : ""}
          </p>
        </div>
      ) : null}
    </div>
  );
}
