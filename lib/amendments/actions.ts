"use server";

import type { z } from "zod";
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

type User = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;

/** Authenticates, validates `input` with the action's schema, then runs the mutation; `name` labels an unexpected error in the log. */
async function runAction<Schema extends z.ZodType, T extends object>(input: unknown, schema: Schema, name: string, mutate: (user: User, data: z.infer<Schema>) => Promise<T>): Promise<Result<T>> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  try {
    return { ok: true, ...(await mutate(user, parsed.data)) };
  } catch (error) {
    return actionFailure(error, name);
  }
}

export async function proposeAmendmentAction(input: unknown): Promise<Result<{ id: string }>> {
  return runAction(input, proposeAmendmentInputSchema, "proposeAmendment", (user, data) => proposeAmendment(user, data));
}

export async function changeAmendmentAction(input: unknown): Promise<Result<{ status: string }>> {
  return runAction(input, changeAmendmentInputSchema, "changeAmendment", async (user, data) => ({ status: (await changeAmendment(user, data.draftId, data.amendmentId, data.change)).status }));
}

export async function recordAmendmentVotesAction(input: unknown): Promise<Result<{ recorded: number }>> {
  return runAction(input, recordVotesInputSchema, "recordAmendmentVotes", async (user, data) => ({ recorded: await recordAmendmentVotes(user, data.draftId, data.results) }));
}

export async function proposeSubAmendmentAction(input: unknown): Promise<Result<{ id: string }>> {
  return runAction(input, proposeSubAmendmentInputSchema, "proposeSubAmendment", (user, data) => proposeSubAmendment(user, data));
}

export async function setVotingOrderAction(input: unknown): Promise<Result<{ isRuled: boolean }>> {
  return runAction(input, setVotingOrderInputSchema, "setVotingOrder", async (user, data) => ({ isRuled: (await setVotingOrder(user, data.draftId, data.ruling)) !== null }));
}
