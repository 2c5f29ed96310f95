import type { NextRequest } from "next/server";
import { draftExportFileName } from "@/lib/core/docx/file-name";
import { parsePortableDraft, type PortableDraft } from "@/lib/core/draft/schema";
import { getCurrentUser } from "@/lib/accounts/session";
import { listPortableAmendments } from "@/lib/amendments/data";
import { getDraftForUser } from "@/lib/drafts/data";
import { NOT_FOUND_MESSAGE } from "@/lib/drafts/errors";
import { failureResponse, invalidDocument, jsonError, jsonOk, readJsonBody } from "@/lib/drafts/http";
import { saveDraft } from "@/lib/drafts/mutations";
import { draftIdSchema, saveRequestSchema } from "@/lib/drafts/schema";
import { contentDisposition } from "@/lib/server/http-download";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit } from "@/lib/server/rate-limit";

type Context = { params: Promise<{ id: string }> };

const SIGNED_OUT = () => jsonError("unauthenticated", "Sign in to open drafts.");
const NOT_FOUND = () => jsonError("not-found", NOT_FOUND_MESSAGE);

/** The draft as a portable JSON document; `?download=1` makes it the "Export JSON" file. */
export async function GET(request: NextRequest, { params }: Context) {
  try {
    const user = await getCurrentUser();
    if (!user) return SIGNED_OUT();
    const id = draftIdSchema.safeParse((await params).id);
    if (!id.success) return NOT_FOUND();
    const draft = await getDraftForUser(user.id, id.data);
    if (!draft) return NOT_FOUND();
    const document: PortableDraft = draft.document;
    const headers: Record<string, string> = { ETag: `"r${draft.revision}"`, "X-Draft-Revision": String(draft.revision) };
    if (request.nextUrl.searchParams.get("download") === "1") {
      await enforceRateLimit(RATE_LIMITS.export, `user:${user.id}`);
      headers["Content-Disposition"] = contentDisposition(draftExportFileName(document, "json"));
      // The exported file carries the draft's amendments (docs/amendments.schema.json), targets as printed.
      const amendments = await listPortableAmendments(draft.id, draft.document);
      if (amendments.length > 0) return jsonOk({ ...document, amendments }, 200, headers);
    }
    return jsonOk(document, 200, headers);
  } catch (error) {
    return failureResponse(error, "GET /api/drafts/[id]");
  }
}

/** The autosave: `{ baseRevision, document }` → `{ revision, savedAt }`, or 409 with what is stored now. */
export async function PUT(request: NextRequest, { params }: Context) {
  try {
    const user = await getCurrentUser();
    if (!user) return SIGNED_OUT();
    const id = draftIdSchema.safeParse((await params).id);
    if (!id.success) return NOT_FOUND();
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const request_ = saveRequestSchema.safeParse(body.value);
    if (!request_.success) {
      return jsonError("invalid-request", request_.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("\n"));
    }
    const document = parsePortableDraft(request_.data.document);
    if (!document.ok) return invalidDocument(document.issues);
    const saved = await saveDraft(user.id, id.data, request_.data.baseRevision, document.draft);
    return jsonOk(saved);
  } catch (error) {
    return failureResponse(error, "PUT /api/drafts/[id]");
  }
}
