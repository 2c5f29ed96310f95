"use server";

import { getCurrentUser } from "@/lib/accounts/session";
import { actionFailure, type ActionFailure } from "@/lib/drafts/errors";
import { changeAmendment, proposeAmendment, recordAmendmentVotes } from "./mutations";
import { changeAmendmentInputSchema, proposeAmendmentInputSchema, recordVotesInputSchema } from "./schema";

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
