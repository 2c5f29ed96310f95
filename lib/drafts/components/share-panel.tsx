"use client";

import { useState, useTransition } from "react";
import { roleLabel, type ShareAccess } from "../access";
import { inviteToDraftAction, revokeInvitationAction, unshareDraftAction } from "../actions";
import type { InvitationView, ShareView, SharingView } from "../data";

/**
 * Owner only: co-authors (write, history, restore) and readers. Sharing is an invitation to an
 * email: the answer is the same whether or not an account uses it, and the person becomes a
 * co-author or reader only once they accept it, signed in with that email.
 */
export function SharePanel({ draftId, initialSharing }: { draftId: string; initialSharing: SharingView }) {
  const [shares, setShares] = useState(initialSharing.shares);
  const [invitations, setInvitations] = useState(initialSharing.invitations);
  const [email, setEmail] = useState("");
  const [access, setAccess] = useState<ShareAccess>("editor");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const invite = () =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await inviteToDraftAction({ draftId, email, access });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      const { invitation } = result;
      setInvitations((current) => [...current.filter((entry) => entry.id !== invitation.id), invitation]);
      setNotice(`Invitation to ${invitation.email} as ${roleLabel(invitation.access).toLowerCase()} saved. If an account uses this email, its owner will find it under “Invitations” on their Drafts page.`);
      setEmail("");
    });

  const withdraw = (entry: InvitationView) =>
    startTransition(async () => {
      setError(null);
      const result = await revokeInvitationAction({ draftId, invitationId: entry.id });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setInvitations((current) => current.filter((item) => item.id !== entry.id));
      setNotice(`The invitation to ${entry.email} is withdrawn.`);
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
          invite();
        }}
      >
        <div>
          <label htmlFor="share-email">Email to invite</label>
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
          Invite
        </button>
      </form>
      {error ? (
        <p className="notice notice-error" data-testid="share-error" role="alert">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="notice notice-ok" data-testid="share-notice" role="status">
          {notice}
        </p>
      ) : null}
      {shares.length === 0 && invitations.length === 0 ? (
        <p className="muted small">Only you can see this draft.</p>
      ) : (
        <ul className="share-list" data-testid="share-list">
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
          {invitations.map((entry) => (
            <li key={entry.id} data-testid="pending-invitation">
              <span>
                <strong>{entry.email}</strong> <span className="muted small">invited, not yet accepted</span>
              </span>
              <span className="badge">{roleLabel(entry.access)}</span>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => withdraw(entry)}
                disabled={isPending}
                aria-label={`Withdraw the invitation to ${entry.email}`}
              >
                Withdraw
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
