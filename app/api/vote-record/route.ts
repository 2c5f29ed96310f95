import { getCurrentUser } from "@/lib/accounts/session";
import { attachmentHeaders, WORD_CONTENT_TYPE } from "@/lib/server/http-download";
import { buildVoteRecordFile } from "@/lib/simulate/vote-record";

export async function GET(request: Request) {
  try {
    const user = await getCurrentUser();
    const today = new Date().toISOString().slice(0, 10);
    const file = await buildVoteRecordFile(new URL(request.url).searchParams, user?.id ?? null, today);
    if (!file.ok) return Response.json({ error: file.message }, { status: file.status });
    return new Response(Buffer.from(file.bytes), {
      headers: { ...attachmentHeaders(file.fileName, WORD_CONTENT_TYPE), "Cache-Control": "no-store" },
    });
  } catch (error) {
    console.error("vote record export failed", error);
    return Response.json({ error: "The vote record could not be built just now. Please try again." }, { status: 500 });
  }
}
