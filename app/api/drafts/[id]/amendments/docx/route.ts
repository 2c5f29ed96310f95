import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/accounts/session";
import { amendmentDocxRequestSchema } from "@/lib/amendments/schema";
import { getAmendmentsForUser } from "@/lib/amendments/data";
import { buildAmendedDraftDocx, buildAmendmentDocumentDocx, buildTrackedChangesDocx } from "@/lib/core/docx/build-amendment-docx";
import { draftExportFileName } from "@/lib/core/docx/file-name";
import { NOT_FOUND_MESSAGE } from "@/lib/drafts/errors";
import { failureResponse, jsonError } from "@/lib/drafts/http";
import { draftIdSchema } from "@/lib/drafts/schema";
import { attachmentHeaders, WORD_CONTENT_TYPE } from "@/lib/server/http-download";

type Context = { params: Promise<{ id: string }> };

/**
 * The amendments of a draft the user can read, as Word: `?kind=amendments` (the amendment document,
 * `&ids=A1,A2` to choose), `amended` (the draft as amended) or `tracked` (`&statuses=proposed,adopted`).
 */
export async function GET(request: NextRequest, { params }: Context) {
  try {
    const user = await getCurrentUser();
    if (!user) return jsonError("unauthenticated", "Sign in to export drafts.");
    const id = draftIdSchema.safeParse((await params).id);
    if (!id.success) return jsonError("not-found", NOT_FOUND_MESSAGE);
    const view = await getAmendmentsForUser(user.id, id.data);
    if (!view) return jsonError("not-found", NOT_FOUND_MESSAGE);
    const query = amendmentDocxRequestSchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
    if (!query.success) return jsonError("invalid-request", query.error.issues.map((issue) => issue.message).join(" "));
    const { kind, ids, statuses, paper } = query.data;
    const options = { paper, author: user.name };
    let bytes: Uint8Array;
    let suffix: string;
    switch (kind) {
      case "amendments": {
        const chosen = ids ? view.amendments.filter((amendment) => ids.includes(amendment.id)) : view.amendments.filter((amendment) => amendment.status === "proposed");
        bytes = await buildAmendmentDocumentDocx(view.document, chosen, { ...options, allAmendments: view.amendments });
        suffix = "amendments";
        break;
      }
      case "amended":
        bytes = await buildAmendedDraftDocx(view.document, view.amendments, options);
        suffix = "as-amended";
        break;
      case "tracked":
        bytes = await buildTrackedChangesDocx(view.document, view.amendments, statuses, options);
        suffix = "tracked-changes";
        break;
      default: {
        const unreachable: never = kind;
        return jsonError("invalid-request", `Unknown kind ${String(unreachable)}`);
      }
    }
    const fileName = draftExportFileName(view.document, "docx").replace(/\.docx$/, `-${suffix}.docx`);
    return new Response(Buffer.from(bytes), { headers: { ...attachmentHeaders(fileName, WORD_CONTENT_TYPE), "Cache-Control": "no-store" } });
  } catch (error) {
    return failureResponse(error, "GET /api/drafts/[id]/amendments/docx");
  }
}
