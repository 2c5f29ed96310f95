"use client";

import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";
import { checkDraft } from "@/lib/core/draft/checks";
import type { Finding } from "@/lib/core/draft/findings";
import { draftToPlainText } from "@/lib/core/draft/layout";
import type { Draft } from "@/lib/core/draft/schema";
import { listOperativePhrases, listPreambularPhrases } from "@/lib/core/un/phrases";
import { can, roleLabel, type DraftRole } from "../access";
import { ChecksPanel } from "./checks-panel";
import { ConflictPanel } from "./conflict-panel";
import type { SharingView } from "../data";
import { denormalisedColumns, draftDisplayName, exportFileName } from "../document";
import { DownloadJsonButton } from "./download-json-button";
import { DraftPreview } from "./draft-preview";
import { MetadataForm } from "./metadata-form";
import { ParagraphEditor, type EditorNotice } from "./paragraph-editor";
import { PlaceholderPanel } from "./placeholder-panel";
import { SharePanel } from "./share-panel";
import { useAutosave, type SaveStatus } from "../use-autosave";
import { WordDownload } from "./word-download";

type Props = {
  draftId: string;
  role: DraftRole;
  ownerName: string;
  revision: number;
  document: Draft;
  shares: SharingView | null;
};

const PREAMBULAR_PHRASES = listPreambularPhrases();
const OPERATIVE_PHRASES = listOperativePhrases();

export function DraftEditor({ draftId, role, ownerName, revision, document: initialDocument, shares }: Props) {
  const canEdit = can(role, "write");
  const autosave = useAutosave({ draftId, revision, document: initialDocument, enabled: canEdit });
  const draft = autosave.document;
  const deferredDraft = useDeferredValue(draft);
  const findings = useMemo(() => checkDraft(deferredDraft), [deferredDraft]);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const [discardedMine, setDiscardedMine] = useState<Draft | null>(null);

  const name = draftDisplayName(denormalisedColumns(draft));
  const fileName = exportFileName(draft, "json");
  const edit = canEdit ? autosave.setDocument : undefined;

  const focusParagraph = (id: string, selector = "textarea") => {
    const card = window.document.querySelector(`[data-paragraph-id="${CSS.escape(id)}"]`);
    const target = (card?.querySelector(selector) ?? card?.querySelector("textarea, input")) as HTMLElement | null;
    if (!target) return;
    target.scrollIntoView({ block: "center", behavior: "smooth" });
    target.focus({ preventScroll: true });
  };

  const locate = (finding: Finding) => {
    const where = finding.paragraph;
    if (where.section === "metadata") {
      const field = where.field ?? "symbol";
      const element = window.document.getElementById(`draft-field-${field}`) ?? window.document.querySelector(`[data-field="${field}"]`);
      if (element instanceof HTMLElement) {
        element.scrollIntoView({ block: "center", behavior: "smooth" });
        element.focus({ preventScroll: true });
      }
      return;
    }
    let id = where.id;
    if (!id && where.index !== undefined) id = (where.section === "preamble" ? draft.preamble : draft.operative)[where.index]?.id;
    if (!id) return;
    const isPhrase = /phrase/.test(finding.code) && !(where.path && where.path.length);
    focusParagraph(id, isPhrase ? "input.phrase-input" : "textarea");
  };

  return (
    <div className="editor-page">
      <header className="editor-top">
        <div className="editor-title">
          <p className="breadcrumb">
            <Link href="/drafts">Drafts</Link> <span aria-hidden="true">/</span>
          </p>
          <h1 data-testid="draft-name">{name}</h1>
          <p className="muted small">
            <span className="badge">{roleLabel(role)}</span> {role === "owner" ? "Your draft" : `Owned by ${ownerName}`} · revision{" "}
            <span data-testid="draft-revision">{autosave.savedRevision}</span>
          </p>
        </div>
        <div className="editor-actions">
          {canEdit ? <SaveState status={autosave.status} /> : null}
          {canEdit ? (
            <Link className="button button-quiet" href={`/drafts/${draftId}/history`}>
              History
            </Link>
          ) : null}
          <a className="button button-quiet" href={`/api/drafts/${draftId}?download=1`} download={fileName} data-testid="export-json">
            Export JSON
          </a>
          <WordDownload draftId={draftId} document={draft} />
          <Link className="button button-quiet" href={`/drafts/${draftId}/amendments`} data-testid="draft-amendments">
            Amendments
          </Link>
          <Link className="button button-quiet" href={`${draft.body === "general-assembly" ? "/simulate/assembly" : "/simulate"}?draft=${encodeURIComponent(draftId)}`} data-testid="simulate-draft">
            Simulate the vote
          </Link>
        </div>
      </header>

      {autosave.message ? (
        <p className="notice notice-error" data-testid="save-error">
          {autosave.message}{" "}
          <button type="button" className="button-link" onClick={autosave.retryNow}>
            Try again now
          </button>
        </p>
      ) : null}
      {autosave.status === "offline" ? (
        <p className="notice notice-warn" data-testid="offline-notice">
          The server cannot be reached. Your text is kept in this browser and will be saved as soon as the connection is back.{" "}
          <button type="button" className="button-link" onClick={autosave.retryNow}>
            Retry now
          </button>
        </p>
      ) : null}
      {autosave.restoredFromBrowser ? (
        <p className="notice notice-info" data-testid="restored-notice">
          Edits this browser had not yet saved were brought back.
        </p>
      ) : null}
      {autosave.conflict ? (
        <ConflictPanel
          conflict={autosave.conflict}
          mine={draft}
          fileName={fileName}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={() => setDiscardedMine(autosave.takeTheirs())}
        />
      ) : null}
      {discardedMine ? (
        <div className="notice notice-info stack" data-testid="discarded-mine">
          <p>Their version is loaded. Yours is kept here until you leave this page:</p>
          <div className="row">
            <DownloadJsonButton document={discardedMine} fileName={fileName.replace(/\.json$/, "-mine.json")} label="Download mine (JSON)" />
            <button type="button" className="button button-quiet" onClick={() => void navigator.clipboard?.writeText(draftToPlainText(discardedMine))}>
              Copy mine as text
            </button>
            <button type="button" className="button-link" onClick={() => setDiscardedMine(null)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {notice ? (
        <p className="notice notice-info editor-notice" data-testid="editor-notice">
          {notice.message}{" "}
          {notice.undo && edit ? (
            <button
              type="button"
              className="button-link"
              onClick={() => {
                edit(notice.undo!);
                setNotice(null);
              }}
            >
              Undo
            </button>
          ) : null}
          <button type="button" className="button-link" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      ) : null}
      {!canEdit ? (
        <p className="notice notice-info">You can read this draft. Ask {ownerName} to make you a co-author if you want to edit it.</p>
      ) : null}

      {canEdit ? (
        <nav className="editor-jump" aria-label="Jump to">
          <a href="#preamble-heading">Paragraphs</a>
          <a href="#checks-heading">Checks</a>
          <a href="#draft-preview">Preview</a>
        </nav>
      ) : null}
      <div className={canEdit ? "editor-layout" : "editor-layout is-read-only"}>
        {edit ? (
          <div className="editor-column stack">
            <MetadataForm draft={draft} onChange={edit} />
            <PlaceholderPanel draft={draft} onChange={edit} />
            <ParagraphEditor draft={draft} onChange={edit} onNotice={setNotice} />
            <datalist id="preambular-phrase-options">
              {PREAMBULAR_PHRASES.map((entry) => (
                <option key={entry.phrase} value={entry.phrase} />
              ))}
            </datalist>
            <datalist id="operative-phrase-options">
              {OPERATIVE_PHRASES.map((entry) => (
                <option key={entry.phrase} value={entry.phrase} />
              ))}
            </datalist>
          </div>
        ) : null}
        <aside className="preview-column" aria-label="Preview and checks">
          <div className="preview-sticky stack">
            <ChecksPanel draft={draft} findings={findings} onChange={edit} onLocate={locate} />
            <DraftPreview draft={deferredDraft} onSelectParagraph={edit ? (id) => focusParagraph(id) : undefined} />
          </div>
        </aside>
      </div>

      {can(role, "share") && shares ? <SharePanel draftId={draftId} initialSharing={shares} /> : null}
    </div>
  );
}

function SaveState({ status }: { status: SaveStatus }) {
  const text = (() => {
    switch (status) {
      case "saved":
        return "Saved";
      case "saving":
        return "Saving…";
      case "offline":
        return "Offline — retrying";
      case "conflict":
        return "Changed elsewhere";
      case "error":
        return "Not saved";
      default: {
        const unreachable: never = status;
        return unreachable;
      }
    }
  })();
  return (
    <span className={`save-state save-${status}`} role="status" aria-live="polite" data-testid="autosave-status">
      {text}
    </span>
  );
}
