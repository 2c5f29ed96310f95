import { getCurrentUser } from "@/lib/accounts/session";
import { attachmentHeaders, WORD_CONTENT_TYPE } from "@/lib/server/http-download";
import { clientAddressFrom } from "@/lib/server/client-address";
import { RATE_LIMITS } from "@/lib/server/rate-limit-policy";
import { enforceRateLimit, isRateLimited, tooManyRequestsResponse } from "@/lib/server/rate-limit";
import { buildVoteRecordFile } from "@/lib/simulate/vote-record";

export async function GET(request: Request) {
  try {
    const user = await getCurrentUser();
    await enforceRateLimit(RATE_LIMITS.export, user ? `user:${user.id}` : `address:${clientAddressFrom(request.headers)}`);
    const today = new Date().toISOString().slice(0, 10);
    const file = await buildVoteRecordFile(new URL(request.url).searchParams, user?.id ?? null, today);
    if (!file.ok) return Response.json({ error: file.message }, { status: file.status });
    return new Response(Buffer.from(file.bytes), {
      headers: { ...attachmentHeaders(file.fileName, WORD_CONTENT_TYPE), "Cache-Control": "no-store" },
    });
  } catch (error) {
    if (isRateLimited(error)) return tooManyRequestsResponse(error);
    console.error("vote record export failed", error);
    return Response.json({ error: "The vote record could not be built just now. Please try again." }, { status: 500 });
  }
}
