import { parsePortableDraft } from "@/lib/core/draft/schema";
import { getCurrentUser } from "@/lib/accounts/session";
import { failureResponse, invalidDocument, jsonError, jsonOk, readJsonBody } from "@/lib/drafts/http";
import { createDraft, importDraft } from "@/lib/drafts/mutations";
import { createRequestSchema } from "@/lib/drafts/schema";

/** Creates a draft: `{ document }` imports a portable draft (with its `amendments`: the answer's `amendments.notImported` lists those left out), `{ templateId }` or `{ blank: body }` starts one. */
export async function POST(request: Request) {
  try {
    const user = await getCurrentUser();
    if (!user) return jsonError("unauthenticated", "Sign in to create drafts.");
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const input = createRequestSchema.safeParse(body.value);
    if (!input.success) return jsonError("invalid-request", "Send { document }, { templateId } or { blank }.");
    if ("document" in input.data) {
      const document = parsePortableDraft(input.data.document);
      if (!document.ok) return invalidDocument(document.issues);
      // The amendments the file carries come in with it; the answer names those left out, and why.
      return jsonOk(await importDraft(user, document.draft, (input.data.document as { amendments?: unknown }).amendments), 201);
    }
    if ("templateId" in input.data) return jsonOk(await createDraft(user.id, { source: "template", templateId: input.data.templateId }), 201);
    return jsonOk(await createDraft(user.id, { source: "blank", body: input.data.blank }), 201);
  } catch (error) {
    return failureResponse(error, "POST /api/drafts");
  }
}
