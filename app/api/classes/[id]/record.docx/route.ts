import { buildClassRecordDocx } from "@/lib/core/docx/build-class-record-docx";
import { getClassRecord } from "@/lib/classes/data";
import { answer } from "@/lib/classes/http";
import { exportSubject, getClassMember } from "@/lib/classes/identity";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit } from "@/lib/server/rate-limit";
import { attachmentHeaders, WORD_CONTENT_TYPE } from "@/lib/server/http-download";

type Context = { params: Promise<{ id: string }> };

/** The session's record as a Word file (members). */
export async function GET(_request: Request, { params }: Context) {
  return answer("GET /api/classes/[id]/record.docx", async () => {
    const member = await getClassMember((await params).id);
    await enforceRateLimit(RATE_LIMITS.export, exportSubject(member));
    const record = await getClassRecord(member);
    const bytes = await buildClassRecordDocx(record, { paper: "a4" });
    return new Response(Buffer.from(bytes), { headers: { ...attachmentHeaders(`${record.name} - record.docx`, WORD_CONTENT_TYPE), "Cache-Control": "no-store" } });
  });
}
