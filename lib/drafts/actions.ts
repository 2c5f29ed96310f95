"use server";

import { formatDraftIssues, parsePortableDraft } from "@/lib/core/draft/schema";
import { getCurrentUser } from "@/lib/accounts/session";
import type { ShareView } from "./data";
import { actionFailure, type ActionFailure } from "./errors";
import {
  createDraft,
  deleteDraft,
  duplicateDraft,
  importDraft,
  restoreDeletedDraft,
  restoreRevision,
  shareDraft,
  unshareDraft,
} from "./mutations";
import { createDraftInputSchema, draftIdSchema, restoreRevisionInputSchema, shareInputSchema, unshareInputSchema } from "./schema";

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

/** The document is re-validated here: the browser's check is a convenience only. */
export async function importDraftAction(document: unknown): Promise<Result<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = parsePortableDraft(document);
  if (!parsed.ok) return { ok: false, code: "invalid-document", message: formatDraftIssues(parsed.issues) };
  try {
    const { id } = await importDraft(user.id, parsed.draft);
    return { ok: true, id };
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

export async function shareDraftAction(input: unknown): Promise<Result<{ share: ShareView }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = shareInputSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, code: "invalid-request", message: parsed.error.issues[0]?.message ?? INVALID.message };
  }
  try {
    const share = await shareDraft(user.id, parsed.data.draftId, parsed.data.email, parsed.data.access);
    return { ok: true, share };
  } catch (error) {
    return actionFailure(error, "shareDraft");
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
