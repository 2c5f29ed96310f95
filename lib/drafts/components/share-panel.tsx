"use client";

import { useState, useTransition } from "react";
import { roleLabel, type ShareAccess } from "../access";
import { shareDraftAction, unshareDraftAction } from "../actions";
import type { ShareView } from "../data";

/** Owner only: co-authors (write, history, restore) and readers, added by email. */
export function SharePanel({ draftId, initialShares }: { draftId: string; initialShares: ShareView[] }) {
  const [shares, setShares] = useState(initialShares);
  const [email, setEmail] = useState("");
  const [access, setAccess] = useState<ShareAccess>("editor");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const share = () =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await shareDraftAction({ draftId, email, access });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setShares((current) => [...current.filter((entry) => entry.userId !== result.share.userId), result.share]);
      setNotice(`${result.share.name} is now a ${roleLabel(result.share.access).toLowerCase()}.`);
      setEmail("");
    });

  const remove = (entry: ShareView) =>
    startTransition(async () => {
      setError(null);
      const result = await unshareDraftAction({ draftId, userId: entry.userId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setShares((current) => current.filter((item) => item.userId !== entry.userId));
      setNotice(`${entry.name} no longer has access.`);
    });

  return (
    <section className="card share-panel" aria-labelledby="share-heading" data-testid="share-panel">
      <h2 id="share-heading">Sharing</h2>
      <form
        className="share-form"
        onSubmit={(event) => {
          event.preventDefault();
          share();
        }}
      >
        <div>
          <label htmlFor="share-email">Email of a registered user</label>
          <input id="share-email" type="email" value={email} onChange={(event) => setEmail(event.target.value)} required autoComplete="off" />
        </div>
        <div>
          <label htmlFor="share-access">Access</label>
          <select id="share-access" value={access} onChange={(event) => setAccess(event.target.value as ShareAccess)}>
            <option value="editor">Co-author: can edit and restore</option>
            <option value="reader">Reader: can read only</option>
          </select>
        </div>
        <button type="submit" className="button" disabled={isPending}>
          Share
        </button>
      </form>
      {error ? (
        <p className="notice notice-error" data-testid="share-error">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice notice-ok" data-testid="share-notice">
          {notice}
        </p>
      ) : null}
      {shares.length === 0 ? (
        <p className="muted small">Only you can see this draft.</p>
      ) : (
        <ul className="share-list">
          {shares.map((entry) => (
            <li key={entry.userId}>
              <span>
                <strong>{entry.name}</strong> <span className="muted small">{entry.email}</span>
              </span>
              <span className="badge">{roleLabel(entry.access)}</span>
              <button type="button" className="button button-quiet button-small" onClick={() => remove(entry)} disabled={isPending} aria-label={`Remove ${entry.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
