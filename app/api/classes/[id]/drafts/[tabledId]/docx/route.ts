import { buildDraftDocx } from "@/lib/core/docx/build-draft-docx";
import { draftFileName } from "@/lib/core/docx/file-name";
import { getTabledDraft } from "@/lib/classes/data";
import { answer } from "@/lib/classes/http";
import { exportSubject, getClassMember } from "@/lib/classes/identity";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit } from "@/lib/server/rate-limit";
import { attachmentHeaders, WORD_CONTENT_TYPE } from "@/lib/server/http-download";

type Context = { params: Promise<{ id: string; tabledId: string }> };

/** The tabled draft as a Word file in UN form. */
export async function GET(_request: Request, { params }: Context) {
  return answer("GET /api/classes/[id]/drafts/[tabledId]/docx", async () => {
    const { id, tabledId } = await params;
    const member = await getClassMember(id);
    await enforceRateLimit(RATE_LIMITS.export, exportSubject(member));
    const draft = await getTabledDraft(member, tabledId);
    const bytes = await buildDraftDocx(draft.document, { style: "un", paper: "a4" });
    return new Response(Buffer.from(bytes), { headers: { ...attachmentHeaders(draftFileName(draft.document), WORD_CONTENT_TYPE), "Cache-Control": "no-store" } });
  });
}
