"use server";

import { getCurrentUser } from "@/lib/accounts/session";
import { getDraftForUser } from "@/lib/drafts/data";
import type { PortableDraft } from "@/lib/core/draft/schema";
import { descriptorForVote, PredictionInputError, predictDraft, type DraftPrediction } from "@/lib/core/predict/predict-vote";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { actionRateLimitRefusal } from "@/lib/server/rate-limit";
import { decideSimulation } from "./decide";
import { createSimulation, SimulationQuotaError } from "./mutations";
import { predictionRequestSchema, simulationInputSchema } from "./schema";

type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return `${issue.path.map(String).join(".") || "input"}: ${issue.message}`;
}

/** Public endpoint: saves a simulated vote for the signed-in user, with a draft they can read. */
export async function saveSimulationAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Sign in to save simulations." };
  const parsed = simulationInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: `This vote cannot be saved: ${firstIssue(parsed.error)}` };
  if (parsed.data.draftId && !(await getDraftForUser(user.id, parsed.data.draftId))) {
    return { ok: false, message: "That draft was not found." };
  }
  const decided = decideSimulation(parsed.data);
  if (!decided.ok) return { ok: false, message: decided.issues[0].message };
  const { outcome, yes, no, abstain, notVoting, required, vetoedBy, statement } = decided.decision;
  try {
    const saved = await createSimulation(user.id, parsed.data, { outcome, yes, no, abstain, notVoting, required, vetoedBy, statement });
    return { ok: true, value: saved };
  } catch (error) {
    if (error instanceof SimulationQuotaError) return { ok: false, message: error.message };
    console.error("saving a simulation failed", error);
    return { ok: false, message: "The vote could not be saved just now. Please try again." };
  }
}

/** Public endpoint: predicts each member's vote, from a draft the user can read or from a description. */
export async function predictAction(input: unknown): Promise<ActionResult<DraftPrediction>> {
  const parsed = predictionRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: `Cannot predict: ${firstIssue(parsed.error)}` };
  const request = parsed.data;
  const user = await getCurrentUser();
  const refused = await actionRateLimitRefusal(RATE_LIMITS.prediction, user?.id ?? null);
  if (refused) return { ok: false, message: refused };
  let draft: PortableDraft | null = null;
  if (request.draftId) {
    const view = user ? await getDraftForUser(user.id, request.draftId) : null;
    if (!view) return { ok: false, message: "That draft was not found." };
    draft = view.document;
  }
  const descriptor = descriptorForVote({
    year: request.year,
    date: request.voteDate,
    topic: request.topic,
    sponsors: request.sponsors,
    procedural: request.matter === "procedural",
    draft,
  });
  try {
    return { ok: true, value: predictDraft(descriptor) };
  } catch (error) {
    if (error instanceof PredictionInputError) return { ok: false, message: error.message };
    console.error("prediction failed", error);
    return { ok: false, message: "The prediction could not be made just now. Please try again." };
  }
}
