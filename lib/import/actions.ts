"use server";

import { formatDraftIssues, parsePortableDraft } from "@/lib/core/draft/schema";
import { hasResolutionText, recogniseResolution, type LineAssignment } from "@/lib/core/import/recognise";
import { getCurrentUser } from "@/lib/accounts/session";
import { actionFailure, type ActionFailure } from "@/lib/drafts/errors";
import { importDraft } from "@/lib/drafts/mutations";
import { importErrorMessage } from "./errors";
import { confirmImportSchema } from "./schema";

// A public endpoint: authenticate, validate, recognise again on the server (the browser's
// review is a convenience), then create the draft through the drafts feature.

type Result = { ok: true; id: string } | ActionFailure;

export async function createImportedDraftAction(input: unknown): Promise<Result> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: "unauthenticated", message: "Your session has ended. Sign in again." };
  const parsed = confirmImportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid-request", message: "The reviewed document was not understood. Upload it again." };
  const assignments = new Map<number, LineAssignment>(parsed.data.assignments.map((entry) => [entry.line, entry.choice]));
  const result = recogniseResolution(parsed.data.lines, assignments);
  const undecided = result.lines.filter((line) => line.part === "unrecognised");
  if (undecided.length > 0) {
    return {
      ok: false,
      code: "invalid-request",
      message: `Decide what ${undecided.length === 1 ? "line" : "lines"} ${undecided.map((line) => line.line).join(", ")} ${undecided.length === 1 ? "is" : "are"}: preambular, operative, subparagraph or drop.`,
    };
  }
  if (!hasResolutionText(result)) return { ok: false, code: "invalid-request", message: importErrorMessage("no-resolution") };
  const document = parsePortableDraft(result.draft);
  if (!document.ok) return { ok: false, code: "invalid-document", message: formatDraftIssues(document.issues) };
  try {
    const { id } = await importDraft(user, document.draft);
    return { ok: true, id };
  } catch (error) {
    return actionFailure(error, "createImportedDraft");
  }
}
