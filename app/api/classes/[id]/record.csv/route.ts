import { buildClassRecordCsv } from "@/lib/core/docx/build-class-record-docx";
import { getClassRecord } from "@/lib/classes/data";
import { answer } from "@/lib/classes/http";
import { exportSubject, getClassMember } from "@/lib/classes/identity";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit } from "@/lib/server/rate-limit";
import { attachmentHeaders } from "@/lib/server/http-download";

type Context = { params: Promise<{ id: string }> };

/** The session's votes as CSV, one row per seat per vote (members). */
export async function GET(_request: Request, { params }: Context) {
  return answer("GET /api/classes/[id]/record.csv", async () => {
    const member = await getClassMember((await params).id);
    await enforceRateLimit(RATE_LIMITS.export, exportSubject(member));
    const record = await getClassRecord(member);
    return new Response(buildClassRecordCsv(record), { headers: { ...attachmentHeaders(`${record.name} - record.csv`, "text/csv; charset=utf-8"), "Cache-Control": "no-store" } });
  });
}
