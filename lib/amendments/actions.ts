"use server";

import { getCurrentUser } from "@/lib/accounts/session";
import { actionFailure, type ActionFailure } from "@/lib/drafts/errors";
import { changeAmendment, proposeAmendment, proposeSubAmendment, recordAmendmentVotes, setVotingOrder } from "./mutations";
import { changeAmendmentInputSchema, proposeAmendmentInputSchema, proposeSubAmendmentInputSchema, recordVotesInputSchema, setVotingOrderInputSchema } from "./schema";

// Every export here is a public endpoint: authenticate, validate, then call a mutation, which
// checks the user's role on the draft where it writes.

type Result<T> = ({ ok: true } & T) | ActionFailure;

const SIGNED_OUT: ActionFailure = { ok: false, code: "unauthenticated", message: "Your session has ended. Sign in again." };

function invalid(issues: { message: string }[]): ActionFailure {
  return { ok: false, code: "invalid-request", message: issues.map((issue) => issue.message).join(" ") || "The request was not understood." };
}

export async function proposeAmendmentAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = proposeAmendmentInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    return { ok: true, ...(await proposeAmendment(user, parsed.data)) };
  } catch (error) {
    return actionFailure(error, "proposeAmendment");
  }
}

export async function changeAmendmentAction(input: unknown): Promise<Result<{ status: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = changeAmendmentInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    const amendment = await changeAmendment(user, parsed.data.draftId, parsed.data.amendmentId, parsed.data.change);
    return { ok: true, status: amendment.status };
  } catch (error) {
    return actionFailure(error, "changeAmendment");
  }
}

export async function recordAmendmentVotesAction(input: unknown): Promise<Result<{ recorded: number }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = recordVotesInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    return { ok: true, recorded: await recordAmendmentVotes(user, parsed.data.draftId, parsed.data.results) };
  } catch (error) {
    return actionFailure(error, "recordAmendmentVotes");
  }
}

export async function proposeSubAmendmentAction(input: unknown): Promise<Result<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = proposeSubAmendmentInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    return { ok: true, ...(await proposeSubAmendment(user, parsed.data)) };
  } catch (error) {
    return actionFailure(error, "proposeSubAmendment");
  }
}

export async function setVotingOrderAction(input: unknown): Promise<Result<{ isRuled: boolean }>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = setVotingOrderInputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    const saved = await setVotingOrder(user, parsed.data.draftId, parsed.data.ruling);
    return { ok: true, isRuled: saved !== null };
  } catch (error) {
    return actionFailure(error, "setVotingOrder");
  }
}
