"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { roleLabel, type ShareAccess } from "../access";
import { acceptInvitationAction, declineInvitationAction } from "../actions";
import { LocalTime } from "./local-time";

export type InvitationRow = { id: string; draftTitle: string; invitedByName: string; access: ShareAccess; createdAt: string };

/** Invitations to drafts made to the signed-in user's email: accept (the draft is then shared) or decline. */
export function InvitationsPanel({ invitations }: { invitations: InvitationRow[] }) {
  const router = useRouter();
  const [rows, setRows] = useState(invitations);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const answer = (row: InvitationRow, accept: boolean) =>
    startTransition(async () => {
      setError(null);
      const result = accept ? await acceptInvitationAction(row.id) : await declineInvitationAction(row.id);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setRows((current) => current.filter((item) => item.id !== row.id));
      router.refresh();
    });

  if (rows.length === 0 && !error) return null;
  return (
    <section className="card" aria-labelledby="invitations-heading" data-testid="invitations">
      <h2 id="invitations-heading">Invitations</h2>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="share-list">
        {rows.map((row) => (
          <li key={row.id} data-testid="invitation">
            <span>
              <strong>{row.draftTitle}</strong>{" "}
              <span className="muted small">
                {row.invitedByName} invites you as {roleLabel(row.access).toLowerCase()}, <LocalTime iso={row.createdAt} />
              </span>
            </span>
            <span className="row">
              <button type="button" className="button button-small" disabled={isPending} onClick={() => answer(row, true)} aria-label={`Accept the invitation to ${row.draftTitle}`}>
                Accept
              </button>
              <button type="button" className="button button-quiet button-small" disabled={isPending} onClick={() => answer(row, false)} aria-label={`Decline the invitation to ${row.draftTitle}`}>
                Decline
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
