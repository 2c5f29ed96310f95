"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { recogniseResolution, type LineAssignment, type LinePart } from "@/lib/core/import/recognise";
import type { SourceLine } from "@/lib/core/import/source";
import { DraftPreview } from "@/lib/drafts/components/draft-preview";
import { createImportedDraftAction } from "../actions";
import { importErrorMessage, MAX_IMPORT_BYTES } from "../errors";
import styles from "./import-workspace.module.css";

type Loaded = { sourceName: string; lines: SourceLine[] };

const PART_LABELS: Record<LinePart, string> = {
  masthead: "Masthead",
  symbol: "Symbol",
  date: "Date",
  session: "Session",
  "agenda-item": "Agenda item",
  sponsors: "Sponsors",
  title: "Title",
  "model-un-header": "Model UN header",
  adoption: "Adoption",
  organ: "Organ",
  preambular: "Preambular paragraph",
  operative: "Operative paragraph",
  subparagraph: "Subparagraph",
  continuation: "Continues the paragraph above",
  unrecognised: "Not recognised",
  dropped: "Left out",
};

const CHOICE_LABELS: Record<LineAssignment, string> = {
  preambular: "Preambular paragraph",
  operative: "Operative paragraph",
  subparagraph: "Subparagraph",
  drop: "Drop this line",
};

function partClass(part: LinePart): string {
  switch (part) {
    case "preambular":
    case "operative":
    case "subparagraph":
    case "continuation":
      return styles.recognised;
    case "unrecognised":
      return styles.unrecognised;
    case "dropped":
      return styles.dropped;
    default:
      return styles.heading;
  }
}

/** Upload or paste, then review what was recognised beside the UN preview, then create the draft. */
export function ImportWorkspace() {
  const router = useRouter();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [assignments, setAssignments] = useState<Map<number, LineAssignment>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const [isCreating, startCreating] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState("");

  const send = async (form: FormData) => {
    setError(null);
    setIsReading(true);
    try {
      const response = await fetch("/api/drafts/import", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as (Loaded & { message?: string }) | null;
      if (!response.ok || !body || !Array.isArray(body.lines)) {
        setError(body?.message ?? "The file could not be read. Try again.");
        return;
      }
      setAssignments(new Map());
      setLoaded({ sourceName: body.sourceName, lines: body.lines });
    } catch {
      setError("The server could not be reached. Check the connection and try again.");
    } finally {
      setIsReading(false);
    }
  };

  const readFile = () => {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError("Choose a .docx or .txt file first.");
      return;
    }
    // Checked here for an instant answer; the server checks again before reading.
    if (file.size > MAX_IMPORT_BYTES) {
      setError(importErrorMessage("too-large"));
      return;
    }
    const form = new FormData();
    form.set("file", file);
    void send(form);
  };

  const readText = () => {
    if (!pasted.trim()) {
      setError("Paste the text of the resolution first.");
      return;
    }
    const form = new FormData();
    form.set("text", pasted);
    void send(form);
  };

  const result = useMemo(() => (loaded ? recogniseResolution(loaded.lines, assignments) : null), [loaded, assignments]);
  const undecided = result ? result.lines.filter((line) => line.part === "unrecognised") : [];

  const assign = (line: number, value: string) =>
    setAssignments((current) => {
      const next = new Map(current);
      if (value) next.set(line, value as LineAssignment);
      else next.delete(line);
      return next;
    });

  const dropRemaining = () =>
    setAssignments((current) => {
      const next = new Map(current);
      for (const line of undecided) next.set(line.line, "drop");
      return next;
    });

  const create = () =>
    startCreating(async () => {
      if (!loaded) return;
      setError(null);
      try {
        const answer = await createImportedDraftAction({
          lines: loaded.lines,
          assignments: [...assignments].map(([line, choice]) => ({ line, choice })),
        });
        if (answer.ok) router.push(`/drafts/${answer.id}`);
        else setError(answer.message);
      } catch {
        setError("The draft could not be created: the document may be too large to send in one go. Try a shorter document.");
      }
    });

  if (!loaded || !result) {
    return (
      <div className="stack drafts-page">
        <div className="page-head">
          <h1>Import a draft</h1>
          <Link href="/drafts">Back to drafts</Link>
        </div>
        <p className="muted">
          Bring in a resolution from Word (also Google Docs or LibreOffice saved as .docx) or plain text. You will see what was recognised
          before anything is created.
        </p>
        {error ? (
          <p className="notice notice-error" role="alert" data-testid="import-error">
            {error}
          </p>
        ) : null}
        <div className={styles.sourceForm}>
          <section className="card stack" aria-labelledby="import-file-heading">
            <h2 id="import-file-heading">Upload a file</h2>
            <label htmlFor="import-file-input">Word (.docx) or text (.txt) file, up to 10 MB</label>
            <input id="import-file-input" ref={fileInput} type="file" accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain" data-testid="import-docx" />
            <div className={styles.actions}>
              <button type="button" className="button" onClick={readFile} disabled={isReading}>
                {isReading ? "Reading…" : "Read file"}
              </button>
            </div>
          </section>
          <section className="card stack" aria-labelledby="import-paste-heading">
            <h2 id="import-paste-heading">Or paste the text</h2>
            <label htmlFor="import-paste">Text of the resolution</label>
            <textarea id="import-paste" value={pasted} onChange={(event) => setPasted(event.target.value)} />
            <div className={styles.actions}>
              <button type="button" className="button" onClick={readText} disabled={isReading}>
                {isReading ? "Reading…" : "Read text"}
              </button>
            </div>
          </section>
        </div>
      </div>
    );
  }

  const notes = new Map<number, string[]>();
  for (const entry of result.unrecognised) {
    const line = result.lines.find((item) => item.line === entry.line);
    if (line && line.part !== "unrecognised") notes.set(entry.line, [...(notes.get(entry.line) ?? []), entry.text]);
  }
  const paragraphs = result.draft.preamble.length + result.draft.operative.length;

  return (
    <div className="stack drafts-page">
      <div className="page-head">
        <h1>Review the import</h1>
        <button type="button" className="button button-quiet" onClick={() => setLoaded(null)} disabled={isCreating}>
          Start over
        </button>
      </div>
      <p data-testid="import-summary">
        From <strong>{loaded.sourceName}</strong>: {result.draft.preamble.length} preambular and {result.draft.operative.length} operative
        paragraphs recognised.{" "}
        {undecided.length > 0
          ? `${undecided.length} ${undecided.length === 1 ? "line was" : "lines were"} not recognised: choose what each is, or drop it.`
          : "Every line is accounted for."}
      </p>
      {error ? (
        <p className="notice notice-error" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
      <div className={styles.review}>
        <section aria-labelledby="import-source-heading" className="stack">
          <h2 id="import-source-heading">Source</h2>
          <ol className={styles.lines} data-testid="import-source">
            {result.lines.map((line) => {
              const isChoosable = line.part === "unrecognised" || assignments.has(line.line);
              return (
                <li key={line.line} className={`${styles.line} ${partClass(line.part)}`} data-line={line.line} data-part={line.part}>
                  <span className={styles.lineNumber} aria-label={`Line ${line.line}`}>
                    {line.line}
                  </span>
                  <span className={styles.part}>{PART_LABELS[line.part]}</span>
                  <span className={styles.text}>{line.text}</span>
                  {isChoosable ? (
                    <span className={styles.chooser}>
                      <label htmlFor={`assign-${line.line}`}>This line is</label>
                      <select id={`assign-${line.line}`} value={assignments.get(line.line) ?? ""} onChange={(event) => assign(line.line, event.target.value)}>
                        <option value="">Choose…</option>
                        {(Object.keys(CHOICE_LABELS) as LineAssignment[]).map((choice) => (
                          <option key={choice} value={choice}>
                            {CHOICE_LABELS[choice]}
                          </option>
                        ))}
                      </select>
                    </span>
                  ) : null}
                  {notes.get(line.line)?.map((name) => (
                    <span key={name} className={styles.note}>
                      Not recognised as a State, left out of the sponsors: {name}
                    </span>
                  ))}
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-labelledby="import-preview-heading" className="stack">
          <h2 id="import-preview-heading">As it will read</h2>
          <DraftPreview draft={result.draft} />
        </section>
      </div>
      <div className={`${styles.actions} ${styles.stickyActions}`}>
        <button type="button" className="button" onClick={create} disabled={isCreating || undecided.length > 0 || paragraphs === 0}>
          {isCreating ? "Creating…" : "Create draft"}
        </button>
        {undecided.length > 0 ? (
          <>
            <span className="muted small">Decide the {undecided.length === 1 ? "line" : `${undecided.length} lines`} marked “Not recognised” first.</span>
            <button type="button" className="button button-quiet" onClick={dropRemaining}>
              Drop the remaining {undecided.length === 1 ? "line" : "lines"}
            </button>
          </>
        ) : null}
      </div>
    </div>
  );
}
