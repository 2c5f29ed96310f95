"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Draft } from "@/lib/core/draft/schema";
import { clearLocalEdits, isSameDocument, readLocalEdits, writeLocalEdits } from "./local-edits";

export const AUTOSAVE_DELAY_MS = 700;
const MAX_RETRY_DELAY_MS = 30_000;

export type SaveStatus = "saved" | "saving" | "offline" | "conflict" | "error";

export type ConflictState = {
  theirs: { revision: number; document: Draft; updatedBy: string | null; updatedAt: string };
};

type Options = { draftId: string; revision: number; document: Draft; enabled: boolean };

/**
 * The status while a save is pending or under way. Offline stays offline until an answer comes:
 * the offline notice and its "Retry now" button stay in place through each retry (and each edit
 * typed meanwhile) instead of vanishing and coming back, and screen readers are not told
 * "Saving…" at every attempt.
 */
export function whileSaving(current: SaveStatus): SaveStatus {
  return current === "offline" ? "offline" : "saving";
}

/**
 * The editor's document and its autosave: each edit is kept in localStorage at once and sent
 * after a pause in typing; one request at a time, each based on the revision the last one
 * returned. A network failure retries with growing pauses; a 409 stops and shows the conflict.
 */
export function useAutosave({ draftId, revision, document: initialDocument, enabled }: Options) {
  const [document, setDocumentState] = useState<Draft>(initialDocument);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [savedRevision, setSavedRevision] = useState(revision);
  const [restoredFromBrowser, setRestoredFromBrowser] = useState(false);

  const documentRef = useRef(initialDocument);
  const baseRef = useRef(revision);
  const editVersionRef = useRef(0);
  const savedVersionRef = useRef(0);
  const inFlightRef = useRef(false);
  const conflictRef = useRef(false);
  const attemptRef = useRef(0);
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flushRef = useRef<() => void>(() => {});

  const schedule = useCallback((delay: number) => {
    if (timerRef.current) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(() => flushRef.current(), delay);
  }, []);

  const retryLater = useCallback(
    (nextStatus: SaveStatus, text: string | null) => {
      attemptRef.current += 1;
      setStatus(nextStatus);
      setMessage(text);
      schedule(Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** (attemptRef.current - 1)));
    },
    [schedule],
  );

  const flush = useCallback(async () => {
    if (!enabled || inFlightRef.current || conflictRef.current) return;
    if (editVersionRef.current === savedVersionRef.current) {
      setStatus("saved");
      return;
    }
    inFlightRef.current = true;
    const version = editVersionRef.current;
    const sent = documentRef.current;
    setStatus(whileSaving);
    try {
      let response: Response;
      try {
        response = await fetch(`/api/drafts/${encodeURIComponent(draftId)}`, {
          method: "PUT",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ baseRevision: baseRef.current, document: sent }),
          cache: "no-store",
        });
      } catch {
        retryLater("offline", null);
        return;
      }
      const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
      if (response.ok && body && typeof body.revision === "number") {
        attemptRef.current = 0;
        baseRef.current = body.revision;
        savedVersionRef.current = version;
        setSavedRevision(body.revision);
        setMessage(null);
        if (editVersionRef.current === version) {
          clearLocalEdits(draftId);
          setStatus("saved");
        } else {
          writeLocalEdits(draftId, baseRef.current, documentRef.current);
          setStatus("saving");
          schedule(AUTOSAVE_DELAY_MS);
        }
        return;
      }
      if (response.status === 409 && body && typeof body.current === "object" && body.current) {
        conflictRef.current = true;
        setConflict({ theirs: body.current as ConflictState["theirs"] });
        setStatus("conflict");
        return;
      }
      const text = typeof body?.message === "string" ? body.message : null;
      if (response.status >= 500 || response.status === 408 || response.status === 429) {
        retryLater("offline", null);
      } else if (response.status === 401) {
        retryLater("error", "Your session has ended. Sign in again in another tab; your text is kept in this browser.");
      } else {
        setStatus("error");
        setMessage(text ?? "This draft could not be saved. Your text is kept in this browser.");
      }
    } finally {
      inFlightRef.current = false;
    }
  }, [draftId, enabled, retryLater, schedule]);

  useEffect(() => {
    flushRef.current = () => void flush();
  }, [flush]);

  /** Every edit goes through here: kept in the browser at once, sent after a pause. */
  const setDocument = useCallback(
    (next: Draft) => {
      documentRef.current = next;
      editVersionRef.current += 1;
      setDocumentState(next);
      if (!enabled) return;
      writeLocalEdits(draftId, baseRef.current, next);
      if (!conflictRef.current) {
        setStatus(whileSaving);
        schedule(AUTOSAVE_DELAY_MS);
      }
    },
    [draftId, enabled, schedule],
  );

  // On load: edits this browser kept but the server never got are brought back and saved. If the
  // draft changed on the server meanwhile, the save meets a conflict and both versions are shown.
  useEffect(() => {
    if (!enabled) return;
    const local = readLocalEdits(draftId);
    if (!local) return;
    if (isSameDocument(local.document, initialDocument)) {
      clearLocalEdits(draftId);
      return;
    }
    baseRef.current = local.baseRevision;
    documentRef.current = local.document;
    editVersionRef.current += 1;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- restoring browser-only state after hydration
    setDocumentState(local.document);
    setRestoredFromBrowser(true);
    setStatus("saving");
    schedule(0);
    // Runs once per draft; the initial document is the server's copy at load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftId, enabled]);

  // Back online: retry at once instead of waiting for the next pause.
  useEffect(() => {
    const onOnline = () => {
      attemptRef.current = 0;
      schedule(0);
    };
    window.addEventListener("online", onOnline);
    return () => window.removeEventListener("online", onOnline);
  }, [schedule]);

  // Leaving with unsaved edits: they are in localStorage already; ask the browser to warn too.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (editVersionRef.current !== savedVersionRef.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);

  useEffect(() => () => {
    if (timerRef.current) clearTimeout(timerRef.current);
  }, []);

  /** Saves my version on top of theirs. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    baseRef.current = conflict.theirs.revision;
    conflictRef.current = false;
    setConflict(null);
    editVersionRef.current += 1;
    writeLocalEdits(draftId, baseRef.current, documentRef.current);
    attemptRef.current = 0;
    setStatus("saving");
    schedule(0);
  }, [conflict, draftId, schedule]);

  /** Loads theirs; mine is returned so the editor can keep it for copying or download. */
  const takeTheirs = useCallback((): Draft | null => {
    if (!conflict) return null;
    const mine = documentRef.current;
    baseRef.current = conflict.theirs.revision;
    documentRef.current = conflict.theirs.document;
    editVersionRef.current += 1;
    savedVersionRef.current = editVersionRef.current;
    conflictRef.current = false;
    setConflict(null);
    setDocumentState(conflict.theirs.document);
    setSavedRevision(conflict.theirs.revision);
    clearLocalEdits(draftId);
    setStatus("saved");
    return mine;
  }, [conflict, draftId]);

  const retryNow = useCallback(() => {
    attemptRef.current = 0;
    schedule(0);
  }, [schedule]);

  return { document, setDocument, status, message, conflict, keepMine, takeTheirs, savedRevision, restoredFromBrowser, retryNow };
}
