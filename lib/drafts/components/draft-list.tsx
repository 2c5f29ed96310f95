"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { formatDraftIssues, MAX_DRAFT_JSON_BYTES, parsePortableDraft } from "@/lib/core/draft/schema";
import type { TemplateSummary } from "@/lib/core/draft/templates";
import { can, roleLabel, type DraftRole } from "../access";
import { createDraftAction, deleteDraftAction, duplicateDraftAction, importDraftAction, restoreDeletedDraftAction } from "../actions";
import { draftDisplayName } from "../document";
import { LocalTime } from "./local-time";

export type DraftRow = {
  id: string;
  body: string;
  title: string;
  symbol: string;
  agendaItem: string;
  revision: number;
  updatedAt: string;
  ownerName: string;
  role: DraftRole;
};

/** "New draft": blank, or one of the templates; "Import JSON": a portable draft file. */
export function NewDraftControls({ templates }: { templates: TemplateSummary[] }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<{ id: string; fileName: string; imported: number; notImported: { id: string; reason: string }[] } | null>(null);
  const [isPending, startTransition] = useTransition();
  const fileInput = useRef<HTMLInputElement>(null);

  const create = (input: object) =>
    startTransition(async () => {
      setError(null);
      const result = await createDraftAction(input);
      if (result.ok) router.push(`/drafts/${result.id}`);
      else setError(result.message);
    });

  const importFile = async (file: File) => {
    setError(null);
    setImported(null);
    if (file.size > MAX_DRAFT_JSON_BYTES) {
      setError(`${file.name} is too large: a draft file may be at most ${MAX_DRAFT_JSON_BYTES / (1024 * 1024)} MB.`);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (parseError) {
      setError(`${file.name} is not valid JSON: ${(parseError as Error).message}`);
      return;
    }
    // Checked here for an instant answer, and again on the server.
    const parsed = parsePortableDraft(json);
    if (!parsed.ok) {
      setError(`${file.name} is not a valid draft:\n${formatDraftIssues(parsed.issues)}`);
      return;
    }
    startTransition(async () => {
      // The file as read: the server checks the draft again, and reads the amendments it carries.
      const result = await importDraftAction(json).catch(() => ({ ok: false as const, code: "internal" as const, message: `${file.name} could not be sent to the server. Check your connection and try again.` }));
      if (!result.ok) setError(result.code === "invalid-document" ? `${file.name} is not a valid draft:\n${result.message}` : result.message);
      // Amendments left out are named, with the reason, before the user goes on to the draft.
      else if (result.amendments.notImported.length > 0) setImported({ id: result.id, fileName: file.name, ...result.amendments });
      else router.push(`/drafts/${result.id}`);
    });
  };

  return (
    <div className="new-draft">
      <div className="row">
        <button type="button" className="button" aria-expanded={isOpen} aria-controls="new-draft-panel" onClick={() => setIsOpen((value) => !value)}>
          New draft
        </button>
        <button type="button" className="button button-quiet" onClick={() => fileInput.current?.click()} disabled={isPending}>
          Import JSON
        </button>
        <Link href="/drafts/import" className="button button-quiet">
          Import Word or text
        </Link>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          className="visually-hidden"
          aria-label="Import a draft from a JSON file"
          data-testid="import-file"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      {error ? (
        <p className="notice notice-error import-error" data-testid="draft-list-error">
          {error}
        </p>
      ) : null}
      {imported ? (
        <div className="notice notice-warn stack" role="status" data-testid="import-amendments-report">
          <p>
            {imported.fileName} was imported with {imported.imported} of its amendments.{" "}
            {imported.notImported.length === 1 ? "One amendment was not imported:" : `${imported.notImported.length} amendments were not imported:`}
          </p>
          <ul>
            {imported.notImported.map((item, index) => (
              <li key={index}>
                <strong>{item.id}</strong>: {item.reason}
              </li>
            ))}
          </ul>
          <p>
            <Link href={`/drafts/${imported.id}`} data-testid="open-imported-draft">
              Open the draft
            </Link>{" "}
            · <Link href={`/drafts/${imported.id}/amendments`}>its amendments</Link>
          </p>
        </div>
      ) : null}
      {isOpen ? (
        <section id="new-draft-panel" className="card new-draft-panel" aria-labelledby="new-draft-heading">
          <h2 id="new-draft-heading">Start from</h2>
          <ul className="template-grid">
            <li>
              <button type="button" className="template-card" disabled={isPending} onClick={() => create({ source: "blank", body: "security-council" })}>
                <strong>Blank Security Council draft</strong>
                <span className="muted small">One empty preambular and one empty operative paragraph.</span>
              </button>
            </li>
            <li>
              <button type="button" className="template-card" disabled={isPending} onClick={() => create({ source: "blank", body: "general-assembly" })}>
                <strong>Blank General Assembly draft</strong>
                <span className="muted small">With a title, session and agenda item number.</span>
              </button>
            </li>
            {templates.map((template) => (
              <li key={template.id}>
                <button type="button" className="template-card" disabled={isPending} onClick={() => create({ source: "template", templateId: template.id })}>
                  <strong>{template.name}</strong>
                  <span className="muted small">{template.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** A list of drafts with Duplicate and (for the owner) Delete, which "Undo" takes back. */
export function DraftTable({ rows, caption, emptyText, testId }: { rows: DraftRow[]; caption: string; emptyText: string; testId: string }) {
  const router = useRouter();
  const [hidden, setHidden] = useState<string[]>([]);
  const [deleted, setDeleted] = useState<DraftRow | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string; link?: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const visible = rows.filter((row) => !hidden.includes(row.id));

  const remove = (row: DraftRow) =>
    startTransition(async () => {
      setMessage(null);
      const result = await deleteDraftAction(row.id);
      if (!result.ok) {
        setMessage({ kind: "error", text: result.message });
        return;
      }
      setHidden((current) => [...current, row.id]);
      setDeleted(row);
      router.refresh();
    });

  const undo = () =>
    startTransition(async () => {
      if (!deleted) return;
      const result = await restoreDeletedDraftAction(deleted.id);
      if (!result.ok) {
        setMessage({ kind: "error", text: result.message });
        return;
      }
      setHidden((current) => current.filter((id) => id !== deleted.id));
      setDeleted(null);
      router.refresh();
    });

  const duplicate = (row: DraftRow) =>
    startTransition(async () => {
      setMessage(null);
      const result = await duplicateDraftAction(row.id);
      if (!result.ok) {
        setMessage({ kind: "error", text: result.message });
        return;
      }
      setMessage({ kind: "ok", text: `A copy of “${draftDisplayName(row)}” was created.`, link: `/drafts/${result.id}` });
      router.refresh();
    });

  return (
    <div className="stack">
      {deleted ? (
        <p className="notice notice-info" data-testid="deleted-notice">
          “{draftDisplayName(deleted)}” was deleted.{" "}
          <button type="button" className="button-link" onClick={undo} disabled={isPending}>
            Undo
          </button>
        </p>
      ) : null}
      {message ? (
        <p className={`notice ${message.kind === "ok" ? "notice-ok" : "notice-error"}`} data-testid="draft-list-message">
          {message.text}{" "}
          {message.link ? <Link href={message.link}>Open the copy</Link> : null}
        </p>
      ) : null}
      {visible.length === 0 ? (
        <p className="muted" data-testid={testId}>
          {emptyText}
        </p>
      ) : (
        <ul className="draft-list" aria-label={caption} data-testid={testId}>
          {visible.map((row) => (
            <li key={row.id} className="draft-item">
              <div className="draft-item-main">
                <Link href={`/drafts/${row.id}`} className="draft-item-name">
                  {draftDisplayName(row)}
                </Link>
                <div className="draft-item-meta muted small">
                  <span className="badge">{row.body === "general-assembly" ? "General Assembly" : "Security Council"}</span>
                  {row.symbol ? <span>{row.symbol}</span> : null}
                  {row.role !== "owner" ? (
                    <span>
                      {roleLabel(row.role)} · owned by {row.ownerName}
                    </span>
                  ) : null}
                  <span>
                    Revision {row.revision} · <LocalTime iso={row.updatedAt} />
                  </span>
                </div>
              </div>
              <div className="draft-item-actions">
                <button type="button" className="button button-quiet button-small" onClick={() => duplicate(row)} disabled={isPending} aria-label={`Duplicate ${draftDisplayName(row)}`}>
                  Duplicate
                </button>
                {can(row.role, "delete") ? (
                  <button type="button" className="button button-quiet button-small button-delete" onClick={() => remove(row)} disabled={isPending} aria-label={`Delete ${draftDisplayName(row)}`}>
                    Delete
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
