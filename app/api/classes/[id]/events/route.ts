import { openClassEventStream, readLastEventId } from "@/lib/classes/event-stream";
import { answer } from "@/lib/classes/http";
import { getClassMember } from "@/lib/classes/identity";

type Context = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

/**
 * The class's live events as Server-Sent Events (members only). Reconnecting with `Last-Event-ID`
 * (or `?lastEventId=`) replays what was missed, or sends a `snapshot` event.
 */
export async function GET(request: Request, { params }: Context) {
  return answer("GET /api/classes/[id]/events", async () => {
    const member = await getClassMember((await params).id);
    const stream = openClassEventStream(member, readLastEventId(request), request.signal);
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
        Connection: "keep-alive",
      },
    });
  });
}
