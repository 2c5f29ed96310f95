import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/accounts/session";
import { buildDraftDocx } from "@/lib/core/docx/build-draft-docx";
import { draftFileName } from "@/lib/core/docx/file-name";
import { parsePortableDraft } from "@/lib/core/draft/schema";
import { getDraftForUser } from "@/lib/drafts/data";
import { NOT_FOUND_MESSAGE } from "@/lib/drafts/errors";
import { failureResponse, invalidDocument, jsonError, readJsonBody } from "@/lib/drafts/http";
import { draftIdSchema } from "@/lib/drafts/schema";
import { wordExportRequestSchema } from "@/lib/drafts/word-export";
import { attachmentHeaders, WORD_CONTENT_TYPE } from "@/lib/server/http-download";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit } from "@/lib/server/rate-limit";

type Context = { params: Promise<{ id: string }> };

/**
 * The Word file of a draft the user can read, built from the document on screen (so that the
 * last keystrokes are in it even before autosave catches up): `{ document, style, paper, … }`.
 */
export async function POST(request: NextRequest, { params }: Context) {
  try {
    const user = await getCurrentUser();
    if (!user) return jsonError("unauthenticated", "Sign in to export drafts.");
    await enforceRateLimit(RATE_LIMITS.export, `user:${user.id}`);
    const id = draftIdSchema.safeParse((await params).id);
    if (!id.success) return jsonError("not-found", NOT_FOUND_MESSAGE);
    const draft = await getDraftForUser(user.id, id.data);
    if (!draft) return jsonError("not-found", NOT_FOUND_MESSAGE);

    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const options = wordExportRequestSchema.safeParse(body.value);
    if (!options.success) return jsonError("invalid-request", options.error.issues.map((issue) => issue.message).join("\n"));
    const document = parsePortableDraft(options.data.document ?? draft.document);
    if (!document.ok) return invalidDocument(document.issues);

    const { style, paper, provisional, conference } = options.data;
    const bytes = await buildDraftDocx(document.draft, {
      style,
      paper,
      distribution: style === "un" && provisional ? "provisional" : undefined,
      conference: style === "thimun" && conference ? conference : undefined,
      author: user.name,
    });
    return new Response(Buffer.from(bytes), {
      headers: { ...attachmentHeaders(draftFileName(document.draft), WORD_CONTENT_TYPE), "Cache-Control": "no-store" },
    });
  } catch (error) {
    return failureResponse(error, "POST /api/drafts/[id]/docx");
  }
}
