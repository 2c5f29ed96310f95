"use server";

import { getCurrentUser } from "@/lib/accounts/session";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { actionRateLimitRefusal } from "@/lib/server/rate-limit";
import { getAssemblyDraft, type AssemblyDraft } from "./data";
import { AssemblyPredictionError, predictForBoard, type AssemblyBoardPrediction } from "./predict";
import { assemblyPredictionRequestSchema } from "./schema";

type ActionResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Public endpoint: predicts every Member's vote in the Assembly, on a draft the user can read or on a description. */
export async function predictAssemblyAction(input: unknown): Promise<ActionResult<AssemblyBoardPrediction>> {
  const parsed = assemblyPredictionRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `Cannot predict: ${issue.path.map(String).join(".") || "input"}: ${issue.message}` };
  }
  const request = parsed.data;
  const user = await getCurrentUser();
  const refused = await actionRateLimitRefusal(RATE_LIMITS.prediction, user?.id ?? null);
  if (refused) return { ok: false, message: refused };
  let draft: AssemblyDraft | null = null;
  if (request.draftId) {
    draft = user ? await getAssemblyDraft(user.id, request.draftId) : null;
    if (!draft) return { ok: false, message: "That draft was not found." };
  }
  try {
    return { ok: true, value: predictForBoard(request, draft) };
  } catch (error) {
    if (error instanceof AssemblyPredictionError) return { ok: false, message: error.message };
    console.error("Assembly prediction failed", error);
    return { ok: false, message: "The prediction could not be made just now. Please try again." };
  }
}
