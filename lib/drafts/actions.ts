"use server";

import { formatDraftIssues, parsePortableDraft } from "@/lib/core/draft/schema";
import { getCurrentUser } from "@/lib/accounts/session";
import type { InvitationView } from "./data";
import { actionFailure, type ActionFailure } from "./errors";
import {
  createDraft,
  deleteDraft,
  duplicateDraft,
  importDraft,
  acceptInvitation,
  type ImportedAmendmentsReport,
  declineInvitation,
  inviteToDraft,
  restoreDeletedDraft,
  restoreRevision,
  revokeInvitation,
  unshareDraft,
} from "./mutations";
import {
  createDraftInputSchema,
  draftIdSchema,
  invitationIdSchema,
  restoreRevisionInputSchema,
  revokeInvitationInputSchema,
  shareInputSchema,
  unshareInputSchema,
} from "./schema";

// Every export here is a public endpoint: authenticate, validate, then call a mutation, which
// checks the user's role on the draft where it writes.

type Result<T> = ({ ok: true } & T) | ActionFailure;

const SIGNED_OUT: ActionFailure = { ok: false, code: "unauthenticated", message: "Your session has ended. Sign in again." };
const INVALID: ActionFailure = { ok: false, code: "invalid-request", message: "The request was not understood." };

export async function createDraftAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = createDraftInputSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    const { id } = await createDraft(user.id, parsed.data);
    return { ok: true, id };
  } catch (error) {
    return actionFailure(error, "createDraft");
  }
}

/**
 * The document is re-validated here: the browser's check is a convenience only. The amendments the
 * file carries come in with it; those left out are named with the reason.
 */
export async function importDraftAction(document: unknown): Promise<Result<{ id: string; amendments: ImportedAmendmentsReport }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parsePortableDraft(document);
  if (!parsed.ok) return { ok: false, code: "invalid-document", message: formatDraftIssues(parsed.issues) };
  try {
    const { id, amendments } = await importDraft(user, parsed.draft, (document as { amendments?: unknown }).amendments);
    return { ok: true, id, amendments };
  } catch (error) {
    return actionFailure(error, "importDraft");
  }
}

export async function duplicateDraftAction(draftId: unknown): Promise<Result<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = draftIdSchema.safeParse(draftId);
  if (!parsed.success) return INVALID;
  try {
    const { id } = await duplicateDraft(user.id, parsed.data);
    return { ok: true, id };
  } catch (error) {
    return actionFailure(error, "duplicateDraft");
  }
}

export async function deleteDraftAction(draftId: unknown): Promise<Result<object>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = draftIdSchema.safeParse(draftId);
  if (!parsed.success) return INVALID;
  try {
    await deleteDraft(user.id, parsed.data);
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "deleteDraft");
  }
}

export async function restoreDeletedDraftAction(draftId: unknown): Promise<Result<object>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = draftIdSchema.safeParse(draftId);
  if (!parsed.success) return INVALID;
  try {
    await restoreDeletedDraft(user.id, parsed.data);
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "restoreDeletedDraft");
  }
}

export async function restoreRevisionAction(input: unknown): Promise<Result<{ revision: number }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = restoreRevisionInputSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    const { revision } = await restoreRevision(user.id, parsed.data.draftId, parsed.data.number);
    return { ok: true, revision };
  } catch (error) {
    return actionFailure(error, "restoreRevision");
  }
}

/** Owner only: invites an email; the answer is the same whether or not an account uses it. */
export async function inviteToDraftAction(input: unknown): Promise<Result<{ invitation: InvitationView }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = shareInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "invalid-request", message: parsed.error.issues[0]?.message ?? INVALID.message };
  }
  try {
    const invitation = await inviteToDraft(user.id, parsed.data.draftId, parsed.data.email, parsed.data.access);
    return { ok: true, invitation };
  } catch (error) {
    return actionFailure(error, "inviteToDraft");
  }
}

export async function revokeInvitationAction(input: unknown): Promise<Result<object>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = revokeInvitationInputSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    await revokeInvitation(user.id, parsed.data.draftId, parsed.data.invitationId);
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "revokeInvitation");
  }
}

/** The signed-in user accepts an invitation made to their account's email. */
export async function acceptInvitationAction(invitationId: unknown): Promise<Result<{ draftId: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = invitationIdSchema.safeParse(invitationId);
  if (!parsed.success) return INVALID;
  try {
    const { draftId } = await acceptInvitation(user, parsed.data);
    return { ok: true, draftId };
  } catch (error) {
    return actionFailure(error, "acceptInvitation");
  }
}

export async function declineInvitationAction(invitationId: unknown): Promise<Result<object>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = invitationIdSchema.safeParse(invitationId);
  if (!parsed.success) return INVALID;
  try {
    await declineInvitation(user, parsed.data);
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "declineInvitation");
  }
}

export async function unshareDraftAction(input: unknown): Promise<Result<object>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = unshareInputSchema.safeParse(input);
  if (!parsed.success) return INVALID;
  try {
    await unshareDraft(user.id, parsed.data.draftId, parsed.data.userId);
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "unshareDraft");
  }
}
